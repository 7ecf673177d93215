import { defineEntries } from '../../catalog/define.ts';

const TROUBLESHOOTING = 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/';

export const ARM = defineEntries(
  'arm',
  [
    {
      code: 'AuthorizationFailed',
      status: 403,
      meaning: [
        'The client (user, service principal or managed identity) has no role assignment that allows this action at this scope.',
        'クライアント (ユーザー、サービスプリンシパル、マネージド ID) には、このスコープでこの操作を許可するロールの割り当てがありません。',
      ],
      steps: [
        [
          'Read the action (Microsoft.X/.../write) and the scope named in the message.',
          'メッセージに示された操作 (Microsoft.X/.../write) とスコープを確認してください。',
        ],
        [
          'Assign a role that includes the action at that scope or above, wait a few minutes for it to propagate, then acquire a new token.',
          'そのスコープ以上でこの操作を含むロールを割り当て、反映されるまで数分待ってから、トークンを取得し直してください。',
        ],
      ],
      docs: 'https://learn.microsoft.com/en-us/azure/role-based-access-control/troubleshooting',
    },
    {
      code: 'ResourceGroupNotFound',
      status: 404,
      meaning: [
        'The resource group does not exist in this subscription.',
        'リソースグループがこのサブスクリプションに存在しません。',
      ],
      steps: [
        [
          'Check the resource group name and the subscription id in the URL.',
          'URL のリソースグループ名とサブスクリプション ID を確認してください。',
        ],
        [
          'Create the resource group first, or target the subscription that contains it.',
          '先にリソースグループを作成するか、それを含むサブスクリプションを指定してください。',
        ],
      ],
      docs: `${TROUBLESHOOTING}error-not-found`,
    },
    {
      code: 'ResourceNotFound',
      status: 404,
      meaning: [
        'The resource does not exist, or is not in the resource group or subscription the URL names.',
        'リソースが存在しないか、URL で指定したリソースグループまたはサブスクリプションにありません。',
      ],
      steps: [
        [
          'Check the resource name, type, resource group and subscription in the URL.',
          'URL のリソース名、種類、リソースグループ、サブスクリプションを確認してください。',
        ],
        [
          'In a template, add dependsOn (or reference the resource symbolically) so that it is created before it is used.',
          'テンプレートでは dependsOn を追加する (またはシンボリック参照を使う) ことで、リソースが使われる前に作成されるようにしてください。',
        ],
      ],
      docs: `${TROUBLESHOOTING}error-not-found`,
    },
    {
      code: 'InvalidTemplateDeployment',
      status: 400,
      meaning: [
        'The deployment failed validation; details[] holds the reason (often a policy, a quota or an invalid property).',
        'デプロイが検証に失敗しました。理由は details[] に含まれます (ポリシー、クォータ、無効なプロパティなどがよくある原因です)。',
      ],
      steps: [
        ['Read the inner error in details[].', 'details[] の内部エラーを確認してください。'],
        [
          'Validate before deploying: az deployment group validate, or what-if.',
          'デプロイ前に az deployment group validate や what-if で検証してください。',
        ],
      ],
      docs: `${TROUBLESHOOTING}error-invalid-template`,
    },
    {
      code: 'RequestDisallowedByPolicy',
      status: 403,
      meaning: [
        'An Azure Policy assignment denies the request; the message names the policy assignment and definition.',
        'Azure Policy の割り当てにより要求が拒否されました。メッセージにポリシーの割り当てと定義が示されます。',
      ],
      steps: [
        [
          'Read the policy rule (az policy definition show --name <definition>) and change the request to comply: allowed location, SKU, required tags, network settings.',
          'ポリシーの規則 (az policy definition show --name <定義名>) を確認し、要求が準拠するよう変更してください (許可された場所、SKU、必須タグ、ネットワーク設定など)。',
        ],
        [
          "If the request is legitimate, ask the policy's owner for an exemption.",
          '正当な要求であれば、ポリシーの管理者に適用除外を依頼してください。',
        ],
      ],
      docs: `${TROUBLESHOOTING}error-policy-requestdisallowedbypolicy`,
    },
    {
      code: 'MissingSubscriptionRegistration',
      status: 409,
      meaning: [
        'The subscription is not registered for the resource provider.',
        'サブスクリプションがリソースプロバイダーに登録されていません。',
      ],
      steps: [
        [
          'Register the provider named in the message: az provider register --namespace Microsoft.X.',
          'メッセージに示されたプロバイダーを登録してください: az provider register --namespace Microsoft.X',
        ],
        [
          'Wait until registrationState is Registered, then retry.',
          'registrationState が Registered になるまで待ってから再試行してください。',
        ],
      ],
      docs: `${TROUBLESHOOTING}error-register-resource-provider`,
    },
    {
      code: 'TooManyRequests',
      status: 429,
      meaning: [
        "Resource Manager throttled the request: the subscription's or tenant's read or write limit was reached.",
        'Resource Manager が要求をスロットリングしました。サブスクリプションまたはテナントの読み取り・書き込みの上限に達しています。',
      ],
      steps: [
        [
          'Wait for the Retry-After interval before retrying.',
          'Retry-After に示された時間だけ待ってから再試行してください。',
        ],
        [
          'Watch x-ms-ratelimit-remaining-subscription-reads / -writes and spread the requests out.',
          'x-ms-ratelimit-remaining-subscription-reads / -writes を監視し、要求を分散させてください。',
        ],
      ],
      docs: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling',
    },
    {
      code: 'InvalidAuthenticationToken',
      status: 401,
      meaning: [
        'The access token is invalid, expired or issued for another audience.',
        'アクセストークンが無効か、期限切れか、別の対象向けに発行されています。',
      ],
      steps: [
        [
          'Acquire a new token for https://management.azure.com/ (the aud claim must match).',
          'https://management.azure.com/ 向けのトークンを取得し直してください (aud クレームが一致している必要があります)。',
        ],
      ],
    },
    {
      code: 'InvalidAuthenticationTokenTenant',
      status: 401,
      meaning: [
        'The token was issued by a tenant other than the one that owns the subscription.',
        'サブスクリプションを所有するテナントとは別のテナントでトークンが発行されています。',
      ],
      steps: [
        [
          "Acquire the token from the subscription's tenant (authority https://login.microsoftonline.com/<tenant-id>).",
          'サブスクリプションのテナント (機関 https://login.microsoftonline.com/<テナント ID>) からトークンを取得してください。',
        ],
      ],
    },
    {
      code: 'SubscriptionNotFound',
      status: 404,
      meaning: [
        'The subscription does not exist, or the caller cannot see it.',
        'サブスクリプションが存在しないか、呼び出し元から参照できません。',
      ],
      steps: [
        [
          "Check the subscription id, and that it belongs to the token's tenant (az account list).",
          'サブスクリプション ID と、それがトークンのテナントに属しているか (az account list) を確認してください。',
        ],
      ],
    },
    {
      code: 'SkuNotAvailable',
      status: 409,
      meaning: [
        'The requested SKU (a VM size, for example) is not available in this location for the subscription.',
        '要求した SKU (VM サイズなど) は、このサブスクリプションのこの場所では利用できません。',
      ],
      steps: [
        [
          'Choose another size or region; az vm list-skus --location <region> shows what is available and any restrictions.',
          '別のサイズまたはリージョンを選んでください。az vm list-skus --location <リージョン> で、利用可能な SKU と制限を確認できます。',
        ],
      ],
      docs: `${TROUBLESHOOTING}error-sku-not-available`,
    },
    {
      code: 'NoRegisteredProviderFound',
      status: 400,
      meaning: [
        'The resource provider does not support this api-version, location or resource type.',
        'リソースプロバイダーは、この api-version、場所、またはリソースの種類に対応していません。',
      ],
      steps: [
        [
          'Use an api-version and a location the provider supports (az provider show --namespace Microsoft.X lists them).',
          'プロバイダーが対応する api-version と場所を使ってください (az provider show --namespace Microsoft.X で一覧を確認できます)。',
        ],
      ],
      docs: `${TROUBLESHOOTING}error-register-resource-provider`,
    },
  ],
  'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors',
);
