import { defineEntries } from '../../catalog/define.ts';

const TOKEN_ERRORS = 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2';
const AUTHORIZE_ERRORS = 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1';
const BEARER_ERRORS = 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1';

/** RFC 6749 token and authorization endpoint errors, and RFC 6750 bearer token errors. */
export const OAUTH2 = defineEntries('oauth2', [
  {
    code: 'invalid_request',
    status: 400,
    meaning: [
      'The request is missing a required parameter, repeats one, or is otherwise malformed.',
      '要求に必須パラメーターがないか、パラメーターが重複しているか、その他の点で形式が正しくありません。',
    ],
    steps: [
      [
        'Send grant_type and the parameters that grant needs, form-encoded (application/x-www-form-urlencoded), not as JSON.',
        'grant_type とそのグラントに必要なパラメーターを、JSON ではなくフォームエンコード (application/x-www-form-urlencoded) で送信してください。',
      ],
      [
        'Read error_description: it usually names the offending parameter.',
        'error_description を確認してください。通常、問題のパラメーターが示されています。',
      ],
    ],
    docs: TOKEN_ERRORS,
  },
  {
    code: 'invalid_client',
    status: 401,
    meaning: [
      'Client authentication failed: unknown client, wrong secret, or unsupported authentication method.',
      'クライアント認証に失敗しました。不明なクライアント、誤ったシークレット、またはサポートされていない認証方式です。',
    ],
    steps: [
      [
        "Check client_id and the secret's value, and that the secret has not expired.",
        'client_id とシークレットの値を確認し、シークレットの有効期限が切れていないか確認してください。',
      ],
      [
        'Send the credentials the way the server expects (HTTP Basic, or client_secret in the body).',
        'サーバーが期待する方法 (HTTP Basic、または本文の client_secret) で資格情報を送信してください。',
      ],
    ],
    docs: TOKEN_ERRORS,
  },
  {
    code: 'invalid_grant',
    status: 400,
    meaning: [
      'The authorization code, refresh token or credentials are invalid, expired, revoked, already used, or were issued to another client or redirect URI.',
      '認可コード、更新トークン、または資格情報が無効か、期限切れか、失効しているか、使用済みか、別のクライアントやリダイレクト URI 向けに発行されています。',
    ],
    steps: [
      [
        'Redeem each authorization code once and promptly, with the same redirect_uri (and PKCE code_verifier) as the authorization request.',
        '認可コードは取得後すぐに 1 回だけ使用し、認可要求と同じ redirect_uri (と PKCE の code_verifier) を送信してください。',
      ],
      [
        'If a refresh token was rejected, sign the user in again.',
        '更新トークンが拒否された場合は、ユーザーに再度サインインしてもらってください。',
      ],
    ],
    docs: TOKEN_ERRORS,
  },
  {
    code: 'unauthorized_client',
    status: 400,
    meaning: [
      'The client is not allowed to use this grant type.',
      'クライアントはこのグラントタイプの使用を許可されていません。',
    ],
    steps: [
      [
        'Enable the grant type for the client at the authorization server (client credentials, public client flows, ...).',
        '認可サーバーで、クライアントに対してこのグラントタイプ (クライアント資格情報、パブリッククライアントフローなど) を有効にしてください。',
      ],
    ],
    docs: TOKEN_ERRORS,
  },
  {
    code: 'unsupported_grant_type',
    status: 400,
    meaning: [
      'The authorization server does not support this grant_type.',
      '認可サーバーはこの grant_type に対応していません。',
    ],
    steps: [
      [
        'Check the spelling of grant_type (authorization_code, refresh_token, client_credentials) and that the body is form-encoded.',
        'grant_type の綴り (authorization_code、refresh_token、client_credentials) と、本文がフォームエンコードされているかを確認してください。',
      ],
    ],
    docs: TOKEN_ERRORS,
  },
  {
    code: 'invalid_scope',
    status: 400,
    meaning: [
      'The requested scope is invalid, unknown, malformed, or exceeds what was granted.',
      '要求したスコープが無効か、不明か、形式が正しくないか、許可された範囲を超えています。',
    ],
    steps: [
      [
        'Request only scopes the resource defines and the client may use, separated by spaces.',
        'リソースが定義し、クライアントが使用を許可されているスコープだけを、空白区切りで要求してください。',
      ],
    ],
    docs: TOKEN_ERRORS,
  },
  {
    code: 'invalid_token',
    status: 401,
    meaning: [
      'The access token is expired, revoked, malformed or not valid for this resource.',
      'アクセストークンが期限切れか、失効しているか、形式が正しくないか、このリソースには無効です。',
    ],
    steps: [
      ['Obtain a new access token and retry.', '新しいアクセストークンを取得して再試行してください。'],
      [
        "Check that the token's audience is this API.",
        'トークンの対象 (audience) がこの API になっているか確認してください。',
      ],
    ],
    docs: BEARER_ERRORS,
  },
  {
    code: 'insufficient_scope',
    status: 403,
    meaning: [
      'The token lacks the scope this resource requires; WWW-Authenticate may name it.',
      'このリソースに必要なスコープがトークンにありません。必要なスコープは WWW-Authenticate に示される場合があります。',
    ],
    steps: [
      [
        'Request a token with the scope named in WWW-Authenticate (scope="...") and retry; the user may have to consent again.',
        'WWW-Authenticate に示されたスコープ (scope="...") を付けてトークンを取得し直し、再試行してください。ユーザーの再同意が必要な場合があります。',
      ],
    ],
    docs: BEARER_ERRORS,
  },
  {
    code: 'access_denied',
    meaning: [
      'The resource owner or the authorization server denied the request (the user declined consent, for example).',
      'リソース所有者または認可サーバーが要求を拒否しました (ユーザーが同意を拒否した場合など)。',
    ],
    steps: [
      [
        'Let the user try again; if consent is blocked by policy, ask an administrator.',
        'ユーザーにもう一度試してもらってください。ポリシーで同意がブロックされている場合は管理者に依頼します。',
      ],
    ],
    docs: AUTHORIZE_ERRORS,
  },
  {
    code: 'unsupported_response_type',
    meaning: [
      'The authorization server does not support this response_type.',
      '認可サーバーはこの response_type に対応していません。',
    ],
    steps: [
      [
        'Use response_type=code (with PKCE) unless the server documents another one.',
        'サーバーが別の値を明記していない限り、response_type=code (PKCE 付き) を使ってください。',
      ],
    ],
    docs: AUTHORIZE_ERRORS,
  },
  {
    code: 'server_error',
    meaning: [
      'The authorization server hit an unexpected condition.',
      '認可サーバーで予期しない状態が発生しました。',
    ],
    steps: [['Retry later.', '時間をおいて再試行してください。']],
    docs: AUTHORIZE_ERRORS,
  },
  {
    code: 'temporarily_unavailable',
    meaning: [
      'The authorization server is temporarily overloaded or under maintenance.',
      '認可サーバーが一時的に過負荷か、メンテナンス中です。',
    ],
    steps: [['Retry after a delay.', '少し待ってから再試行してください。']],
    docs: AUTHORIZE_ERRORS,
  },
]);
