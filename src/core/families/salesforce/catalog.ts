import { defineEntries } from '../../catalog/define.ts';

export const SALESFORCE = defineEntries(
  'salesforce',
  [
    {
      code: 'INVALID_FIELD',
      status: 400,
      meaning: [
        'A field in the query or body does not exist on the object, or is not visible to the user.',
        'クエリまたは本文のフィールドがオブジェクトに存在しないか、ユーザーから参照できません。',
      ],
      steps: [
        [
          "Check the field's API name and spelling (custom fields end in __c).",
          'フィールドの API 参照名と綴りを確認してください (カスタム項目は __c で終わります)。',
        ],
        [
          "Check the user's field-level security and the API version in the URL.",
          'ユーザーの項目レベルセキュリティと、URL の API バージョンを確認してください。',
        ],
      ],
    },
    {
      code: 'INVALID_SESSION_ID',
      status: 401,
      meaning: [
        'The session id or OAuth access token is invalid or expired.',
        'セッション ID または OAuth アクセストークンが無効か、期限切れです。',
      ],
      steps: [
        [
          'Refresh the access token (refresh token flow) or log in again.',
          'アクセストークンを更新 (更新トークンフロー) するか、再度ログインしてください。',
        ],
        [
          'Call the instance_url returned with the token, not another instance.',
          'トークンと一緒に返された instance_url を呼び出してください。別のインスタンスではトークンは使えません。',
        ],
      ],
    },
    {
      code: 'REQUIRED_FIELD_MISSING',
      status: 400,
      meaning: [
        'A required field was not provided; fields lists it.',
        '必須項目が指定されていません。fields に示されます。',
      ],
      steps: [['Provide the fields listed in fields[].', 'fields[] に挙げられた項目を指定してください。']],
    },
    {
      code: 'MALFORMED_ID',
      status: 400,
      meaning: [
        'An id is not a valid 15- or 18-character Salesforce id.',
        'ID が、有効な 15 文字または 18 文字の Salesforce ID ではありません。',
      ],
      steps: [
        [
          "Check the id in the URL or body: 15 or 18 alphanumeric characters, with the object's key prefix.",
          'URL または本文の ID を確認してください。オブジェクトのキープレフィックスで始まる、15 文字または 18 文字の英数字です。',
        ],
      ],
    },
    {
      code: 'REQUEST_LIMIT_EXCEEDED',
      status: 403,
      meaning: [
        'The org exceeded its API request limit (rolling 24 hours) or its concurrent request limit.',
        '組織が API 要求の上限 (24 時間の累計) または同時要求数の上限を超えました。',
      ],
      steps: [
        [
          'Check usage in the Sforce-Limit-Info header or the /limits resource.',
          'Sforce-Limit-Info ヘッダーまたは /limits リソースで使用量を確認してください。',
        ],
        [
          'Make fewer calls (composite requests, Bulk API) or ask Salesforce for a higher limit.',
          '呼び出し回数を減らす (コンポジット要求、Bulk API) か、Salesforce に上限の引き上げを依頼してください。',
        ],
      ],
    },
    {
      code: 'NOT_FOUND',
      status: 404,
      meaning: ['The requested resource does not exist.', '要求されたリソースが存在しません。'],
      steps: [
        [
          'Check the URL and the record id; the record may have been deleted.',
          'URL とレコード ID を確認してください。レコードが削除されている可能性があります。',
        ],
      ],
    },
    {
      code: 'INSUFFICIENT_ACCESS_OR_READONLY',
      status: 400,
      meaning: [
        'The user cannot perform this operation on the record (sharing or permissions).',
        'ユーザーはこのレコードに対してこの操作を実行できません (共有設定または権限)。',
      ],
      steps: [
        [
          "Check the user's object permissions and the record's sharing.",
          'ユーザーのオブジェクト権限と、レコードの共有設定を確認してください。',
        ],
      ],
    },
    {
      code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      status: 400,
      meaning: [
        "A validation rule of the org rejected the record; the message is the rule's text.",
        '組織の入力規則によってレコードが拒否されました。メッセージは入力規則のエラーメッセージです。',
      ],
      steps: [
        [
          'Change the values to satisfy the rule, or ask an administrator about it.',
          '入力規則を満たすよう値を変更するか、管理者に確認してください。',
        ],
      ],
    },
    {
      code: 'DUPLICATE_VALUE',
      status: 400,
      meaning: [
        'A unique field already has this value on another record.',
        '一意である必要がある項目で、同じ値が別のレコードに既に使われています。',
      ],
      steps: [
        [
          'Use another value, or update the existing record (upsert on an external id).',
          '別の値を使うか、既存のレコードを更新 (外部 ID による upsert) してください。',
        ],
      ],
    },
    {
      code: 'ENTITY_IS_DELETED',
      status: 400,
      meaning: ['The record has been deleted.', 'レコードは削除されています。'],
      steps: [
        [
          'Restore it from the Recycle Bin, or use another record.',
          'ごみ箱から復元するか、別のレコードを使ってください。',
        ],
      ],
    },
    {
      code: 'INVALID_TYPE',
      status: 400,
      meaning: [
        'The object type in the URL or query does not exist or is not accessible.',
        'URL またはクエリのオブジェクトの種類が存在しないか、アクセスできません。',
      ],
      steps: [
        [
          "Check the sObject's API name (custom objects end in __c) and the user's access to it.",
          'sObject の API 参照名 (カスタムオブジェクトは __c で終わります) と、ユーザーのアクセス権を確認してください。',
        ],
      ],
    },
    {
      code: 'API_DISABLED_FOR_ORG',
      status: 403,
      meaning: [
        "The API is not enabled for the org or the user (edition, or the 'API Enabled' permission).",
        '組織またはユーザーで API が有効になっていません (エディション、または「API の有効化」権限)。',
      ],
      steps: [
        [
          "Ask an administrator for the 'API Enabled' permission, or use an edition with API access.",
          '管理者に「API の有効化」権限を依頼するか、API アクセスを含むエディションを使ってください。',
        ],
      ],
    },
  ],
  'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm',
);
