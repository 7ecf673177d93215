import { defineEntries } from '../../catalog/define.ts';

const DOCS = 'https://learn.microsoft.com/en-us/graph/errors';
const THROTTLING = 'https://learn.microsoft.com/en-us/graph/throttling';

/** Graph's basic codes, plus the directory (Entra) codes that Graph returns for users, groups and apps. */
export const GRAPH = defineEntries(
  'graph',
  [
    {
      code: 'accessDenied',
      status: 403,
      meaning: [
        "The caller doesn't have permission to perform the action.",
        '呼び出し元には、この操作を実行するアクセス許可がありません。',
      ],
      steps: [
        [
          "Compare the token's scp or roles claim with the least-privileged permissions listed on the API page.",
          'トークンの scp または roles クレームを、API ページに記載された最小特権のアクセス許可と比較してください。',
        ],
        [
          'Add the permission to the app registration, grant admin consent, then acquire a new token.',
          'アクセス許可をアプリ登録に追加して管理者の同意を付与し、トークンを取得し直してください。',
        ],
      ],
    },
    {
      code: 'activityLimitReached',
      status: 429,
      meaning: ['The app or user has been throttled.', 'アプリまたはユーザーがスロットリングされました。'],
      steps: [
        [
          'Wait for the Retry-After interval before retrying.',
          'Retry-After に示された時間だけ待ってから再試行してください。',
        ],
        [
          'Lower the request rate: use $batch, delta queries and change notifications instead of polling.',
          '要求の頻度を下げてください。ポーリングの代わりに $batch、差分クエリ (delta)、変更通知を使います。',
        ],
      ],
      docs: THROTTLING,
    },
    {
      code: 'extensionError',
      meaning: [
        'The request failed because of an error in an extension of the resource.',
        'リソースの拡張機能でエラーが発生したため、要求が失敗しました。',
      ],
      steps: [
        [
          'Read the message and innerError for the failing extension, and check the extension data sent in the body.',
          'メッセージと innerError で失敗した拡張機能を確認し、本文で送信した拡張データを見直してください。',
        ],
      ],
    },
    {
      code: 'generalException',
      meaning: ['An unspecified error occurred.', '原因が特定されていないエラーが発生しました。'],
      steps: [
        [
          'Use the more specific code in innerError, if there is one.',
          'innerError により具体的なコードがあれば、そちらを使ってください。',
        ],
        [
          'Retry with backoff; if it persists, quote request-id and date to Microsoft support.',
          'バックオフしながら再試行し、解決しない場合は request-id と date を添えて Microsoft サポートに問い合わせてください。',
        ],
      ],
    },
    {
      code: 'invalidRange',
      status: 416,
      meaning: [
        'The requested byte range is invalid or unavailable.',
        '要求したバイト範囲が無効か、利用できません。',
      ],
      steps: [
        [
          "Check the Range header against the item's size.",
          'Range ヘッダーをアイテムのサイズと照合してください。',
        ],
        [
          'For a resumable upload, ask the upload session for nextExpectedRanges and resume from there.',
          '再開可能なアップロードでは、アップロードセッションから nextExpectedRanges を取得し、その位置から再開してください。',
        ],
      ],
    },
    {
      code: 'invalidRequest',
      status: 400,
      meaning: ['The request is malformed or incorrect.', '要求の形式が正しくないか、内容に誤りがあります。'],
      steps: [
        [
          'Check the URL, the query options ($select, $filter) and the JSON body against the API page; the message usually names the invalid property.',
          'URL、クエリオプション ($select、$filter)、JSON 本文を API ページと照合してください。無効なプロパティは通常メッセージに示されます。',
        ],
        [
          'Check the endpoint version: some properties exist only on /beta.',
          'エンドポイントのバージョンを確認してください。/beta にしかないプロパティもあります。',
        ],
      ],
    },
    {
      code: 'itemNotFound',
      status: 404,
      meaning: ['The resource could not be found.', 'リソースが見つかりませんでした。'],
      steps: [
        [
          'Check the id or path in the URL, and that it belongs to the user, drive or site the URL addresses.',
          'URL の ID またはパスと、それが URL で指定したユーザー、ドライブ、サイトに属しているかを確認してください。',
        ],
        [
          'The caller may also lack access: Graph reports some inaccessible items as not found.',
          '呼び出し元にアクセス権がない可能性もあります。Graph は、アクセスできないアイテムを「見つからない」と報告することがあります。',
        ],
      ],
    },
    {
      code: 'malwareDetected',
      meaning: [
        'Malware was detected in the requested resource.',
        '要求されたリソースでマルウェアが検出されました。',
      ],
      steps: [
        [
          "Do not retry the download; ask the file's owner to remove or replace the file.",
          'ダウンロードを再試行せず、ファイルの所有者に削除または差し替えを依頼してください。',
        ],
      ],
    },
    {
      code: 'nameAlreadyExists',
      status: 409,
      meaning: [
        'An item with the specified name already exists.',
        '指定した名前のアイテムが既に存在します。',
      ],
      steps: [
        [
          'Choose another name, or set @microsoft.graph.conflictBehavior to rename or replace.',
          '別の名前を付けるか、@microsoft.graph.conflictBehavior を rename または replace に設定してください。',
        ],
      ],
    },
    {
      code: 'notAllowed',
      meaning: ['The system does not allow the action.', 'この操作はシステムによって許可されていません。'],
      steps: [
        [
          'Read the message for the constraint (item type, policy, state) that forbids the action.',
          'メッセージで、操作を禁止している制約 (アイテムの種類、ポリシー、状態) を確認してください。',
        ],
      ],
    },
    {
      code: 'notSupported',
      meaning: ['The system does not support the request.', 'この要求はシステムでサポートされていません。'],
      steps: [
        [
          'Check that the operation is supported for this resource type and account type (work or school vs personal Microsoft account).',
          'この操作が、リソースの種類とアカウントの種類 (職場または学校アカウントか、個人用 Microsoft アカウントか) でサポートされているか確認してください。',
        ],
      ],
    },
    {
      code: 'resourceModified',
      status: 412,
      meaning: [
        'The resource changed since the caller last read it, usually an eTag mismatch.',
        '呼び出し元が最後に読み取った後でリソースが変更されました。通常は eTag の不一致です。',
      ],
      steps: [
        [
          'Get the resource again, reapply your change and send it with the new eTag in If-Match.',
          'リソースを取得し直して変更を適用し直し、新しい eTag を If-Match に指定して送信してください。',
        ],
      ],
    },
    {
      code: 'resyncRequired',
      status: 410,
      meaning: [
        'The delta token is no longer valid; the app must reset its sync state.',
        '差分トークンが無効になりました。アプリは同期状態をリセットする必要があります。',
      ],
      steps: [
        [
          'Discard the delta token and start a full sync again without a token.',
          '差分トークンを破棄し、トークンなしで完全な同期をやり直してください。',
        ],
      ],
    },
    {
      code: 'serviceNotAvailable',
      status: 503,
      meaning: ['The service is temporarily unavailable.', 'サービスが一時的に利用できません。'],
      steps: [
        [
          'Retry after the Retry-After interval, with exponential backoff.',
          'Retry-After に示された時間の後、指数バックオフで再試行してください。',
        ],
      ],
      docs: THROTTLING,
    },
    {
      code: 'syncStateNotFound',
      status: 410,
      meaning: [
        'The sync state generation was not found: the delta token expired and the data must be synchronised again.',
        '同期状態が見つかりません。差分トークンの期限が切れたため、データを同期し直す必要があります。',
      ],
      steps: [['Start a new delta sync from the beginning.', '差分同期を最初からやり直してください。']],
    },
    {
      code: 'quotaLimitReached',
      status: 507,
      meaning: [
        'The user has reached their storage quota.',
        'ユーザーがストレージのクォータの上限に達しました。',
      ],
      steps: [
        [
          "Free up space or raise the user's storage quota, then retry.",
          '空き容量を確保するか、ユーザーのストレージのクォータを引き上げてから再試行してください。',
        ],
      ],
    },
    {
      code: 'unauthenticated',
      status: 401,
      meaning: ['The caller is not authenticated.', '呼び出し元が認証されていません。'],
      steps: [
        [
          'Send a valid access token issued for https://graph.microsoft.com (aud claim) as Authorization: Bearer <token>.',
          'https://graph.microsoft.com 向け (aud クレーム) に発行された有効なアクセストークンを Authorization: Bearer <token> で送信してください。',
        ],
        ['Acquire a new token if it has expired.', '期限切れの場合は、トークンを取得し直してください。'],
      ],
    },
    {
      code: 'TooManyRequests',
      status: 429,
      meaning: ['The request was throttled.', '要求がスロットリングされました。'],
      steps: [
        [
          'Wait for the Retry-After interval before retrying.',
          'Retry-After に示された時間だけ待ってから再試行してください。',
        ],
        [
          'Spread requests out and avoid bursts against the same mailbox, drive or tenant.',
          '要求を分散させ、同じメールボックス、ドライブ、テナントへの集中を避けてください。',
        ],
      ],
      docs: THROTTLING,
    },
    {
      code: 'Request_ResourceNotFound',
      status: 404,
      meaning: [
        'The directory object (user, group, application, ...) with this id does not exist in the tenant.',
        'この ID のディレクトリオブジェクト (ユーザー、グループ、アプリケーションなど) はテナントに存在しません。',
      ],
      steps: [
        [
          'Check the object id or userPrincipalName, and the tenant the token was issued for.',
          'オブジェクト ID または userPrincipalName と、トークンの発行先テナントを確認してください。',
        ],
        [
          'A newly created object may take a few seconds to replicate: retry after a short delay.',
          '作成直後のオブジェクトは、レプリケーションに数秒かかることがあります。少し待ってから再試行してください。',
        ],
      ],
    },
    {
      code: 'Authorization_RequestDenied',
      status: 403,
      meaning: [
        'Insufficient privileges to complete the directory operation.',
        'ディレクトリ操作を完了するための権限が不足しています。',
      ],
      steps: [
        [
          'Grant the directory permission the operation needs (User.ReadWrite.All, for example) with admin consent, then acquire a new token.',
          '操作に必要なディレクトリのアクセス許可 (User.ReadWrite.All など) を管理者の同意付きで付与し、トークンを取得し直してください。',
        ],
        [
          'Some operations (password resets, changes to administrators) also need an Entra administrator role for the caller.',
          '一部の操作 (パスワードのリセット、管理者の変更など) では、呼び出し元に Entra の管理者ロールも必要です。',
        ],
      ],
      docs: 'https://learn.microsoft.com/en-us/graph/resolve-auth-errors',
    },
    {
      code: 'Request_BadRequest',
      status: 400,
      meaning: [
        'The directory request is invalid; the message names the invalid property or value.',
        'ディレクトリへの要求が無効です。無効なプロパティまたは値はメッセージに示されます。',
      ],
      steps: [
        [
          'Check the property names and value formats in the body against the resource type (a userPrincipalName must use a verified domain, for example).',
          '本文のプロパティ名と値の形式を、リソースの種類の定義と照合してください (userPrincipalName には検証済みドメインを使う必要があるなど)。',
        ],
        [
          'Check the $filter syntax: directory objects support only some operators and properties, some of them only with ConsistencyLevel: eventual.',
          '$filter の構文を確認してください。ディレクトリオブジェクトで使える演算子とプロパティは限られており、一部は ConsistencyLevel: eventual が必要です。',
        ],
      ],
    },
  ],
  DOCS,
);
