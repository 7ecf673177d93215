import type { Family } from '../../model/finding.ts';
import { defineNote } from './define.ts';
import type { Note } from './types.ts';

/**
 * What each envelope means when its code is unknown. Generic HTTP has no note: the status is its only
 * meaning, so the status catalog explains it.
 */
export const FAMILY_NOTES: Readonly<Record<Exclude<Family, 'generic-http'>, Note>> = {
  mtp: defineNote(
    [
      'Microsoft Defender XDR / Defender for Endpoint API error: {error: {code, message, target}}, where target is the tracking id of this error.',
      'Microsoft Defender XDR / Defender for Endpoint API のエラーです。{error: {code, message, target}} の形式で、target はこのエラーの追跡 ID です。',
    ],
    [
      [
        'Read the message: it is free text that names the failing input.',
        'メッセージを確認してください。失敗した入力を示す自由形式のテキストです。',
      ],
      [
        "Quote the error's target id when you contact Microsoft support: it lets them find the root cause.",
        'Microsoft サポートに問い合わせる際は、エラーの target の ID を伝えてください。根本原因の調査に使われます。',
      ],
    ],
    'https://learn.microsoft.com/en-us/defender-xdr/api-error-codes',
  ),
  odata: defineNote(
    [
      'OData error: {error: {code, message, target, details, innererror}}; the service defines the codes, and target names the element in error.',
      'OData のエラーです。{error: {code, message, target, details, innererror}} の形式で、コードはサービスが定義し、target はエラーの対象となった要素を示します。',
    ],
    [
      [
        'Read details[] and innererror for more specific codes and messages.',
        'details[] と innererror に、より具体的なコードとメッセージがないか確認してください。',
      ],
      [
        'Check the element named in target (a property, a query option such as $filter, or a key).',
        'target に示された要素 (プロパティ、$filter などのクエリオプション、キー) を確認してください。',
      ],
    ],
    'https://docs.oasis-open.org/odata/odata-json-format/v4.01/odata-json-format-v4.01.html#sec_ErrorResponse',
  ),
  graph: defineNote(
    [
      'Microsoft Graph error: the top-level code is generic; innerError may carry a more specific code, the request-id and the date.',
      'Microsoft Graph のエラーです。最上位のコードは汎用的なもので、innerError により具体的なコード、request-id、date が含まれることがあります。',
    ],
    [
      [
        'Act on the most specific code in the innerError chain rather than on the message text.',
        'メッセージの文言ではなく、innerError の連鎖の中で最も具体的なコードに基づいて対処してください。',
      ],
      [
        'Quote request-id, client-request-id and date (from the body or the response headers) to Microsoft support.',
        'Microsoft サポートには request-id、client-request-id、date (本文または応答ヘッダー) を伝えてください。',
      ],
    ],
    'https://learn.microsoft.com/en-us/graph/errors',
  ),
  arm: defineNote(
    [
      'Azure Resource Manager error: {error: {code, message, target, details, additionalInfo}}; details often hold the real cause.',
      'Azure Resource Manager のエラーです。{error: {code, message, target, details, additionalInfo}} の形式で、実際の原因は details に含まれていることがよくあります。',
    ],
    [
      [
        'Read details[] and additionalInfo (a PolicyViolation entry names the blocking policy).',
        'details[] と additionalInfo を確認してください (PolicyViolation の項目には、原因となったポリシーが示されます)。',
      ],
      [
        'Quote x-ms-correlation-request-id and x-ms-request-id to Azure support; the activity log can be searched by the correlation id.',
        'Azure サポートには x-ms-correlation-request-id と x-ms-request-id を伝えてください。アクティビティログは相関 ID で検索できます。',
      ],
    ],
    'https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors',
  ),
  'azure-storage': defineNote(
    [
      'Azure Storage error: an XML <Error> with <Code> and <Message>, or the x-ms-error-code header (the only source on HEAD requests).',
      'Azure Storage のエラーです。<Code> と <Message> を含む XML の <Error>、または x-ms-error-code ヘッダー (HEAD 要求では唯一の情報源) で返されます。',
    ],
    [
      [
        'Read the extra elements of <Error> (QueryParameterName, AuthenticationErrorDetail, ...): they name the exact problem.',
        '<Error> の追加要素 (QueryParameterName、AuthenticationErrorDetail など) を確認してください。問題の箇所が具体的に示されています。',
      ],
      [
        'Quote x-ms-request-id (also printed as RequestId in the message) to Azure support.',
        'Azure サポートには x-ms-request-id (メッセージ内の RequestId と同じ値) を伝えてください。',
      ],
    ],
    'https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes',
  ),
  'problem-details': defineNote(
    [
      'RFC 9457 problem details: type identifies the kind of problem, title summarises it and detail explains this occurrence.',
      'RFC 9457 の Problem Details です。type が問題の種類を識別し、title が概要を、detail が今回の発生の詳細を示します。',
    ],
    [
      [
        'Read detail and any extension members (errors, balance, ...) for the specifics.',
        '具体的な内容は、detail と拡張メンバー (errors、balance など) で確認してください。',
      ],
      [
        "If type is a URL, open it for the API's documentation of this problem; about:blank means the HTTP status says it all.",
        'type が URL の場合は開いて、この問題に関する API のドキュメントを確認してください。about:blank の場合は、HTTP の状態コードがすべてを表します。',
      ],
      [
        "Quote traceId, requestId or instance, when present, to the API's owner.",
        'traceId、requestId、instance があれば、API の提供元に伝えてください。',
      ],
    ],
    'https://www.rfc-editor.org/rfc/rfc9457',
  ),
  'aspnet-validation': defineNote(
    [
      'ASP.NET Core validation problem: errors maps each invalid field to its messages.',
      'ASP.NET Core の検証エラーです。errors に、無効なフィールドごとのメッセージがまとめられています。',
    ],
    [
      ['Fix each field listed in errors.', 'errors に挙げられた各フィールドを修正してください。'],
      [
        'A key such as $.quantity means the JSON value at that path could not be converted to the expected type (a string sent for a number, a malformed date).',
        '$.quantity のようなキーは、そのパスの JSON の値を期待される型に変換できなかったことを示します (数値の代わりに文字列を送った、日付の形式が不正など)。',
      ],
      [
        "Quote traceId to the API's owner: its middle part is the W3C trace id.",
        'API の提供元には traceId を伝えてください。中央の部分が W3C のトレース ID です。',
      ],
    ],
    'https://learn.microsoft.com/en-us/aspnet/core/web-api/handle-errors',
  ),
  jsonapi: defineNote(
    [
      'JSON:API error objects: each has a status, code, title, detail and a source pointing at the offending member.',
      'JSON:API のエラーオブジェクトです。各エラーに status、code、title、detail と、問題のメンバーを指す source が含まれます。',
    ],
    [
      [
        'Follow source.pointer (a JSON Pointer such as /data/attributes/title) or source.parameter to the value to fix.',
        'source.pointer (/data/attributes/title のような JSON Pointer) や source.parameter をたどって、修正すべき値を特定してください。',
      ],
      [
        'Send request bodies with Content-Type: application/vnd.api+json.',
        '要求本文には Content-Type: application/vnd.api+json を指定してください。',
      ],
    ],
    'https://jsonapi.org/format/#errors',
  ),
  graphql: defineNote(
    [
      'GraphQL error: errors[] holds a message, the path of the failing field and extensions.code; HTTP 200 is common, and data may still be partly present.',
      'GraphQL のエラーです。errors[] に、メッセージ、失敗したフィールドの path、extensions.code が含まれます。HTTP 200 で返されることが多く、data が部分的に含まれる場合もあります。',
    ],
    [
      [
        'Read extensions.code and path: path names the field whose resolver failed.',
        'extensions.code と path を確認してください。path は、リゾルバーが失敗したフィールドを示します。',
      ],
      [
        'If data is present, the other fields succeeded: treat the response as a partial success.',
        'data が含まれている場合、他のフィールドは成功しています。部分的な成功として扱ってください。',
      ],
    ],
    'https://spec.graphql.org/October2021/#sec-Errors',
  ),
  google: defineNote(
    [
      'Google API error (google.rpc.Status): status is the canonical code; details[] may add an ErrorInfo reason, a RetryInfo delay or field violations.',
      'Google API のエラー (google.rpc.Status) です。status が標準のエラーコードで、details[] に ErrorInfo の reason、RetryInfo の待ち時間、フィールド違反などが追加されることがあります。',
    ],
    [
      [
        "Use ErrorInfo's reason and domain as the precise code; the message is meant for humans.",
        '正確なコードとして ErrorInfo の reason と domain を使ってください。メッセージは人が読むためのものです。',
      ],
      [
        'Wait for RetryInfo.retryDelay before retrying.',
        '再試行する前に、RetryInfo.retryDelay の時間だけ待ってください。',
      ],
      [
        'Follow the Help links in details, when present.',
        'details に Help のリンクがあれば参照してください。',
      ],
    ],
    'https://google.aip.dev/193',
  ),
  aws: defineNote(
    [
      "AWS error: the code comes from the x-amzn-ErrorType header, the body's code or __type, or the XML <Code>.",
      'AWS のエラーです。コードは x-amzn-ErrorType ヘッダー、本文の code または __type、XML の <Code> から得られます。',
    ],
    [
      [
        "Look the code up in the service's API reference: each operation lists the errors it returns.",
        'コードをサービスの API リファレンスで確認してください。各オペレーションが返すエラーが記載されています。',
      ],
      [
        'Quote x-amzn-RequestId (for S3: x-amz-request-id and x-amz-id-2) to AWS support.',
        'AWS サポートには x-amzn-RequestId (S3 では x-amz-request-id と x-amz-id-2) を伝えてください。',
      ],
    ],
  ),
  stripe: defineNote(
    [
      'Stripe error: type gives the category (card_error, invalid_request_error, api_error, idempotency_error); code, decline_code and param give the specifics.',
      'Stripe のエラーです。type が分類 (card_error、invalid_request_error、api_error、idempotency_error) を、code、decline_code、param が詳細を示します。',
    ],
    [
      [
        "Open the error's doc_url for the documentation of its code.",
        'エラーの doc_url を開いて、コードのドキュメントを確認してください。',
      ],
      [
        'Find the request in the Dashboard through request_log_url or the Request-Id header (req_...).',
        'request_log_url または Request-Id ヘッダー (req_...) を使って、ダッシュボードで要求を確認してください。',
      ],
    ],
    'https://docs.stripe.com/api/errors',
  ),
  github: defineNote(
    [
      'GitHub REST error: message and documentation_url; validation errors (422) add errors[] with resource, field and code.',
      'GitHub REST API のエラーです。message と documentation_url が含まれ、検証エラー (422) ではさらに resource、field、code を持つ errors[] が追加されます。',
    ],
    [
      [
        "Open documentation_url for the endpoint's documentation.",
        'documentation_url を開いて、エンドポイントのドキュメントを確認してください。',
      ],
      [
        "A 404 on a private resource often means missing access rather than absence: check the token's scopes and the repository's permissions.",
        '非公開リソースでの 404 は、存在しないのではなくアクセス権がないことを意味する場合がよくあります。トークンのスコープとリポジトリの権限を確認してください。',
      ],
      [
        'Quote X-GitHub-Request-Id to GitHub support.',
        'GitHub サポートには X-GitHub-Request-Id を伝えてください。',
      ],
    ],
    'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api',
  ),
  twilio: defineNote(
    [
      'Twilio error: a numeric code with a more_info link to its documentation page.',
      'Twilio のエラーです。数値のコードと、そのドキュメントページへの more_info リンクが含まれます。',
    ],
    [
      [
        'Open more_info (https://www.twilio.com/docs/errors/<code>) for the cause and the fix.',
        'more_info (https://www.twilio.com/docs/errors/<コード>) を開いて、原因と対処方法を確認してください。',
      ],
      [
        "Look the request up in the Twilio Console's error logs.",
        'Twilio コンソールのエラーログで要求を確認してください。',
      ],
    ],
    'https://www.twilio.com/docs/usage/twilios-response',
  ),
  slack: defineNote(
    [
      'Slack Web API error: HTTP 200 with ok: false and a short error code; response_metadata.messages may explain invalid arguments.',
      'Slack Web API のエラーです。HTTP 200 で ok: false と短いエラーコードが返されます。引数の誤りは response_metadata.messages に説明されることがあります。',
    ],
    [
      [
        "Check the method's documentation page: each method lists the error codes it returns.",
        'メソッドのドキュメントページを確認してください。各メソッドが返すエラーコードが記載されています。',
      ],
      [
        'Quote the x-slack-req-id header when you contact Slack.',
        'Slack に問い合わせる際は x-slack-req-id ヘッダーを伝えてください。',
      ],
    ],
    'https://api.slack.com/web#evaluating_responses',
  ),
  salesforce: defineNote(
    [
      'Salesforce REST error: an array of {errorCode, message, fields}; collections report failures per record with success: false.',
      'Salesforce REST API のエラーです。{errorCode, message, fields} の配列で返されます。コレクションでは、レコードごとに success: false で失敗が報告されます。',
    ],
    [
      [
        'Fix the fields listed in fields[] of each error.',
        '各エラーの fields[] に挙げられたフィールドを修正してください。',
      ],
      [
        "For composite and collection requests, check each record's result: the HTTP status may be 200 even when some records failed.",
        'コンポジット要求やコレクション要求では、レコードごとの結果を確認してください。一部のレコードが失敗しても、HTTP の状態コードは 200 になることがあります。',
      ],
    ],
    'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm',
  ),
  shopify: defineNote(
    [
      'Shopify error: errors is a string, a list or a map from fields to messages, depending on the endpoint.',
      'Shopify のエラーです。エンドポイントによって、errors は文字列、リスト、フィールドとメッセージの対応表のいずれかになります。',
    ],
    [
      ['Fix each field named in errors.', 'errors に示された各フィールドを修正してください。'],
      [
        'On a 429, wait for Retry-After and watch X-Shopify-Shop-Api-Call-Limit; in GraphQL, watch extensions.cost.',
        '429 の場合は Retry-After の時間だけ待ち、X-Shopify-Shop-Api-Call-Limit を確認してください。GraphQL では extensions.cost を確認します。',
      ],
      ['Quote X-Request-Id to Shopify support.', 'Shopify サポートには X-Request-Id を伝えてください。'],
    ],
    'https://shopify.dev/docs/api/usage/response-codes',
  ),
  cloudflare: defineNote(
    [
      'Cloudflare error: the API returns success: false with numeric codes in errors[]; the edge returns HTML pages with 1xxx codes.',
      'Cloudflare のエラーです。API は success: false と errors[] 内の数値コードを返し、エッジは 1xxx のコードを含む HTML ページを返します。',
    ],
    [
      [
        'Read every entry of errors[]: the first code is not always the root cause.',
        'errors[] のすべての項目を確認してください。最初のコードが根本原因とは限りません。',
      ],
      [
        "Quote the cf-ray header (Ray ID) to the site's owner or to Cloudflare support.",
        'サイトの管理者または Cloudflare サポートには、cf-ray ヘッダー (Ray ID) を伝えてください。',
      ],
    ],
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/',
  ),
  oauth2: defineNote(
    [
      'OAuth 2.0 error (RFC 6749 / 6750): error is a standard code explained by error_description; resource servers send the same fields in WWW-Authenticate.',
      'OAuth 2.0 のエラー (RFC 6749 / 6750) です。error は標準のコードで、error_description に説明があります。リソースサーバーは同じ項目を WWW-Authenticate ヘッダーで返します。',
    ],
    [
      [
        'Read error_description (or the WWW-Authenticate header) for the specific reason.',
        '具体的な理由は error_description (または WWW-Authenticate ヘッダー) で確認してください。',
      ],
      [
        "Check the client id, redirect URI, grant type and scopes against the app's registration at the authorization server.",
        'クライアント ID、リダイレクト URI、グラントタイプ、スコープを、認可サーバーでのアプリの登録内容と照合してください。',
      ],
    ],
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
  ),
  entra: defineNote(
    [
      'Microsoft Entra ID sign-in error: on top of the OAuth error code, an AADSTS number identifies the exact cause.',
      'Microsoft Entra ID のサインインエラーです。OAuth のエラーコードに加えて、AADSTS の番号が正確な原因を示します。',
    ],
    [
      [
        'Look the AADSTS number up at https://login.microsoftonline.com/error?code=<number>.',
        'AADSTS の番号を https://login.microsoftonline.com/error?code=<番号> で調べてください。',
      ],
      [
        'Quote trace_id, correlation_id and timestamp to your administrator or to Microsoft support: they locate the attempt in the Entra sign-in logs.',
        '管理者または Microsoft サポートには trace_id、correlation_id、timestamp を伝えてください。Entra のサインインログで該当するサインインを特定できます。',
      ],
    ],
    'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
  ),
  soap: defineNote(
    [
      'SOAP fault: faultcode (SOAP 1.1) or Code/Value (SOAP 1.2) says whether the sender or the receiver is at fault; faultstring or Reason explains it.',
      'SOAP フォールトです。faultcode (SOAP 1.1) または Code/Value (SOAP 1.2) が送信側と受信側のどちらの問題かを示し、faultstring または Reason に説明があります。',
    ],
    [
      [
        'Read faultstring (or Reason/Text) and the detail element for the specifics.',
        '具体的な内容は、faultstring (または Reason/Text) と detail 要素で確認してください。',
      ],
      [
        'A Client/Sender fault needs a corrected request; a Server/Receiver fault may succeed on retry.',
        'Client/Sender フォールトは要求の修正が必要です。Server/Receiver フォールトは再試行で成功する可能性があります。',
      ],
    ],
    'https://www.w3.org/TR/soap12-part1/#soapfault',
  ),
};
