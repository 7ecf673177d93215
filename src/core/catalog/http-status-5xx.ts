import { status } from './http-status-entry.ts';

/** The 5xx statuses named in FORMATS.md §23 (RFC 9110, 4918, and Graph's 509). */
export const SERVER_ERRORS = [
  status(
    500,
    [
      'HTTP 500 Internal Server Error: the server hit an unexpected condition.',
      'HTTP 500 Internal Server Error: サーバーで予期しない状態が発生しました。',
    ],
    [
      [
        'Retry with exponential backoff: the failure may be transient.',
        '指数バックオフで再試行してください。一時的な障害の可能性があります。',
      ],
      [
        "If it persists, report it to the API's owner with the request id and the time of the request.",
        '解決しない場合は、要求 ID と要求の日時を添えて API の提供元に報告してください。',
      ],
    ],
  ),
  status(
    501,
    [
      'HTTP 501 Not Implemented: the server does not support the functionality the request needs (often the method).',
      'HTTP 501 Not Implemented: 要求の処理に必要な機能 (多くの場合はメソッド) にサーバーが対応していません。',
    ],
    [
      [
        "Check the method and the feature against the API's documentation; retrying will not help.",
        'メソッドと機能を API ドキュメントで確認してください。再試行しても解決しません。',
      ],
    ],
  ),
  status(
    502,
    [
      'HTTP 502 Bad Gateway: a gateway or proxy got an invalid response from the upstream server.',
      'HTTP 502 Bad Gateway: ゲートウェイまたはプロキシが、上流のサーバーから無効な応答を受け取りました。',
    ],
    [
      [
        'Retry after a short delay: upstream restarts and deployments often cause it.',
        '少し待ってから再試行してください。上流サーバーの再起動やデプロイが原因であることがよくあります。',
      ],
      [
        "If it persists, check the upstream service's health and the proxy's logs (the body is usually the proxy's HTML page, not the API's).",
        '解決しない場合は、上流サービスの稼働状況とプロキシのログを確認してください (本文は通常 API ではなくプロキシの HTML ページです)。',
      ],
    ],
  ),
  status(
    503,
    [
      'HTTP 503 Service Unavailable: the server is temporarily overloaded or down for maintenance.',
      'HTTP 503 Service Unavailable: サーバーが一時的に過負荷か、メンテナンス中です。',
    ],
    [
      [
        'Wait as long as Retry-After says, then retry with exponential backoff.',
        'Retry-After に示された時間だけ待ってから、指数バックオフで再試行してください。',
      ],
      ["Check the provider's status page.", 'プロバイダーのステータスページを確認してください。'],
    ],
  ),
  status(
    504,
    [
      'HTTP 504 Gateway Timeout: a gateway or proxy did not get a response from the upstream server in time.',
      'HTTP 504 Gateway Timeout: ゲートウェイまたはプロキシが、上流のサーバーから時間内に応答を得られませんでした。',
    ],
    [
      [
        "Retry; for slow operations, do less per request (smaller pages, narrower queries) or use the API's asynchronous pattern.",
        '再試行してください。時間のかかる処理では、1 回の要求あたりの処理量を減らす (ページを小さくする、クエリを絞る) か、API の非同期処理のパターンを使ってください。',
      ],
      [
        'The operation may still have completed upstream: check before repeating a non-idempotent request.',
        '上流では処理が完了している可能性があります。冪等でない要求を繰り返す前に結果を確認してください。',
      ],
    ],
  ),
  status(
    505,
    [
      'HTTP 505 HTTP Version Not Supported: the server does not support the HTTP version of the request.',
      'HTTP 505 HTTP Version Not Supported: サーバーは要求の HTTP バージョンに対応していません。',
    ],
    [
      [
        'Check proxies or client settings that force a particular HTTP version.',
        '特定の HTTP バージョンを強制しているプロキシやクライアントの設定を確認してください。',
      ],
    ],
  ),
  status(
    507,
    [
      'HTTP 507 Insufficient Storage: the server cannot store what the request needs (WebDAV; Microsoft Graph uses it for a full storage quota).',
      'HTTP 507 Insufficient Storage: 要求の処理に必要なデータをサーバーが保存できません (WebDAV。Microsoft Graph ではストレージのクォータ超過を示します)。',
    ],
    [
      [
        'Free up space (delete files, empty the recycle bin) or raise the storage quota, then retry.',
        '空き容量を確保する (ファイルの削除、ごみ箱を空にする) か、ストレージのクォータを引き上げてから再試行してください。',
      ],
    ],
  ),
  status(
    509,
    [
      'HTTP 509 Bandwidth Limit Exceeded (non-standard): the bandwidth allowance was used up; Microsoft Graph uses it for bandwidth throttling.',
      'HTTP 509 Bandwidth Limit Exceeded (非標準): 帯域幅の上限を超えました。Microsoft Graph では帯域幅によるスロットリングを示します。',
    ],
    [
      [
        'Wait before retrying, and transfer less data (fewer or smaller downloads).',
        'しばらく待ってから再試行し、転送するデータ量 (ダウンロードの回数やサイズ) を減らしてください。',
      ],
    ],
    'https://learn.microsoft.com/en-us/graph/errors',
  ),
  status(
    511,
    [
      'HTTP 511 Network Authentication Required: the network (typically a captive portal) requires a sign-in before it lets traffic through.',
      'HTTP 511 Network Authentication Required: 通信を許可する前に、ネットワーク (通常はキャプティブポータル) へのサインインが必要です。',
    ],
    [
      [
        "Open any web page in the browser to complete the network's sign-in, then retry.",
        'ブラウザーで任意の Web ページを開いてネットワークへのサインインを完了し、再試行してください。',
      ],
    ],
  ),
];
