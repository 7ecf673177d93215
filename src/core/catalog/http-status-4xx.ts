import { status } from './http-status-entry.ts';

/** The 4xx statuses named in FORMATS.md §23 (RFC 9110, 6585, 4918, 8470, 7725). */
export const CLIENT_ERRORS = [
  status(
    400,
    [
      'HTTP 400 Bad Request: the server could not process the request because of malformed syntax, invalid framing or invalid parameters.',
      'HTTP 400 Bad Request: 構文の誤り、不正なフレーミング、無効なパラメーターなどのため、サーバーは要求を処理できませんでした。',
    ],
    [
      [
        'Check that the request body is well-formed (valid JSON that matches the Content-Type).',
        '要求本文が正しい形式か (Content-Type と一致する有効な JSON か) 確認してください。',
      ],
      [
        "Compare the URL, query parameters and body with the API's documentation; the response body usually names the invalid part.",
        'URL、クエリパラメーター、本文を API ドキュメントと比較してください。無効な箇所は通常、応答本文に示されます。',
      ],
    ],
  ),
  status(
    401,
    [
      'HTTP 401 Unauthorized: the request has no valid credentials for the resource; the WWW-Authenticate header says which scheme is expected.',
      'HTTP 401 Unauthorized: 対象リソースに対する有効な資格情報が要求に含まれていません。必要な認証方式は WWW-Authenticate ヘッダーに示されます。',
    ],
    [
      [
        'Send credentials (usually Authorization: Bearer <token>) and check that they have not expired.',
        '資格情報 (通常は Authorization: Bearer <token>) を送信し、期限切れでないか確認してください。',
      ],
      [
        'Read the WWW-Authenticate response header: it may name the error (invalid_token) and the expected realm or audience.',
        '応答の WWW-Authenticate ヘッダーを確認してください。エラーの種類 (invalid_token) や、期待される realm・対象が示されていることがあります。',
      ],
    ],
  ),
  status(
    402,
    [
      'HTTP 402 Payment Required: reserved by HTTP; APIs use it for a failed payment (Stripe) or a missing billing setup (metered APIs).',
      'HTTP 402 Payment Required: HTTP では予約済みのコードです。API では支払いの失敗 (Stripe) や課金設定の不足 (従量課金の API) を示すのに使われます。',
    ],
    [
      [
        "Read the response body for the provider's reason (declined card, missing billing setup, exhausted credit).",
        '応答本文で、プロバイダーが示す理由 (カードの拒否、課金設定の不足、クレジットの枯渇など) を確認してください。',
      ],
      [
        "Check the account's billing or subscription status with the provider.",
        'プロバイダー側で、アカウントの課金やサブスクリプションの状態を確認してください。',
      ],
    ],
  ),
  status(
    403,
    [
      'HTTP 403 Forbidden: the server understood the request but refuses it; authenticating again will not help.',
      'HTTP 403 Forbidden: サーバーは要求を理解しましたが、実行を拒否しました。認証し直しても解決しません。',
    ],
    [
      [
        "Check the caller's permissions, roles or scopes for this operation.",
        'この操作に対する呼び出し元のアクセス許可、ロール、スコープを確認してください。',
      ],
      [
        'If the response points to a rate limit or a firewall (X-RateLimit-Remaining: 0, a WAF block page), treat it as throttling or blocking, not as a permission problem.',
        '応答がレート制限やファイアウォール (X-RateLimit-Remaining: 0、WAF のブロックページ) を示している場合は、権限ではなくスロットリングやブロックの問題として扱ってください。',
      ],
    ],
  ),
  status(
    404,
    [
      'HTTP 404 Not Found: the server has no resource at this URL, or will not disclose that it has one.',
      'HTTP 404 Not Found: この URL にリソースが存在しないか、サーバーがその存在を開示していません。',
    ],
    [
      [
        'Check the URL path, the ids in it and the API version.',
        'URL のパス、含まれる ID、API バージョンを確認してください。',
      ],
      [
        "Some APIs answer 404 rather than 403 to hide resources the caller may not see: check the caller's access too.",
        'API によっては、呼び出し元が参照できないリソースを隠すために 403 ではなく 404 を返します。アクセス権も確認してください。',
      ],
    ],
  ),
  status(
    405,
    [
      'HTTP 405 Method Not Allowed: the resource exists but does not support this HTTP method; the Allow header lists the supported ones.',
      'HTTP 405 Method Not Allowed: リソースは存在しますが、この HTTP メソッドには対応していません。対応するメソッドは Allow ヘッダーに示されます。',
    ],
    [
      [
        'Use a method listed in the Allow response header (POST instead of PUT, for example).',
        '応答の Allow ヘッダーにあるメソッドを使ってください (PUT ではなく POST など)。',
      ],
      [
        'Check for a missing or extra path segment that points the request at a different resource.',
        'パスのセグメントが欠けていたり余分だったりして、別のリソースを指していないか確認してください。',
      ],
    ],
  ),
  status(
    406,
    [
      'HTTP 406 Not Acceptable: the server has no representation that matches the Accept, Accept-Language or Accept-Encoding headers.',
      'HTTP 406 Not Acceptable: Accept、Accept-Language、Accept-Encoding ヘッダーに合う表現をサーバーが用意できません。',
    ],
    [
      [
        'Send an Accept header the API supports (usually application/json), or drop overly narrow ones.',
        'API が対応する Accept ヘッダー (通常は application/json) を送るか、限定しすぎたヘッダーを外してください。',
      ],
      [
        'Check whether the API requires a vendor media type (application/vnd.github+json, for example).',
        'API がベンダー固有のメディアタイプ (application/vnd.github+json など) を必須としていないか確認してください。',
      ],
    ],
  ),
  status(
    407,
    [
      'HTTP 407 Proxy Authentication Required: a proxy between the browser and the server requires credentials (Proxy-Authenticate header).',
      'HTTP 407 Proxy Authentication Required: ブラウザーとサーバーの間にあるプロキシが資格情報を要求しています (Proxy-Authenticate ヘッダー)。',
    ],
    [
      [
        'Configure the proxy credentials in the browser or system settings.',
        'ブラウザーまたはシステムの設定で、プロキシの資格情報を構成してください。',
      ],
      [
        "If no proxy is expected, check the network's proxy configuration (PAC file, corporate proxy).",
        'プロキシを使う想定がない場合は、ネットワークのプロキシ設定 (PAC ファイル、社内プロキシ) を確認してください。',
      ],
    ],
  ),
  status(
    408,
    [
      'HTTP 408 Request Timeout: the server gave up waiting for the complete request.',
      'HTTP 408 Request Timeout: サーバーが要求全体の受信を待ちきれず、打ち切りました。',
    ],
    [
      [
        'Retry the request, and check for a slow upload or a stalled connection.',
        '要求を再試行し、アップロードが遅くないか、接続が停滞していないか確認してください。',
      ],
      [
        'Reduce the request size or split large uploads.',
        '要求のサイズを小さくするか、大きなアップロードを分割してください。',
      ],
    ],
  ),
  status(
    409,
    [
      'HTTP 409 Conflict: the request conflicts with the current state of the resource (duplicate, concurrent edit, wrong state).',
      'HTTP 409 Conflict: 要求がリソースの現在の状態と競合しています (重複、同時編集、状態の不一致など)。',
    ],
    [
      [
        'Fetch the resource again, reconcile your change with its current state, then retry.',
        'リソースを取得し直し、現在の状態に合わせて変更を調整してから再試行してください。',
      ],
      [
        'For a create, check whether a resource with the same name or id already exists.',
        '作成の場合は、同じ名前や ID のリソースが既に存在しないか確認してください。',
      ],
    ],
  ),
  status(
    410,
    [
      'HTTP 410 Gone: the resource was removed permanently and will not come back.',
      'HTTP 410 Gone: リソースは恒久的に削除されており、復元されません。',
    ],
    [
      [
        "Remove references to this URL, or move to the replacement endpoint named in the API's changelog.",
        'この URL への参照を削除するか、API の変更履歴にある後継のエンドポイントに移行してください。',
      ],
      [
        'For an expired sync or paging token, start the sync or listing again from the beginning.',
        '同期トークンやページングトークンが失効した場合は、同期や一覧取得を最初からやり直してください。',
      ],
    ],
  ),
  status(
    411,
    [
      'HTTP 411 Length Required: the server requires a Content-Length header.',
      'HTTP 411 Length Required: サーバーは Content-Length ヘッダーを必要としています。',
    ],
    [
      [
        'Send the body with a Content-Length header instead of chunked transfer encoding.',
        'チャンク転送エンコーディングではなく、Content-Length ヘッダー付きで本文を送信してください。',
      ],
      [
        'For a POST without a body, send Content-Length: 0.',
        '本文のない POST では Content-Length: 0 を送信してください。',
      ],
    ],
  ),
  status(
    412,
    [
      'HTTP 412 Precondition Failed: a condition in the request headers (If-Match, If-Unmodified-Since, ...) was false, usually because the resource changed.',
      'HTTP 412 Precondition Failed: 要求ヘッダーの条件 (If-Match、If-Unmodified-Since など) が満たされませんでした。通常はリソースが変更されたことが原因です。',
    ],
    [
      [
        'Fetch the resource again for its current ETag, reapply your change and retry with the new If-Match value.',
        'リソースを取得し直して現在の ETag を得てから変更を適用し直し、新しい If-Match の値で再試行してください。',
      ],
      [
        "Drop the conditional header only if overwriting other clients' changes is acceptable.",
        '他のクライアントの変更を上書きしてもよい場合に限り、条件ヘッダーを外してください。',
      ],
    ],
  ),
  status(
    413,
    [
      'HTTP 413 Content Too Large: the request body is larger than the server accepts.',
      'HTTP 413 Content Too Large: 要求本文がサーバーの受け付ける上限を超えています。',
    ],
    [
      [
        "Reduce the body: split batches, compress it, or use the API's upload session or chunked upload.",
        '本文を小さくしてください。バッチの分割、圧縮、API のアップロードセッションや分割アップロードの利用などの方法があります。',
      ],
      [
        'With a Retry-After header the limit is temporary: wait, then retry.',
        'Retry-After ヘッダーがある場合は一時的な制限なので、待ってから再試行してください。',
      ],
    ],
  ),
  status(
    414,
    [
      'HTTP 414 URI Too Long: the URL is longer than the server will process.',
      'HTTP 414 URI Too Long: URL が長すぎてサーバーが処理できません。',
    ],
    [
      [
        'Move long parameters (a large $filter, lists of ids) into a POST body or a batch request if the API supports one.',
        '長いパラメーター (大きな $filter や ID の一覧) は、API が対応していれば POST 本文やバッチ要求に移してください。',
      ],
      [
        'Check for a redirect loop or a query string that grows with every retry.',
        'リダイレクトのループや、再試行のたびに伸びていくクエリ文字列がないか確認してください。',
      ],
    ],
  ),
  status(
    415,
    [
      "HTTP 415 Unsupported Media Type: the server does not accept the body's Content-Type or Content-Encoding.",
      'HTTP 415 Unsupported Media Type: サーバーは本文の Content-Type または Content-Encoding を受け付けません。',
    ],
    [
      [
        'Set Content-Type to what the API expects (usually application/json; form posts use application/x-www-form-urlencoded).',
        'Content-Type を API が期待する値 (通常は application/json、フォーム送信では application/x-www-form-urlencoded) にしてください。',
      ],
      [
        'Check that the body really is in that format, and remove an unsupported Content-Encoding.',
        '本文が実際にその形式になっているか確認し、対応していない Content-Encoding は外してください。',
      ],
    ],
  ),
  status(
    416,
    [
      'HTTP 416 Range Not Satisfiable: the requested byte range lies outside the resource.',
      'HTTP 416 Range Not Satisfiable: 要求したバイト範囲がリソースの範囲外です。',
    ],
    [
      [
        'Check the Range header against the resource size (given by Content-Range in the response).',
        'Range ヘッダーを、リソースのサイズ (応答の Content-Range に示されます) と照合してください。',
      ],
      [
        'If the resource changed, restart a resumed download from the beginning.',
        'リソースが変更されている場合は、再開したダウンロードを最初からやり直してください。',
      ],
    ],
  ),
  status(
    417,
    [
      'HTTP 417 Expectation Failed: the server cannot meet the Expect request header (usually Expect: 100-continue).',
      'HTTP 417 Expectation Failed: サーバーは要求の Expect ヘッダー (通常は Expect: 100-continue) に応えられません。',
    ],
    [
      [
        'Remove the Expect header and send the body directly.',
        'Expect ヘッダーを外して、本文を直接送信してください。',
      ],
    ],
  ),
  status(
    421,
    [
      'HTTP 421 Misdirected Request: the request reached a server that cannot answer for this origin, often because a connection was reused across host names.',
      'HTTP 421 Misdirected Request: このオリジンに応答できないサーバーに要求が届きました。多くの場合、ホスト名をまたいで接続が再利用されたことが原因です。',
    ],
    [
      [
        'Retry the request: the browser opens a new connection.',
        '要求を再試行してください。ブラウザーは新しい接続を開きます。',
      ],
      [
        'If it persists, check the TLS certificates and DNS of host names that share an IP address.',
        '解決しない場合は、同じ IP アドレスを共有するホスト名の TLS 証明書と DNS を確認してください。',
      ],
    ],
  ),
  status(
    422,
    [
      'HTTP 422 Unprocessable Content: the body is syntactically correct but its content is invalid (a validation failure).',
      'HTTP 422 Unprocessable Content: 本文の構文は正しいものの、内容が無効です (検証エラー)。',
    ],
    [
      [
        'Read the field errors in the response body: they name each invalid field and the reason.',
        '応答本文のフィールドエラーを確認してください。無効なフィールドごとに理由が示されています。',
      ],
      [
        'Fix the values (required fields, formats, allowed ranges) and send the request again.',
        '値 (必須項目、形式、許容範囲) を修正して、要求を再送信してください。',
      ],
    ],
  ),
  status(
    423,
    [
      'HTTP 423 Locked: the resource is locked (WebDAV), for example a file open or checked out elsewhere.',
      'HTTP 423 Locked: リソースがロックされています (WebDAV)。別の場所でファイルが開かれている、チェックアウトされているなどの状態です。',
    ],
    [
      [
        'Wait for the lock to be released, or release it (close the file, check it in), then retry.',
        'ロックが解除されるのを待つか、ロックを解除 (ファイルを閉じる、チェックインする) してから再試行してください。',
      ],
    ],
  ),
  status(
    424,
    [
      'HTTP 424 Failed Dependency: the request failed because a request it depends on failed (WebDAV; OData and Graph batches).',
      'HTTP 424 Failed Dependency: 依存先の要求が失敗したため、この要求も失敗しました (WebDAV、OData や Graph のバッチ)。',
    ],
    [
      [
        'Find the request in the batch that failed first (dependsOn, atomicity group) and fix that one.',
        'バッチ内で最初に失敗した要求 (dependsOn やアトミック性グループ) を見つけ、そちらを修正してください。',
      ],
      [
        'Resend the dependent requests once their dependency succeeds.',
        '依存先が成功してから、依存する要求を再送信してください。',
      ],
    ],
  ),
  status(
    425,
    [
      'HTTP 425 Too Early: the server will not process a request that might be replayed (sent in TLS early data).',
      'HTTP 425 Too Early: リプレイされる可能性のある要求 (TLS の early data で送信された要求) をサーバーは処理しません。',
    ],
    [
      [
        'Retry the request once the TLS handshake has completed; browsers do this automatically.',
        'TLS ハンドシェイクの完了後に要求を再試行してください。ブラウザーは自動的に再試行します。',
      ],
    ],
  ),
  status(
    426,
    [
      'HTTP 426 Upgrade Required: the server refuses the current protocol; the Upgrade header names the one required.',
      'HTTP 426 Upgrade Required: サーバーは現在のプロトコルでの処理を拒否しています。必要なプロトコルは Upgrade ヘッダーに示されます。',
    ],
    [
      [
        'Switch to the protocol named in the Upgrade header (TLS or a newer HTTP version, for example).',
        'Upgrade ヘッダーに示されたプロトコル (TLS や新しい HTTP バージョンなど) に切り替えてください。',
      ],
    ],
  ),
  status(
    428,
    [
      'HTTP 428 Precondition Required: the server requires a conditional request (If-Match) so that concurrent updates are not lost.',
      'HTTP 428 Precondition Required: 同時更新による変更の消失を防ぐため、サーバーは条件付き要求 (If-Match) を必要としています。',
    ],
    [
      [
        'Fetch the resource, then resend the change with If-Match set to its ETag.',
        'リソースを取得し、その ETag を If-Match に設定して変更を再送信してください。',
      ],
    ],
  ),
  status(
    429,
    [
      'HTTP 429 Too Many Requests: the client sent too many requests in a given time (rate limiting).',
      'HTTP 429 Too Many Requests: 一定時間内の要求が多すぎます (レート制限)。',
    ],
    [
      [
        'Wait as long as the Retry-After header (or the rate-limit reset header) says before retrying.',
        'Retry-After ヘッダー (またはレート制限のリセットヘッダー) が示す時間だけ待ってから再試行してください。',
      ],
      [
        'Retry with exponential backoff and jitter, and lower the request rate.',
        'ジッター付きの指数バックオフで再試行し、要求の頻度を下げてください。',
      ],
    ],
  ),
  status(
    431,
    [
      "HTTP 431 Request Header Fields Too Large: one header, or all headers together, exceed the server's limit.",
      'HTTP 431 Request Header Fields Too Large: 個々のヘッダー、またはヘッダー全体のサイズがサーバーの上限を超えています。',
    ],
    [
      [
        "Look for oversized cookies or tokens: clear the site's cookies, or use a smaller token (fewer group claims).",
        '大きすぎる Cookie やトークンがないか確認してください。サイトの Cookie を削除するか、より小さいトークン (グループクレームを減らすなど) を使います。',
      ],
      ['Remove custom headers that are not needed.', '不要なカスタムヘッダーを削除してください。'],
    ],
  ),
  status(
    451,
    [
      'HTTP 451 Unavailable For Legal Reasons: access to the resource is denied for legal reasons (a court order or a regional restriction, for example).',
      'HTTP 451 Unavailable For Legal Reasons: 法的な理由 (裁判所命令や地域による制限など) でリソースへのアクセスが拒否されています。',
    ],
    [
      [
        'Read the response body or Link header for the blocking authority; the client cannot fix this itself.',
        '応答本文や Link ヘッダーで、ブロックした主体を確認してください。クライアント側では解決できません。',
      ],
    ],
  ),
];
