import { defineEntries, type EntrySpec, type Pair } from '../../catalog/define.ts';

/** Codes are stored as `AADSTS<number>`; the lookup also finds them by the bare number. */
function aadsts(number: number, meaning: Pair, steps: readonly Pair[]): EntrySpec {
  return {
    code: `AADSTS${number}`,
    meaning,
    steps,
    docs: `https://login.microsoftonline.com/error?code=${number}`,
  };
}

export const ENTRA = defineEntries('entra', [
  aadsts(
    50076,
    [
      'Multi-factor authentication is required (Conditional Access, or a sign-in from a new location); the user has to interact.',
      '多要素認証が必要です (条件付きアクセス、または新しい場所からのサインイン)。ユーザーによる操作が必要です。',
    ],
    [
      [
        'Run an interactive sign-in so that the user can complete MFA; silent and password (ROPC) flows cannot satisfy it.',
        'ユーザーが MFA を完了できるよう、対話型のサインインを行ってください。サイレントフローやパスワード (ROPC) フローでは満たせません。',
      ],
      [
        'In MSAL, catch the interaction-required error (MsalUiRequiredException, InteractionRequiredAuthError) and fall back to an interactive call.',
        'MSAL では対話が必要なことを示す例外 (MsalUiRequiredException、InteractionRequiredAuthError) を捕捉し、対話型の呼び出しに切り替えてください。',
      ],
    ],
  ),
  aadsts(
    50126,
    ['Invalid user name or password.', 'ユーザー名またはパスワードが正しくありません。'],
    [
      [
        'Check the user name (UPN) and the password; for a federated account the password is checked by the federation server.',
        'ユーザー名 (UPN) とパスワードを確認してください。フェデレーションされたアカウントでは、パスワードはフェデレーションサーバーで検証されます。',
      ],
      [
        'Avoid the password (ROPC) flow: use an interactive flow instead.',
        'パスワード (ROPC) フローは避け、対話型のフローを使ってください。',
      ],
    ],
  ),
  aadsts(
    700016,
    [
      "The application (client id) was not found in the tenant: wrong client id, wrong tenant, or the app isn't available there.",
      'アプリケーション (クライアント ID) がテナントに見つかりません。クライアント ID かテナントが誤っているか、アプリがそのテナントで利用できません。',
    ],
    [
      [
        "Check client_id against the app registration's Application (client) ID.",
        'client_id を、アプリ登録の「アプリケーション (クライアント) ID」と照合してください。',
      ],
      [
        'Sign in to the tenant where the app is registered, or make the app multi-tenant and have an administrator of the other tenant consent to it.',
        'アプリが登録されているテナントにサインインするか、アプリをマルチテナントにして、もう一方のテナントの管理者に同意してもらってください。',
      ],
    ],
  ),
  aadsts(
    9002313,
    [
      'Invalid request: the request is malformed, usually a missing or wrong parameter in the token request.',
      '無効な要求です。要求の形式が正しくありません。通常はトークン要求のパラメーターの不足または誤りが原因です。',
    ],
    [
      [
        'Check the token request: grant_type and the parameters it needs, a form-encoded body, no duplicated parameters.',
        'トークン要求を確認してください。grant_type とそれに必要なパラメーターがあるか、本文がフォームエンコードされているか、パラメーターが重複していないかを見ます。',
      ],
      [
        'For the authorization code flow, send the exact redirect_uri and code_verifier used in the authorize request.',
        '認可コードフローでは、認可要求で使ったものと同じ redirect_uri と code_verifier を送信してください。',
      ],
    ],
  ),
  aadsts(
    7000215,
    [
      "Invalid client secret: the value sent is not a valid secret of the app (often the secret's ID was sent instead of its value).",
      'クライアントシークレットが無効です。送信された値はアプリの有効なシークレットではありません (シークレットの値ではなく ID を送っていることがよくあります)。',
    ],
    [
      [
        "Send the secret's Value (shown only when it is created), not its Secret ID; create a new secret if the value is lost.",
        'シークレット ID ではなく、シークレットの「値」(作成時にのみ表示されます) を送信してください。値が分からない場合は新しいシークレットを作成します。',
      ],
      [
        'Check that the secret belongs to this app registration.',
        'シークレットがこのアプリ登録のものか確認してください。',
      ],
    ],
  ),
  aadsts(
    7000222,
    ['The client secret has expired.', 'クライアントシークレットの有効期限が切れています。'],
    [
      [
        "Create a new secret under Certificates & secrets, update the app's configuration, then delete the expired one.",
        '[証明書とシークレット] で新しいシークレットを作成し、アプリの構成を更新してから、期限切れのシークレットを削除してください。',
      ],
    ],
  ),
  aadsts(
    7000218,
    [
      'The request body must contain client_assertion or client_secret: a confidential client sent no credential.',
      '要求本文に client_assertion または client_secret が必要です。機密クライアントが資格情報を送信していません。',
    ],
    [
      [
        'Send client_secret or a certificate-based client_assertion, or enable "Allow public client flows" if the app is a public client.',
        'client_secret または証明書による client_assertion を送信してください。パブリッククライアントの場合は「パブリッククライアントフローを許可する」を有効にします。',
      ],
    ],
  ),
  aadsts(
    65001,
    [
      "Consent required: the user or an administrator has not consented to the app's permissions.",
      '同意が必要です。ユーザーまたは管理者が、アプリのアクセス許可に同意していません。',
    ],
    [
      [
        'Have the user sign in interactively and consent, or have an administrator grant tenant-wide consent.',
        'ユーザーに対話型でサインインして同意してもらうか、管理者にテナント全体への同意を付与してもらってください。',
      ],
      [
        'Check that the requested scopes are the ones configured on the app registration.',
        '要求したスコープが、アプリ登録で構成されたものと一致しているか確認してください。',
      ],
    ],
  ),
  aadsts(
    50020,
    [
      "The user's account does not exist in this tenant: a guest not yet invited, a personal Microsoft account on a work-only app, or the wrong tenant endpoint.",
      'ユーザーのアカウントがこのテナントに存在しません。未招待のゲスト、職場アカウント専用のアプリでの個人用 Microsoft アカウント、またはテナントのエンドポイントの誤りが考えられます。',
    ],
    [
      [
        'Use the tenant-specific or /organizations endpoint that matches the account types the app supports.',
        'アプリがサポートするアカウントの種類に合った、テナント固有のエンドポイントまたは /organizations を使ってください。',
      ],
      [
        "Invite the user as a guest in the resource tenant, or change the app's supported account types.",
        'リソース側のテナントにユーザーをゲストとして招待するか、アプリがサポートするアカウントの種類を変更してください。',
      ],
    ],
  ),
  aadsts(
    90002,
    [
      'The tenant was not found: the tenant id or domain in the URL is wrong, or the tenant has no active subscription.',
      'テナントが見つかりません。URL のテナント ID またはドメインが誤っているか、テナントに有効なサブスクリプションがありません。',
    ],
    [
      [
        'Check the tenant id or domain in the authority URL (login.microsoftonline.com/<tenant>).',
        '機関 URL (login.microsoftonline.com/<テナント>) のテナント ID またはドメインを確認してください。',
      ],
    ],
  ),
  aadsts(
    50034,
    ['The user account does not exist in the directory.', 'ユーザーアカウントがディレクトリに存在しません。'],
    [
      [
        'Check the user name; the user may have to be created or invited first.',
        'ユーザー名を確認してください。先にユーザーを作成するか招待する必要がある場合があります。',
      ],
    ],
  ),
  aadsts(
    50053,
    [
      'The account is locked after too many failed sign-ins, or the sign-in was blocked as suspicious.',
      'サインインの失敗が多すぎたためアカウントがロックされたか、不審なサインインとしてブロックされました。',
    ],
    [
      [
        'Wait for the lockout to end, then sign in with the correct password; reset the password if it may be compromised.',
        'ロックアウトが解除されるのを待ってから、正しいパスワードでサインインしてください。漏えいの可能性がある場合はパスワードをリセットします。',
      ],
    ],
  ),
  aadsts(
    50055,
    ['The password has expired.', 'パスワードの有効期限が切れています。'],
    [
      [
        'Have the user change the password, then retry.',
        'ユーザーにパスワードを変更してもらってから再試行してください。',
      ],
    ],
  ),
  aadsts(
    50057,
    ['The user account is disabled.', 'ユーザーアカウントが無効になっています。'],
    [
      [
        'Ask an administrator to enable the account again.',
        '管理者にアカウントを再度有効にするよう依頼してください。',
      ],
    ],
  ),
  aadsts(
    50058,
    [
      'Silent sign-in failed: there is no usable session (the user is not signed in, or third-party cookies are blocked).',
      'サイレントサインインに失敗しました。使用できるセッションがありません (ユーザーがサインインしていない、またはサードパーティ Cookie がブロックされています)。',
    ],
    [
      ['Fall back to an interactive sign-in.', '対話型のサインインに切り替えてください。'],
      [
        'In browsers that block third-party cookies, avoid iframe-based silent renewal and rely on refresh tokens (MSAL.js 2 or later).',
        'サードパーティ Cookie をブロックするブラウザーでは、iframe によるサイレント更新を避け、更新トークンを使ってください (MSAL.js 2 以降)。',
      ],
    ],
  ),
  aadsts(
    50079,
    ['The user must register for multi-factor authentication.', 'ユーザーは多要素認証の登録が必要です。'],
    [
      [
        'Have the user sign in interactively and complete the MFA registration.',
        'ユーザーに対話型でサインインしてもらい、MFA の登録を完了させてください。',
      ],
    ],
  ),
  aadsts(
    50105,
    [
      'The user is not assigned to the application, which requires assignment.',
      'アプリケーションではユーザーの割り当てが必須ですが、ユーザーが割り当てられていません。',
    ],
    [
      [
        'Assign the user, or a group that contains them, to the application under Enterprise applications > Users and groups.',
        '[エンタープライズアプリケーション] > [ユーザーとグループ] で、ユーザーまたはユーザーを含むグループをアプリケーションに割り当ててください。',
      ],
    ],
  ),
  aadsts(
    50011,
    [
      'The redirect URI in the request does not match any redirect URI registered for the app.',
      '要求のリダイレクト URI が、アプリに登録されたどのリダイレクト URI とも一致しません。',
    ],
    [
      [
        'Register the exact redirect URI (scheme, host, port, path, trailing slash) under Authentication in the app registration, or send one that is registered.',
        'アプリ登録の [認証] で、完全に同じリダイレクト URI (スキーム、ホスト、ポート、パス、末尾のスラッシュ) を登録するか、登録済みの URI を送信してください。',
      ],
    ],
  ),
  aadsts(
    53003,
    [
      'A Conditional Access policy blocked the access.',
      '条件付きアクセスポリシーによってアクセスがブロックされました。',
    ],
    [
      [
        'Find the sign-in in the sign-in logs (by correlation id) to see which policy blocked it, then meet its requirements (compliant device, location, app).',
        'サインインログで相関 ID からサインインを探してブロックしたポリシーを確認し、その要件 (準拠デバイス、場所、アプリ) を満たしてください。',
      ],
    ],
  ),
  aadsts(
    70008,
    [
      'The authorization code or refresh token has expired or been revoked.',
      '認可コードまたは更新トークンの有効期限が切れているか、失効しています。',
    ],
    [
      [
        'Sign the user in again for a new code or refresh token, and redeem authorization codes immediately.',
        'ユーザーに再度サインインしてもらい、新しいコードまたは更新トークンを取得してください。認可コードは取得後すぐに使用します。',
      ],
    ],
  ),
  aadsts(
    700082,
    [
      'The refresh token expired because it was not used for too long.',
      '長期間使用されなかったため、更新トークンの有効期限が切れました。',
    ],
    [
      [
        'Sign the user in interactively to obtain a new refresh token.',
        'ユーザーに対話型でサインインしてもらい、新しい更新トークンを取得してください。',
      ],
    ],
  ),
  aadsts(
    50173,
    [
      'The grant expired because of a password change or reset, or it was revoked.',
      'パスワードの変更やリセット、または失効により、許可の有効期限が切れました。',
    ],
    [['Sign the user in again.', 'ユーザーに再度サインインしてもらってください。']],
  ),
  aadsts(
    70011,
    ['A requested scope is invalid.', '要求されたスコープが無効です。'],
    [
      [
        'Request scopes as <resource>/<permission> or <resource>/.default; the client credentials flow accepts only <resource>/.default.',
        'スコープは <リソース>/<アクセス許可> または <リソース>/.default の形式で要求してください。クライアント資格情報フローでは <リソース>/.default のみ使えます。',
      ],
    ],
  ),
  aadsts(
    500011,
    [
      'The resource (API) named in the request was not found in the tenant.',
      '要求で指定されたリソース (API) がテナントに見つかりません。',
    ],
    [
      [
        "Check the resource or scope URI (api://<app-id>/.default, for example) and that the API's service principal exists in the tenant; an administrator may have to consent to it.",
        'リソースまたはスコープの URI (api://<アプリ ID>/.default など) と、API のサービスプリンシパルがテナントに存在するかを確認してください。管理者による同意が必要な場合があります。',
      ],
    ],
  ),
  aadsts(
    700024,
    ['The client assertion is outside its valid time range.', 'クライアントアサーションが有効期間外です。'],
    [
      [
        "Check the client's clock and the nbf/exp claims of the assertion, and create a fresh assertion for each request.",
        'クライアントの時刻とアサーションの nbf/exp クレームを確認し、要求ごとに新しいアサーションを作成してください。',
      ],
    ],
  ),
  aadsts(
    900144,
    [
      'The request body is missing a required parameter; the message names it.',
      '要求本文に必須パラメーターがありません。パラメーター名はメッセージに示されます。',
    ],
    [
      [
        'Add the parameter named in the message to the form-encoded body; names are lower-case with underscores (client_id, grant_type).',
        'メッセージに示されたパラメーターを、フォームエンコードされた本文に追加してください。パラメーター名は小文字とアンダースコアです (client_id、grant_type)。',
      ],
    ],
  ),
]);
