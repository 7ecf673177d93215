import { defineEntries } from '../../catalog/define.ts';

const EDGE_ERRORS =
  'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/';

/** API v4 codes (errors[].code) and the 1xxx codes of edge block pages. */
export const CLOUDFLARE = defineEntries('cloudflare', [
  {
    code: '10000',
    status: 403,
    meaning: [
      'Authentication error: the API token or key is missing, invalid, or lacks permission for this resource.',
      '認証エラーです。API トークンまたはキーがないか、無効か、このリソースに対するアクセス許可がありません。',
    ],
    steps: [
      [
        'Send the API token as Authorization: Bearer <token> (or X-Auth-Email plus X-Auth-Key for a global API key).',
        'API トークンを Authorization: Bearer <token> で送信してください (グローバル API キーの場合は X-Auth-Email と X-Auth-Key)。',
      ],
      [
        "Check the token's permissions and its zone and account resources in the dashboard (My Profile > API Tokens).",
        'ダッシュボード ([マイプロフィール] > [API トークン]) で、トークンのアクセス許可と対象のゾーン・アカウントを確認してください。',
      ],
    ],
    docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
  },
  {
    code: '9109',
    status: 403,
    meaning: [
      'The API token is invalid, or not authorised for the requested resource.',
      'API トークンが無効か、要求したリソースへのアクセスが許可されていません。',
    ],
    steps: [
      [
        'Check that the token is active and that its resources include the zone or account in the URL.',
        'トークンが有効で、対象リソースに URL のゾーンまたはアカウントが含まれているか確認してください。',
      ],
    ],
  },
  {
    code: '7003',
    meaning: [
      'Could not route the request: an identifier in the path (zone id, account id) is invalid.',
      '要求をルーティングできませんでした。パス内の識別子 (ゾーン ID、アカウント ID) が無効です。',
    ],
    steps: [
      [
        'Use the 32-character hex zone or account id in the path, not the domain name.',
        'パスにはドメイン名ではなく、32 文字の 16 進数のゾーン ID またはアカウント ID を使ってください。',
      ],
    ],
  },
  {
    code: '81057',
    meaning: ['The DNS record already exists.', 'その DNS レコードは既に存在します。'],
    steps: [
      [
        'Update the existing record instead, or delete it first.',
        '既存のレコードを更新するか、先に削除してください。',
      ],
    ],
  },
  {
    code: '1020',
    status: 403,
    meaning: [
      'Access denied: a firewall rule (WAF custom rule) of the site blocked the request.',
      'アクセスが拒否されました。サイトのファイアウォールルール (WAF のカスタムルール) が要求をブロックしました。',
    ],
    steps: [
      [
        "Quote the Ray ID from the page to the site's owner: they can find the matching rule in Security Events.",
        'ページに表示された Ray ID をサイトの管理者に伝えてください。管理者はセキュリティイベントで該当するルールを特定できます。',
      ],
      [
        'If you own the site, adjust the rule or add a skip rule for the legitimate traffic.',
        'サイトの管理者であれば、ルールを調整するか、正当なトラフィック向けのスキップルールを追加してください。',
      ],
    ],
    docs: `${EDGE_ERRORS}error-1020/`,
  },
  {
    code: '1015',
    status: 429,
    meaning: [
      'You are being rate limited: a rate limiting rule of the site was triggered.',
      'レート制限されています。サイトのレート制限ルールが発動しました。',
    ],
    steps: [
      [
        'Wait before retrying and slow down; the site owner can tune the rule (quote the Ray ID).',
        'しばらく待ってから、頻度を下げて再試行してください。ルールの調整はサイトの管理者が行えます (Ray ID を伝えてください)。',
      ],
    ],
    docs: `${EDGE_ERRORS}error-1015/`,
  },
  {
    code: '1010',
    status: 403,
    meaning: [
      "The site's owner banned access based on the client's browser signature.",
      'ブラウザーのシグネチャに基づいて、サイトの管理者がアクセスを禁止しました。',
    ],
    steps: [
      [
        'Use a standard browser: automated clients are blocked by the Browser Integrity Check; quote the Ray ID to the site owner.',
        '標準的なブラウザーを使ってください。自動化されたクライアントはブラウザー整合性チェックでブロックされます。サイトの管理者には Ray ID を伝えてください。',
      ],
    ],
    docs: `${EDGE_ERRORS}error-1010/`,
  },
]);
