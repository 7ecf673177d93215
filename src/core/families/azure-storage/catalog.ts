import { defineEntries } from '../../catalog/define.ts';

const BLOB_DOCS = 'https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes';

export const AZURE_STORAGE = defineEntries(
  'azure-storage',
  [
    {
      code: 'BlobNotFound',
      status: 404,
      meaning: ['The specified blob does not exist.', '指定した BLOB が存在しません。'],
      steps: [
        [
          'Check the container and blob names (they are case-sensitive) and that the path is URL-encoded exactly once.',
          'コンテナー名と BLOB 名 (大文字と小文字が区別されます) を確認し、パスの URL エンコードがちょうど 1 回か確認してください。',
        ],
        [
          'Check the storage account: the same name may exist in another account or environment.',
          'ストレージアカウントを確認してください。同じ名前の BLOB が別のアカウントや環境にある可能性があります。',
        ],
      ],
      docs: BLOB_DOCS,
    },
    {
      code: 'ContainerNotFound',
      status: 404,
      meaning: ['The specified container does not exist.', '指定したコンテナーが存在しません。'],
      steps: [
        [
          'Check the container name (lower-case letters, digits and hyphens only) and the storage account.',
          'コンテナー名 (小文字の英字、数字、ハイフンのみ) とストレージアカウントを確認してください。',
        ],
        ['Create the container before writing to it.', '書き込む前にコンテナーを作成してください。'],
      ],
      docs: BLOB_DOCS,
    },
    {
      code: 'AuthenticationFailed',
      status: 403,
      meaning: [
        'The server could not authenticate the request: the signature, SAS or token is invalid; AuthenticationErrorDetail says why.',
        'サーバーは要求を認証できませんでした。署名、SAS、トークンのいずれかが無効です。理由は AuthenticationErrorDetail に示されます。',
      ],
      steps: [
        [
          'Read AuthenticationErrorDetail in the response.',
          '応答の AuthenticationErrorDetail を確認してください。',
        ],
        [
          'For a SAS, check its start and expiry times (clock skew), its signed permissions, and that the URL was not re-encoded.',
          'SAS の場合は、開始時刻と有効期限 (時刻のずれ)、署名されたアクセス許可、URL が再エンコードされていないかを確認してください。',
        ],
        [
          'For Shared Key, check the account key and that x-ms-date is within 15 minutes of the server time.',
          '共有キーの場合は、アカウントキーと、x-ms-date がサーバー時刻から 15 分以内かを確認してください。',
        ],
      ],
    },
    {
      code: 'AuthorizationPermissionMismatch',
      status: 403,
      meaning: [
        'The caller is authenticated but lacks permission for this operation (SAS permissions or Azure RBAC data role).',
        '呼び出し元は認証されていますが、この操作のアクセス許可 (SAS のアクセス許可、または Azure RBAC のデータロール) がありません。',
      ],
      steps: [
        [
          'With Entra ID, assign a data role such as Storage Blob Data Reader or Contributor: management roles such as Owner are not enough.',
          'Entra ID の場合は、ストレージ BLOB データ閲覧者や共同作成者などのデータロールを割り当ててください。所有者などの管理ロールだけでは不十分です。',
        ],
        [
          'With a SAS, include the permission the operation needs (r, w, d, l, ...).',
          'SAS の場合は、操作に必要なアクセス許可 (r、w、d、l など) を含めてください。',
        ],
      ],
    },
    {
      code: 'AuthorizationFailure',
      status: 403,
      meaning: [
        'The request is not authorised to perform this operation, often because of the network rules of the account.',
        'この操作を実行する権限が要求にありません。アカウントのネットワーク規則が原因であることがよくあります。',
      ],
      steps: [
        [
          "Check that the storage account's firewall and virtual network rules allow the client's IP address or network.",
          'ストレージアカウントのファイアウォールと仮想ネットワークの規則が、クライアントの IP アドレスまたはネットワークを許可しているか確認してください。',
        ],
        [
          'Check that Shared Key or SAS access is not disabled on the account.',
          'アカウントで共有キーや SAS によるアクセスが無効化されていないか確認してください。',
        ],
      ],
    },
    {
      code: 'InvalidQueryParameterValue',
      status: 400,
      meaning: [
        'A query parameter has an invalid value; QueryParameterName and QueryParameterValue say which.',
        'クエリパラメーターの値が無効です。対象は QueryParameterName と QueryParameterValue に示されます。',
      ],
      steps: [
        [
          'Fix the parameter named in QueryParameterName (comp, restype, timeout, ...).',
          'QueryParameterName に示されたパラメーター (comp、restype、timeout など) を修正してください。',
        ],
      ],
    },
    {
      code: 'InvalidHeaderValue',
      status: 400,
      meaning: [
        'A request header has an invalid value, often x-ms-version.',
        '要求ヘッダーの値が無効です。x-ms-version であることがよくあります。',
      ],
      steps: [
        [
          'Check the header named in HeaderName, and send an x-ms-version the service supports.',
          'HeaderName に示されたヘッダーを確認し、サービスが対応する x-ms-version を送信してください。',
        ],
      ],
    },
    {
      code: 'ResourceNotFound',
      status: 404,
      meaning: [
        'The specified resource (table, queue, share or entity) does not exist.',
        '指定したリソース (テーブル、キュー、共有、エンティティ) が存在しません。',
      ],
      steps: [
        [
          'Check the account, the table, queue or share name, and the keys of the entity.',
          'アカウント、テーブル・キュー・共有の名前、エンティティのキーを確認してください。',
        ],
      ],
    },
    {
      code: 'ContainerAlreadyExists',
      status: 409,
      meaning: ['The specified container already exists.', '指定したコンテナーは既に存在します。'],
      steps: [
        [
          'Treat it as success when creating idempotently, or choose another name.',
          '冪等な作成処理であれば成功として扱うか、別の名前を使ってください。',
        ],
      ],
      docs: BLOB_DOCS,
    },
    {
      code: 'BlobAlreadyExists',
      status: 409,
      meaning: ['The specified blob already exists.', '指定した BLOB は既に存在します。'],
      steps: [
        [
          'Drop the If-None-Match: * condition to overwrite, or choose another name.',
          '上書きする場合は If-None-Match: * の条件を外すか、別の名前を使ってください。',
        ],
      ],
      docs: BLOB_DOCS,
    },
    {
      code: 'LeaseIdMissing',
      status: 412,
      meaning: [
        'The blob has an active lease and the request did not give the lease id.',
        'BLOB にアクティブなリースがありますが、要求にリース ID が指定されていません。',
      ],
      steps: [
        [
          'Send x-ms-lease-id with the lease id, or break the lease first.',
          'x-ms-lease-id にリース ID を指定するか、先にリースを解除してください。',
        ],
      ],
      docs: BLOB_DOCS,
    },
    {
      code: 'ServerBusy',
      status: 503,
      meaning: [
        'The server is busy: the account or partition exceeded its scalability targets.',
        'サーバーがビジー状態です。アカウントまたはパーティションがスケーラビリティの目標を超えています。',
      ],
      steps: [
        ['Retry with exponential backoff.', '指数バックオフで再試行してください。'],
        [
          'Spread the load over more partitions (names, keys) or storage accounts.',
          '負荷を複数のパーティション (名前、キー) やストレージアカウントに分散させてください。',
        ],
      ],
    },
    {
      code: 'OperationTimedOut',
      status: 500,
      meaning: [
        'The operation could not complete within the permitted time.',
        '許可された時間内に操作が完了しませんでした。',
      ],
      steps: [
        [
          'Retry, and reduce the size of the operation (smaller blocks or batches).',
          '再試行し、操作の規模を小さく (ブロックやバッチを小さく) してください。',
        ],
      ],
    },
  ],
  'https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes',
);
