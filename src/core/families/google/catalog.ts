import { defineEntries } from '../../catalog/define.ts';

/** Canonical statuses (google.rpc.Code), common ErrorInfo reasons, and reasons of the legacy errors[] shape. */
export const GOOGLE = defineEntries(
  'google',
  [
    {
      code: 'INVALID_ARGUMENT',
      status: 400,
      meaning: [
        'The client specified an invalid argument; a BadRequest detail may list the field violations.',
        'クライアントが無効な引数を指定しました。BadRequest の詳細にフィールド違反が列挙されている場合があります。',
      ],
      steps: [
        [
          'Fix the fields listed in details[].fieldViolations, or the argument named in the message.',
          'details[].fieldViolations に挙げられたフィールド、またはメッセージに示された引数を修正してください。',
        ],
      ],
    },
    {
      code: 'FAILED_PRECONDITION',
      status: 400,
      meaning: [
        'The system is not in a state required for the operation (for example a non-empty directory, or a disabled feature).',
        'システムが操作に必要な状態にありません (空でないディレクトリ、無効化された機能など)。',
      ],
      steps: [
        [
          'Bring the resource into the required state first; retrying unchanged will fail again.',
          '先にリソースを必要な状態にしてください。そのまま再試行しても再び失敗します。',
        ],
      ],
    },
    {
      code: 'OUT_OF_RANGE',
      status: 400,
      meaning: [
        'The request went past the valid range (a page or offset beyond the end, for example).',
        '要求が有効な範囲を超えています (終端を越えたページやオフセットなど)。',
      ],
      steps: [
        [
          'Stop at the end of the range, or fix the offset or page token.',
          '範囲の終端で止めるか、オフセットやページトークンを修正してください。',
        ],
      ],
    },
    {
      code: 'UNAUTHENTICATED',
      status: 401,
      meaning: [
        'The request has no valid credentials (missing, invalid or expired OAuth token or API key).',
        '要求に有効な資格情報がありません (OAuth トークンや API キーがない、無効、または期限切れ)。',
      ],
      steps: [
        [
          'Send a valid OAuth access token (Authorization: Bearer) or API key, and refresh expired tokens.',
          '有効な OAuth アクセストークン (Authorization: Bearer) または API キーを送信し、期限切れのトークンは更新してください。',
        ],
      ],
    },
    {
      code: 'PERMISSION_DENIED',
      status: 403,
      meaning: [
        'The caller lacks permission, the API is not enabled for the project, or the scope is insufficient.',
        '呼び出し元にアクセス許可がないか、プロジェクトで API が有効になっていないか、スコープが不足しています。',
      ],
      steps: [
        [
          'Check the IAM roles of the caller on the resource, and that the API is enabled in the project.',
          'リソースに対する呼び出し元の IAM ロールと、プロジェクトで API が有効になっているかを確認してください。',
        ],
        [
          'Read the ErrorInfo reason in details: it tells these cases apart.',
          'details の ErrorInfo の reason を確認してください。どのケースかが区別できます。',
        ],
      ],
    },
    {
      code: 'NOT_FOUND',
      status: 404,
      meaning: ['The requested resource was not found.', '要求されたリソースが見つかりません。'],
      steps: [
        [
          'Check the resource name or id, and the project and location in the URL.',
          'リソース名または ID と、URL のプロジェクトとロケーションを確認してください。',
        ],
      ],
    },
    {
      code: 'ABORTED',
      status: 409,
      meaning: [
        'A concurrency conflict aborted the operation (a read-modify-write conflict, for example).',
        '同時実行の競合 (読み取り・変更・書き込みの競合など) により操作が中止されました。',
      ],
      steps: [
        [
          'Retry the whole read-modify-write sequence with backoff.',
          '読み取り・変更・書き込みの一連の処理全体を、バックオフしながら再試行してください。',
        ],
      ],
    },
    {
      code: 'ALREADY_EXISTS',
      status: 409,
      meaning: [
        'The resource the client tried to create already exists.',
        'クライアントが作成しようとしたリソースは既に存在します。',
      ],
      steps: [
        [
          'Use another name, or get or update the existing resource.',
          '別の名前を使うか、既存のリソースを取得または更新してください。',
        ],
      ],
    },
    {
      code: 'RESOURCE_EXHAUSTED',
      status: 429,
      meaning: ['A quota or rate limit was exhausted.', 'クォータまたはレート制限の上限に達しました。'],
      steps: [
        [
          'Wait for RetryInfo.retryDelay (when present), then retry with exponential backoff.',
          'RetryInfo.retryDelay があればその時間だけ待ち、指数バックオフで再試行してください。',
        ],
        [
          'Check the quota named in the QuotaFailure or ErrorInfo details, and request a higher quota if needed.',
          'QuotaFailure や ErrorInfo の詳細に示されたクォータを確認し、必要であれば上限の引き上げを申請してください。',
        ],
      ],
    },
    {
      code: 'CANCELLED',
      status: 499,
      meaning: ['The client cancelled the request.', 'クライアントが要求をキャンセルしました。'],
      steps: [
        [
          'Check client-side timeouts and navigation that abort requests.',
          '要求を中断するクライアント側のタイムアウトや画面遷移を確認してください。',
        ],
      ],
    },
    {
      code: 'UNKNOWN',
      status: 500,
      meaning: ['An unknown server error occurred.', '不明なサーバーエラーが発生しました。'],
      steps: [['Retry with exponential backoff.', '指数バックオフで再試行してください。']],
    },
    {
      code: 'INTERNAL',
      status: 500,
      meaning: ['An internal server error occurred.', 'サーバー内部でエラーが発生しました。'],
      steps: [
        ['Retry with exponential backoff.', '指数バックオフで再試行してください。'],
        [
          'If it persists, report it with the time of the request and the method called.',
          '解決しない場合は、要求の日時と呼び出したメソッドを添えて報告してください。',
        ],
      ],
    },
    {
      code: 'DATA_LOSS',
      status: 500,
      meaning: [
        'Unrecoverable data loss or corruption.',
        '回復できないデータの損失または破損が発生しました。',
      ],
      steps: [
        [
          'Report it to the service owner immediately; do not retry blindly.',
          'サービスの提供元に直ちに報告してください。むやみに再試行しないでください。',
        ],
      ],
    },
    {
      code: 'UNIMPLEMENTED',
      status: 501,
      meaning: [
        'The method is not implemented or not supported by the service.',
        'メソッドが実装されていないか、サービスで対応していません。',
      ],
      steps: [
        [
          'Check the method name and the API version; the method may exist only in another version or region.',
          'メソッド名と API バージョンを確認してください。別のバージョンやリージョンにしかないメソッドの可能性があります。',
        ],
      ],
    },
    {
      code: 'UNAVAILABLE',
      status: 503,
      meaning: ['The service is temporarily unavailable.', 'サービスが一時的に利用できません。'],
      steps: [['Retry with exponential backoff.', '指数バックオフで再試行してください。']],
    },
    {
      code: 'DEADLINE_EXCEEDED',
      status: 504,
      meaning: ['The request deadline was exceeded.', '要求の期限を超えました。'],
      steps: [
        [
          'Retry; for long operations, use a longer deadline or a long-running operation API.',
          '再試行してください。時間のかかる処理では、期限を延ばすか長時間実行オペレーションの API を使ってください。',
        ],
      ],
    },
    {
      code: 'API_KEY_INVALID',
      status: 400,
      meaning: ['The API key is not valid.', 'API キーが有効ではありません。'],
      steps: [
        [
          'Check the key value (no spaces or quotes) and that it has not been deleted or regenerated in the Cloud console.',
          'キーの値 (空白や引用符がないか) と、Cloud コンソールで削除や再生成がされていないかを確認してください。',
        ],
        [
          'Check the key restrictions (APIs, HTTP referrers, IP addresses) allow this request.',
          'キーの制限 (API、HTTP リファラー、IP アドレス) がこの要求を許可しているか確認してください。',
        ],
      ],
      docs: 'https://cloud.google.com/docs/authentication/api-keys',
    },
    {
      code: 'RATE_LIMIT_EXCEEDED',
      status: 429,
      meaning: [
        'A rate quota (requests per minute, per user or per project) was exceeded; metadata names the quota.',
        'レートのクォータ (1 分あたり、ユーザーあたり、プロジェクトあたりの要求数) を超えました。対象のクォータは metadata に示されます。',
      ],
      steps: [
        [
          'Wait for RetryInfo.retryDelay, then retry with exponential backoff.',
          'RetryInfo.retryDelay の時間だけ待ってから、指数バックオフで再試行してください。',
        ],
        [
          'Request a higher quota for the quota_limit in metadata if the rate is legitimate.',
          '正当な頻度であれば、metadata の quota_limit について上限の引き上げを申請してください。',
        ],
      ],
    },
    {
      code: 'SERVICE_DISABLED',
      status: 403,
      meaning: [
        'The API has not been used in the project before, or it is disabled.',
        'プロジェクトでこの API が使われたことがないか、無効になっています。',
      ],
      steps: [
        [
          'Enable the API named in metadata for the consumer project, wait a few minutes, then retry.',
          'metadata に示された API をコンシューマープロジェクトで有効にし、数分待ってから再試行してください。',
        ],
      ],
    },
    {
      code: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      status: 403,
      meaning: [
        'The OAuth token does not carry a scope the method needs.',
        'OAuth トークンに、メソッドに必要なスコープが含まれていません。',
      ],
      steps: [
        [
          "Request a token with the scope listed on the method's reference page; the user may have to consent again.",
          'メソッドのリファレンスに記載されたスコープを付けてトークンを取得し直してください。ユーザーの再同意が必要な場合があります。',
        ],
      ],
    },
    {
      code: 'API_KEY_HTTP_REFERRER_BLOCKED',
      status: 403,
      meaning: [
        "The API key's HTTP referrer restriction does not allow the page that sent the request.",
        'API キーの HTTP リファラー制限で、要求を送信したページが許可されていません。',
      ],
      steps: [
        [
          "Add the page's origin (https://example.com/*) to the key's allowed referrers, or use a key meant for this site.",
          'ページのオリジン (https://example.com/* など) をキーの許可リファラーに追加するか、このサイト用のキーを使ってください。',
        ],
      ],
    },
    {
      code: 'notFound',
      status: 404,
      meaning: [
        'The resource was not found (legacy error format).',
        'リソースが見つかりません (旧形式のエラー)。',
      ],
      steps: [
        [
          'Check the id in the URL and that the caller can see the resource (for Drive, a file not shared with the caller is reported as not found).',
          'URL の ID と、呼び出し元からリソースが参照できるかを確認してください (Drive では、共有されていないファイルは見つからないと報告されます)。',
        ],
      ],
    },
    {
      code: 'forbidden',
      status: 403,
      meaning: [
        'The caller may not perform this operation (legacy error format).',
        '呼び出し元にはこの操作を実行する権限がありません (旧形式のエラー)。',
      ],
      steps: [
        [
          "Check the caller's access to the resource and the token's scopes.",
          'リソースに対する呼び出し元のアクセス権と、トークンのスコープを確認してください。',
        ],
      ],
    },
    {
      code: 'rateLimitExceeded',
      status: 403,
      meaning: [
        'The rate limit was exceeded (legacy error format).',
        'レート制限を超えました (旧形式のエラー)。',
      ],
      steps: [
        [
          'Retry with exponential backoff and lower the request rate.',
          '指数バックオフで再試行し、要求の頻度を下げてください。',
        ],
      ],
    },
    {
      code: 'userRateLimitExceeded',
      status: 403,
      meaning: [
        'The per-user rate limit was exceeded (legacy error format).',
        'ユーザーあたりのレート制限を超えました (旧形式のエラー)。',
      ],
      steps: [
        [
          'Retry with exponential backoff, and spread the requests over time.',
          '指数バックオフで再試行し、要求を時間的に分散させてください。',
        ],
      ],
    },
    {
      code: 'authError',
      status: 401,
      meaning: [
        'The credentials are invalid (legacy error format).',
        '資格情報が無効です (旧形式のエラー)。',
      ],
      steps: [
        [
          'Refresh the access token and check that it was issued for this API.',
          'アクセストークンを更新し、この API 向けに発行されたものか確認してください。',
        ],
      ],
    },
    {
      code: 'required',
      status: 400,
      meaning: [
        'A required parameter is missing (legacy error format).',
        '必須パラメーターがありません (旧形式のエラー)。',
      ],
      steps: [
        [
          'Add the parameter named in location (with locationType: parameter or body).',
          'location (locationType が parameter または body) に示されたパラメーターを追加してください。',
        ],
      ],
    },
    {
      code: 'invalid',
      status: 400,
      meaning: [
        'A parameter value is invalid (legacy error format).',
        'パラメーターの値が無効です (旧形式のエラー)。',
      ],
      steps: [
        [
          'Fix the value of the parameter named in location.',
          'location に示されたパラメーターの値を修正してください。',
        ],
      ],
    },
  ],
  'https://cloud.google.com/apis/design/errors',
);
