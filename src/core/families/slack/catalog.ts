import { defineEntries } from '../../catalog/define.ts';

export const SLACK = defineEntries('slack', [
  {
    code: 'invalid_auth',
    meaning: [
      'The token is invalid: revoked, from another workspace, or malformed.',
      'トークンが無効です。失効している、別のワークスペースのものである、または形式が正しくありません。',
    ],
    steps: [
      [
        'Check the token (xoxb- for bots, xoxp- for users) and that the app is still installed in the workspace.',
        'トークン (ボットは xoxb-、ユーザーは xoxp-) と、アプリがワークスペースにまだインストールされているかを確認してください。',
      ],
      [
        'Reinstall the app to obtain a new token if the old one was revoked.',
        '以前のトークンが失効している場合は、アプリを再インストールして新しいトークンを取得してください。',
      ],
    ],
  },
  {
    code: 'not_authed',
    meaning: ['No token was sent.', 'トークンが送信されていません。'],
    steps: [
      [
        'Send the token as Authorization: Bearer <token> (or as the token argument of a form post).',
        'トークンを Authorization: Bearer <token> (フォーム送信では token 引数) で送信してください。',
      ],
    ],
  },
  {
    code: 'channel_not_found',
    meaning: [
      'The channel id is wrong, or the token cannot see the channel (a private channel the app is not a member of).',
      'チャンネル ID が誤っているか、トークンからチャンネルを参照できません (アプリがメンバーでないプライベートチャンネルなど)。',
    ],
    steps: [
      [
        'Send the channel id (C..., G..., D...), not its name.',
        'チャンネル名ではなく、チャンネル ID (C...、G...、D...) を送信してください。',
      ],
      [
        'Invite the app to private channels (/invite @app).',
        'プライベートチャンネルにはアプリを招待してください (/invite @アプリ名)。',
      ],
    ],
  },
  {
    code: 'invalid_arguments',
    meaning: [
      'One or more arguments are invalid; response_metadata.messages says which.',
      '1 つ以上の引数が無効です。対象は response_metadata.messages に示されます。',
    ],
    steps: [
      [
        'Read response_metadata.messages and fix the arguments it names.',
        'response_metadata.messages を確認し、示された引数を修正してください。',
      ],
    ],
  },
  {
    code: 'ratelimited',
    status: 429,
    meaning: ["The method's rate limit tier was exceeded.", 'メソッドのレート制限 (ティア) を超えました。'],
    steps: [
      [
        'Wait the number of seconds in Retry-After, then retry.',
        'Retry-After に示された秒数だけ待ってから再試行してください。',
      ],
      [
        'Spread calls out: each method has its own tier.',
        '呼び出しを分散させてください。レート制限のティアはメソッドごとに異なります。',
      ],
    ],
    docs: 'https://api.slack.com/apis/rate-limits',
  },
  {
    code: 'missing_scope',
    meaning: [
      'The token lacks a scope the method needs; needed and provided list the scopes.',
      'メソッドに必要なスコープがトークンにありません。needed と provided にスコープが示されます。',
    ],
    steps: [
      [
        "Add the scope in needed to the app's configuration, then reinstall the app.",
        'needed に示されたスコープをアプリの設定に追加し、アプリを再インストールしてください。',
      ],
    ],
    docs: 'https://api.slack.com/scopes',
  },
  {
    code: 'not_in_channel',
    meaning: ['The app is not a member of the channel.', 'アプリがチャンネルのメンバーではありません。'],
    steps: [
      [
        'Invite the app to the channel, or call conversations.join for a public channel.',
        'アプリをチャンネルに招待するか、パブリックチャンネルでは conversations.join を呼び出してください。',
      ],
    ],
  },
  {
    code: 'token_revoked',
    meaning: ['The token has been revoked.', 'トークンは失効しています。'],
    steps: [
      [
        'Reinstall or re-authorise the app to obtain a new token.',
        'アプリを再インストールまたは再認可して、新しいトークンを取得してください。',
      ],
    ],
  },
  {
    code: 'account_inactive',
    meaning: [
      'The token belongs to a deactivated user or an uninstalled app.',
      'トークンが、無効化されたユーザーまたはアンインストールされたアプリのものです。',
    ],
    steps: [
      [
        'Reinstall the app, or use the token of an active user.',
        'アプリを再インストールするか、有効なユーザーのトークンを使ってください。',
      ],
    ],
  },
  {
    code: 'is_archived',
    meaning: ['The channel has been archived.', 'チャンネルはアーカイブされています。'],
    steps: [
      [
        'Unarchive the channel, or post to another one.',
        'チャンネルのアーカイブを解除するか、別のチャンネルに投稿してください。',
      ],
    ],
  },
]);
