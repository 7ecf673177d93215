import { defineEntries } from '../../catalog/define.ts';

const DOCS = 'https://learn.microsoft.com/en-us/defender-xdr/api-error-codes';
const MDE_DOCS = 'https://learn.microsoft.com/en-us/defender-endpoint/api/common-errors';

/** The founding document's table, plus TooManyRequests from the Defender for Endpoint page. */
export const MTP = defineEntries(
  'mtp',
  [
    {
      code: 'BadRequest',
      status: 400,
      meaning: [
        'The request was rejected as malformed; the message usually says which part is wrong.',
        '要求の形式が正しくないため拒否されました。どの部分が誤っているかは通常メッセージに示されます。',
      ],
      steps: [
        [
          'Read the error message: it names the part of the request that is wrong.',
          'エラーメッセージを確認してください。要求のどの部分が誤っているかが示されています。',
        ],
        [
          "Compare the method, URL, headers and body with the example on the API's documentation page.",
          'メソッド、URL、ヘッダー、本文を API ドキュメントの例と比較してください。',
        ],
        [
          "If the request matches the documentation, quote the error's target id to Microsoft support.",
          'ドキュメントどおりの要求でも失敗する場合は、エラーの target の ID を添えて Microsoft サポートに問い合わせてください。',
        ],
      ],
    },
    {
      code: 'ODataError',
      status: 400,
      meaning: [
        'The OData query in the URL ($filter, $top, $select, $expand, ...) is invalid; the message gives the specific error.',
        'URL の OData クエリ ($filter、$top、$select、$expand など) が無効です。具体的なエラーはメッセージに示されます。',
      ],
      steps: [
        [
          "Check the OData query options in the URL: property names, operators (eq, gt, and) and the quoting of string literals ('value').",
          "URL の OData クエリオプションを確認してください。プロパティ名、演算子 (eq、gt、and など)、文字列リテラルの引用符 ('value') が正しいかを見ます。",
        ],
        [
          'Check that the property used in $filter or $orderby supports filtering on this API: only the properties listed on the API page do.',
          '$filter や $orderby に使ったプロパティが、この API でフィルターに対応しているか確認してください。対応しているのは API ページに記載されたプロパティだけです。',
        ],
        [
          'Keep $top within the maximum documented for the endpoint.',
          '$top はエンドポイントごとに定められた上限以内にしてください。',
        ],
        [
          'URL-encode the query ($, spaces and quotes) exactly once.',
          'クエリ ($、空白、引用符) の URL エンコードがちょうど 1 回だけ行われているか確認してください。',
        ],
      ],
    },
    {
      code: 'InvalidInput',
      status: 400,
      meaning: [
        'A value in the request is not valid; the message quotes the invalid input.',
        '要求内の値が無効です。メッセージに無効な入力値が示されます。',
      ],
      steps: [
        [
          'Find the value quoted in the message in your request (URL path, query or body) and correct its format.',
          'メッセージに示された値を要求 (URL パス、クエリ、本文) の中で探し、形式を修正してください。',
        ],
        [
          "Check the expected type and format on the API's documentation page (GUID, ISO 8601 date, enum value, ...).",
          'API ドキュメントで期待される型と形式 (GUID、ISO 8601 の日時、列挙値など) を確認してください。',
        ],
      ],
    },
    {
      code: 'InvalidRequestBody',
      status: 400,
      meaning: [
        'The request body could not be read as the parameters this action expects.',
        '要求本文を、この操作が期待するパラメーターとして解釈できませんでした。',
      ],
      steps: [
        [
          "Body parameters are case-sensitive: compare every key's capitalisation with the example on the API page (Comment, not comment).",
          '本文のパラメーター名は大文字と小文字が区別されます。各キーの大文字・小文字を API ページの例と照合してください (例: comment ではなく Comment)。',
        ],
        [
          'Send valid JSON with Content-Type: application/json, and check the value types (string, number, array).',
          'Content-Type: application/json を付けて有効な JSON を送信し、値の型 (文字列、数値、配列) を確認してください。',
        ],
        [
          "If the body matches the documented example exactly, quote the error's target id to Microsoft support.",
          '本文がドキュメントの例と完全に一致しているのに失敗する場合は、エラーの target の ID を添えて Microsoft サポートに問い合わせてください。',
        ],
      ],
    },
    {
      code: 'InvalidHashValue',
      status: 400,
      meaning: [
        'The file hash in the request is not a valid SHA-1, SHA-256 or (where accepted) MD5 value.',
        '要求内のファイルハッシュが、有効な SHA-1、SHA-256、または (対応する API では) MD5 の値ではありません。',
      ],
      steps: [
        [
          'Check the hash length: SHA-1 is 40 hex characters, SHA-256 is 64, MD5 is 32.',
          'ハッシュの長さを確認してください。SHA-1 は 16 進数 40 文字、SHA-256 は 64 文字、MD5 は 32 文字です。',
        ],
        [
          "Remove spaces, prefixes such as 'sha256:' and any character outside 0-9 and a-f.",
          "空白、'sha256:' のような接頭辞、0-9 と a-f 以外の文字を取り除いてください。",
        ],
        [
          'Check which hash types the endpoint accepts on its documentation page.',
          'エンドポイントが受け付けるハッシュの種類をドキュメントで確認してください。',
        ],
      ],
    },
    {
      code: 'InvalidDomainName',
      status: 400,
      meaning: [
        'The domain name in the request is not a valid host name.',
        '要求内のドメイン名が有効なホスト名ではありません。',
      ],
      steps: [
        [
          'Send a bare domain name such as contoso.com: no scheme (https://), path, port or trailing slash.',
          'contoso.com のようなドメイン名だけを送信してください。スキーム (https://)、パス、ポート、末尾のスラッシュは付けません。',
        ],
        [
          'Look for empty labels (contoso..com), spaces or characters not allowed in host names.',
          '空のラベル (contoso..com)、空白、ホスト名に使えない文字がないか確認してください。',
        ],
        [
          'Convert internationalised domain names to their punycode (xn--) form.',
          '国際化ドメイン名は punycode (xn--) 形式に変換してください。',
        ],
      ],
    },
    {
      code: 'InvalidIpAddress',
      status: 400,
      meaning: [
        'The IP address in the request is not a valid IPv4 or IPv6 address.',
        '要求内の IP アドレスが有効な IPv4 または IPv6 アドレスではありません。',
      ],
      steps: [
        [
          'Check that every IPv4 octet is between 0 and 255 (10.0.0.300 is invalid).',
          'IPv4 の各オクテットが 0〜255 の範囲にあるか確認してください (10.0.0.300 は無効です)。',
        ],
        [
          'Send a single address: no CIDR suffix (/24), port or brackets unless the API documents them.',
          'アドレスは 1 つだけ送信してください。API ドキュメントに記載がない限り、CIDR 表記 (/24)、ポート、角括弧は付けません。',
        ],
        [
          'Check that the endpoint accepts the address family you send (IPv4 or IPv6).',
          '送信したアドレスの種類 (IPv4 または IPv6) にエンドポイントが対応しているか確認してください。',
        ],
      ],
    },
    {
      code: 'InvalidUrl',
      status: 400,
      meaning: ['The URL in the request is not a valid URL.', '要求内の URL が有効な URL ではありません。'],
      steps: [
        [
          'Check the scheme and its separators (https://, not htp:/ or https:/).',
          'スキームと区切り文字を確認してください (htp:/ や https:/ ではなく https://)。',
        ],
        [
          'When the URL is part of the request path, percent-encode it once (encodeURIComponent) so that its slashes are not read as path separators.',
          'URL を要求パスの一部として送る場合は、スラッシュがパスの区切りと解釈されないよう、1 回だけパーセントエンコード (encodeURIComponent) してください。',
        ],
        ['Remove surrounding spaces and quotes.', '前後の空白や引用符を取り除いてください。'],
      ],
    },
    {
      code: 'MaximumBatchSizeExceeded',
      status: 400,
      meaning: [
        'The request carries more items than the action allows in one call; the message gives the received and allowed counts.',
        '1 回の呼び出しで許可される件数を超える項目が要求に含まれています。受信した件数と許可される件数はメッセージに示されます。',
      ],
      steps: [
        [
          "Split the items into batches no larger than the 'allowed' number in the message.",
          '項目を、メッセージの allowed に示された件数以下のバッチに分割してください。',
        ],
        [
          'Send the batches one after another, and honour Retry-After if the API starts throttling.',
          'バッチは順番に送信し、API がスロットリングを始めたら Retry-After に従ってください。',
        ],
      ],
    },
    {
      code: 'MissingRequiredParameter',
      status: 400,
      meaning: [
        'A required parameter is missing from the request; the message names it.',
        '必須パラメーターが要求に含まれていません。メッセージにパラメーター名が示されます。',
      ],
      steps: [
        ['Add the parameter named in the message.', 'メッセージに示されたパラメーターを追加してください。'],
        [
          'Body parameters are case-sensitive: a key sent in the wrong case (query instead of Query) counts as missing, so copy the exact spelling from the message or the API page.',
          '本文のパラメーター名は大文字と小文字が区別されます。大文字・小文字が違うキー (Query ではなく query) は送られていないものとみなされるため、メッセージか API ページの綴りをそのまま使ってください。',
        ],
        [
          'Check that the parameter is sent where the API expects it (body, query string or path).',
          'パラメーターを API が期待する場所 (本文、クエリ文字列、パス) に送っているか確認してください。',
        ],
      ],
    },
    {
      code: 'OsPlatformNotSupported',
      status: 400,
      meaning: [
        "The action is not supported on the device's operating system platform.",
        'このアクションは、対象デバイスの OS プラットフォームではサポートされていません。',
      ],
      steps: [
        [
          "Check the device's osPlatform (GET /api/machines/{id}) against the platforms listed on the action's documentation page.",
          'デバイスの osPlatform (GET /api/machines/{id}) を、アクションのドキュメントに記載された対応プラットフォームと照合してください。',
        ],
        [
          'Run the action only on devices of a supported platform, or use the platform-specific alternative if there is one.',
          '対応プラットフォームのデバイスに対してのみアクションを実行するか、プラットフォーム別の代替手段があればそれを使ってください。',
        ],
      ],
    },
    {
      code: 'ClientVersionNotSupported',
      status: 400,
      meaning: [
        'The action needs a newer version of the Defender client (sensor) on the device; the message gives the minimum version.',
        'このアクションには、デバイス上の Defender クライアント (センサー) のより新しいバージョンが必要です。最低バージョンはメッセージに示されます。',
      ],
      steps: [
        [
          "Compare the device's agentVersion (GET /api/machines/{id}) with the version in the message.",
          'デバイスの agentVersion (GET /api/machines/{id}) をメッセージのバージョンと比較してください。',
        ],
        [
          'Update the Defender client on the device, then retry the action.',
          'デバイスの Defender クライアントを更新してから、アクションを再試行してください。',
        ],
      ],
    },
    {
      code: 'Unauthorized',
      status: 401,
      meaning: [
        'The request was not authenticated: the Authorization header is missing, invalid or expired.',
        '要求が認証されませんでした。Authorization ヘッダーがないか、無効か、期限切れです。',
      ],
      steps: [
        [
          'Send Authorization: Bearer <token> with a freshly acquired access token; tokens expire after about an hour.',
          '新しく取得したアクセストークンを Authorization: Bearer <token> で送信してください。トークンの有効期限は約 1 時間です。',
        ],
        [
          "Check the token's aud (audience) claim: it must be the API you call (https://api.security.microsoft.com or https://api.securitycenter.microsoft.com), not Microsoft Graph.",
          'トークンの aud (対象ユーザー) クレームを確認してください。Microsoft Graph ではなく、呼び出す API (https://api.security.microsoft.com または https://api.securitycenter.microsoft.com) である必要があります。',
        ],
        [
          'Check that the token was issued by the tenant that owns the data (tid claim).',
          'データを所有するテナントが発行したトークンか (tid クレーム) 確認してください。',
        ],
      ],
    },
    {
      code: 'Forbidden',
      status: 403,
      meaning: [
        'The token is valid but lacks the permission this action needs.',
        'トークンは有効ですが、この操作に必要なアクセス許可がありません。',
      ],
      steps: [
        [
          "Compare the token's roles (application) or scp (delegated) claim with the permissions listed on the API page.",
          'トークンの roles (アプリケーション) または scp (委任) クレームを、API ページに記載されたアクセス許可と比較してください。',
        ],
        [
          'Add the missing API permission to the app registration, grant admin consent, then acquire a new token.',
          '不足している API アクセス許可をアプリ登録に追加して管理者の同意を付与し、トークンを取得し直してください。',
        ],
        [
          'For delegated calls, the signed-in user also needs a matching role in the Defender portal (RBAC and device group access).',
          '委任アクセスの場合は、サインインしたユーザーにも Defender ポータルで対応するロール (RBAC とデバイスグループへのアクセス) が必要です。',
        ],
      ],
    },
    {
      code: 'DisabledFeature',
      status: 403,
      meaning: [
        'The feature this API needs is not enabled for the tenant.',
        'この API に必要な機能がテナントで有効になっていません。',
      ],
      steps: [
        [
          "Check the feature's setting in the Microsoft Defender portal (Settings > Endpoints > Advanced features) and ask an administrator to turn it on.",
          'Microsoft Defender ポータルの [設定] > [エンドポイント] > [高度な機能] でその機能の状態を確認し、管理者に有効化を依頼してください。',
        ],
        [
          "Check that the tenant's license includes the feature.",
          'テナントのライセンスにその機能が含まれているか確認してください。',
        ],
        [
          "If the feature is enabled and licensed, quote the error's target id to Microsoft support.",
          '機能が有効でライセンスもあるのに失敗する場合は、エラーの target の ID を添えて Microsoft サポートに問い合わせてください。',
        ],
      ],
    },
    {
      code: 'DisallowedOperation',
      status: 403,
      meaning: [
        'The operation is not allowed in the current state; the message names the operation and the reason.',
        '現在の状態ではこの操作は許可されていません。メッセージに操作と理由が示されます。',
      ],
      steps: [
        [
          'Read the reason in the message: typical causes are the same action already pending on the device, or an object whose state forbids the change.',
          'メッセージの理由を確認してください。同じアクションがデバイスで保留中である、対象の状態が変更を許さない、といった原因がよくあります。',
        ],
        [
          'Resolve the stated condition (wait for the pending action or cancel it), then retry.',
          '示された条件を解消 (保留中のアクションの完了を待つか、キャンセル) してから再試行してください。',
        ],
      ],
    },
    {
      code: 'NotFound',
      status: 404,
      meaning: [
        'The URL does not match any endpoint of the API.',
        'URL が API のどのエンドポイントにも一致しません。',
      ],
      steps: [
        [
          'Check the endpoint path and its spelling against the API reference, including the /api/ prefix and the API version.',
          'エンドポイントのパスと綴りを、/api/ の接頭辞や API バージョンも含めて API リファレンスと照合してください。',
        ],
        [
          'Check the host: Defender XDR APIs live on api.security.microsoft.com, Defender for Endpoint APIs on api.securitycenter.microsoft.com or a regional host.',
          'ホストを確認してください。Defender XDR の API は api.security.microsoft.com、Defender for Endpoint の API は api.securitycenter.microsoft.com または地域別のホストです。',
        ],
      ],
    },
    {
      code: 'ResourceNotFound',
      status: 404,
      meaning: [
        'The requested object (device, alert, incident, file, ...) does not exist or is not visible to the caller; the message names it.',
        '要求されたオブジェクト (デバイス、アラート、インシデント、ファイルなど) が存在しないか、呼び出し元から参照できません。メッセージに対象が示されます。',
      ],
      steps: [
        [
          'Check the id in the URL: device (machine) ids are 40-character hex strings, not device names or numeric ids.',
          'URL の ID を確認してください。デバイス (machine) の ID は 40 文字の 16 進数で、デバイス名や数値の ID ではありません。',
        ],
        [
          "Check that the object belongs to this tenant and that the caller's device group access includes it.",
          'オブジェクトがこのテナントに属し、呼び出し元のデバイスグループのアクセス範囲に含まれているか確認してください。',
        ],
        [
          "If the object exists in the portal, quote its id and the error's target id to Microsoft support.",
          'ポータルではオブジェクトが存在する場合は、その ID とエラーの target の ID を添えて Microsoft サポートに問い合わせてください。',
        ],
      ],
    },
    {
      code: 'InternalServerError',
      status: 500,
      meaning: [
        'The service failed while processing the request; the response usually has no message.',
        '要求の処理中にサービス側でエラーが発生しました。通常、メッセージは含まれません。',
      ],
      steps: [
        [
          'Retry the request after a short delay, with exponential backoff.',
          '少し時間をおき、指数バックオフで要求を再試行してください。',
        ],
        [
          "If it keeps failing, contact Microsoft support and quote the error's target id and the time of the request.",
          '失敗が続く場合は、エラーの target の ID と要求の日時を添えて Microsoft サポートに問い合わせてください。',
        ],
      ],
    },
    {
      code: 'TooManyRequests',
      status: 429,
      meaning: [
        'The quota was reached, either by the number of requests or by the CPU they used.',
        '要求数または CPU 使用量によるクォータの上限に達しました。',
      ],
      steps: [
        [
          'Wait the number of seconds given in the Retry-After header before retrying.',
          'Retry-After ヘッダーに示された秒数だけ待ってから再試行してください。',
        ],
        [
          'Lower the call rate: batch requests, cache results and avoid polling in tight loops.',
          '呼び出し頻度を下げてください。要求をまとめ、結果をキャッシュし、短い間隔でのポーリングは避けます。',
        ],
        [
          'For advanced hunting, make queries cheaper (narrower time range, early filters, fewer projected columns): CPU also counts against the quota.',
          '高度な追求 (advanced hunting) では CPU 使用量もクォータに数えられるため、クエリを軽くしてください (時間範囲を絞る、早い段階でフィルターする、取得する列を減らす)。',
        ],
      ],
      docs: MDE_DOCS,
    },
  ],
  DOCS,
);
