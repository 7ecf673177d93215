import { defineEntries } from '../../catalog/define.ts';

const DYNAMODB = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html';
const S3 = 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html';
const RETRIES = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html';
const ACCESS_DENIED = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html';

export const AWS = defineEntries('aws', [
  {
    code: 'ResourceNotFoundException',
    meaning: [
      'The named resource (table, function, queue, ...) does not exist in this account and region, or is not active yet.',
      '指定したリソース (テーブル、関数、キューなど) がこのアカウントとリージョンに存在しないか、まだ利用可能な状態ではありません。',
    ],
    steps: [
      [
        "Check the resource name or ARN, the account, and the endpoint's region.",
        'リソース名または ARN、アカウント、エンドポイントのリージョンを確認してください。',
      ],
      [
        'A resource that is still being created (a DynamoDB table in CREATING state, for example) cannot be used yet: wait until it is active.',
        '作成中のリソース (CREATING 状態の DynamoDB テーブルなど) はまだ使えません。利用可能になるまで待ってください。',
      ],
    ],
    docs: DYNAMODB,
  },
  {
    code: 'NoSuchKey',
    status: 404,
    meaning: [
      'The object key does not exist in the S3 bucket.',
      'S3 バケットにそのオブジェクトキーが存在しません。',
    ],
    steps: [
      [
        'Check the key: it is case-sensitive, includes the full prefix (folder/file.txt), and spaces or + must be URL-encoded correctly.',
        'キーを確認してください。大文字と小文字が区別され、完全なプレフィックス (folder/file.txt) を含み、空白や + は正しく URL エンコードする必要があります。',
      ],
      [
        'Without s3:ListBucket permission, S3 answers a missing key with 403 AccessDenied instead of 404.',
        's3:ListBucket のアクセス許可がない場合、S3 は存在しないキーに対して 404 ではなく 403 AccessDenied を返します。',
      ],
    ],
    docs: S3,
  },
  {
    code: 'NoSuchBucket',
    status: 404,
    meaning: ['The S3 bucket does not exist.', 'S3 バケットが存在しません。'],
    steps: [
      [
        'Check the bucket name and the region of the endpoint.',
        'バケット名とエンドポイントのリージョンを確認してください。',
      ],
    ],
    docs: S3,
  },
  {
    code: 'AccessDenied',
    status: 403,
    meaning: [
      'An IAM policy, a bucket or resource policy, an SCP or a KMS key policy denies the request.',
      'IAM ポリシー、バケットポリシーやリソースポリシー、SCP、KMS キーポリシーのいずれかが要求を拒否しています。',
    ],
    steps: [
      [
        "Check that the caller's identity policy allows the action on the resource ARN, and that no explicit Deny applies (bucket policy, SCP, permissions boundary).",
        '呼び出し元の ID ポリシーがリソース ARN に対する操作を許可しているか、明示的な Deny (バケットポリシー、SCP、アクセス許可の境界) が適用されていないかを確認してください。',
      ],
      [
        'For S3 objects encrypted with KMS, the caller also needs kms:Decrypt on the key.',
        'KMS で暗号化された S3 オブジェクトでは、呼び出し元にそのキーの kms:Decrypt も必要です。',
      ],
    ],
    docs: ACCESS_DENIED,
  },
  {
    code: 'AccessDeniedException',
    meaning: [
      "The caller's IAM permissions do not allow this action on this resource.",
      '呼び出し元の IAM アクセス許可では、このリソースに対するこの操作は許可されていません。',
    ],
    steps: [
      [
        'Add the action named in the message to the identity policy for the resource ARN, and check for an explicit Deny (SCP, permissions boundary, resource policy).',
        'メッセージに示された操作をリソース ARN に対して ID ポリシーに追加し、明示的な Deny (SCP、アクセス許可の境界、リソースポリシー) がないか確認してください。',
      ],
    ],
    docs: ACCESS_DENIED,
  },
  {
    code: 'ThrottlingException',
    meaning: ["The request rate exceeded the API's limit.", '要求の頻度が API の上限を超えました。'],
    steps: [
      [
        'Retry with exponential backoff and jitter (the AWS SDKs do this for you).',
        'ジッター付きの指数バックオフで再試行してください (AWS SDK は自動的に行います)。',
      ],
      [
        'If the rate is legitimate, request a higher quota in Service Quotas.',
        '正当な頻度であれば、Service Quotas で上限の引き上げを申請してください。',
      ],
    ],
    docs: RETRIES,
  },
  {
    code: 'TooManyRequestsException',
    status: 429,
    meaning: [
      'The request rate exceeds the throttle limit (API Gateway, Lambda and others).',
      '要求の頻度がスロットリングの上限を超えています (API Gateway、Lambda など)。',
    ],
    steps: [
      ['Retry with exponential backoff and jitter.', 'ジッター付きの指数バックオフで再試行してください。'],
      [
        'Raise the throttle settings (usage plan, reserved concurrency) if the rate is expected.',
        '想定どおりの頻度であれば、スロットリング設定 (使用量プラン、予約済み同時実行数) を引き上げてください。',
      ],
    ],
    docs: RETRIES,
  },
  {
    code: 'ProvisionedThroughputExceededException',
    meaning: [
      'The DynamoDB table or index exceeded its provisioned throughput.',
      'DynamoDB のテーブルまたはインデックスが、プロビジョニングされたスループットを超えました。',
    ],
    steps: [
      ['Retry with exponential backoff.', '指数バックオフで再試行してください。'],
      [
        'Raise the capacity or switch to on-demand mode, and spread requests over more partition keys.',
        'キャパシティを引き上げるかオンデマンドモードに切り替え、要求をより多くのパーティションキーに分散させてください。',
      ],
    ],
    docs: DYNAMODB,
  },
  {
    code: 'MissingAuthenticationTokenException',
    status: 403,
    meaning: [
      'API Gateway found no matching route, or no credentials: the path or method does not exist, or the request is not signed.',
      'API Gateway で一致するルートまたは資格情報が見つかりませんでした。パスまたはメソッドが存在しないか、要求が署名されていません。',
    ],
    steps: [
      [
        'Check the stage name, the resource path and the method against the deployed API: an undeployed or misspelled path gives this error.',
        'ステージ名、リソースパス、メソッドをデプロイ済みの API と照合してください。未デプロイや綴りの誤ったパスでもこのエラーになります。',
      ],
      [
        'If the method uses IAM authorisation, sign the request with Signature Version 4.',
        'メソッドが IAM 認可を使う場合は、署名バージョン 4 で要求に署名してください。',
      ],
    ],
    docs: 'https://repost.aws/knowledge-center/api-gateway-authentication-token-errors',
  },
  {
    code: 'UnrecognizedClientException',
    meaning: [
      'The security token or access key in the request is invalid.',
      '要求のセキュリティトークンまたはアクセスキーが無効です。',
    ],
    steps: [
      [
        'Check the access key id and that it is active; temporary credentials also need their session token.',
        'アクセスキー ID が有効か確認してください。一時的な認証情報ではセッショントークンも必要です。',
      ],
    ],
  },
  {
    code: 'ExpiredTokenException',
    meaning: [
      'The temporary credentials (session token) have expired.',
      '一時的な認証情報 (セッショントークン) の有効期限が切れています。',
    ],
    steps: [
      [
        'Refresh the credentials: assume the role again or sign in with SSO again.',
        '認証情報を更新してください。ロールを引き受け直すか、SSO で再度サインインします。',
      ],
    ],
  },
  {
    code: 'InvalidSignatureException',
    meaning: [
      'The request signature does not match: the secret key, the region or the signed content is wrong.',
      '要求の署名が一致しません。シークレットキー、リージョン、または署名対象の内容が誤っています。',
    ],
    steps: [
      [
        'Check the secret key, the region and service in the signing scope, and the client clock (within 5 minutes).',
        'シークレットキー、署名スコープのリージョンとサービス、クライアントの時刻 (5 分以内のずれ) を確認してください。',
      ],
    ],
  },
  {
    code: 'SignatureDoesNotMatch',
    status: 403,
    meaning: [
      'The signature S3 calculated does not match the one sent: the secret key, the region or the signed headers differ.',
      'S3 が計算した署名と送信された署名が一致しません。シークレットキー、リージョン、または署名対象のヘッダーが異なります。',
    ],
    steps: [
      [
        'Check the secret key and the region, and that no proxy changes signed headers or the URL encoding of the key.',
        'シークレットキーとリージョンを確認し、署名対象のヘッダーやキーの URL エンコードをプロキシが変更していないか確認してください。',
      ],
    ],
    docs: S3,
  },
  {
    code: 'ValidationException',
    meaning: [
      "An input parameter fails the service's constraints; the message names it.",
      '入力パラメーターがサービスの制約を満たしていません。対象はメッセージに示されます。',
    ],
    steps: [
      [
        'Fix the parameter named in the message (type, length, pattern, required).',
        'メッセージに示されたパラメーターを修正してください (型、長さ、パターン、必須かどうか)。',
      ],
    ],
  },
  {
    code: 'ConditionalCheckFailedException',
    meaning: [
      'The DynamoDB condition expression evaluated to false.',
      'DynamoDB の条件式が false と評価されました。',
    ],
    steps: [
      [
        'Read the item again and decide whether the write is still wanted; retrying unchanged will fail again.',
        'アイテムを読み直し、書き込みがまだ必要か判断してください。そのまま再試行しても再び失敗します。',
      ],
    ],
    docs: DYNAMODB,
  },
]);
