import { defineEntries } from '../../catalog/define.ts';

/** Apollo Server's codes (v4+, with v3's UNAUTHENTICATED/FORBIDDEN) and Shopify's THROTTLED. */
export const GRAPHQL = defineEntries(
  'graphql',
  [
    {
      code: 'GRAPHQL_PARSE_FAILED',
      status: 400,
      meaning: [
        'The operation is not syntactically valid GraphQL.',
        '操作が GraphQL の構文として正しくありません。',
      ],
      steps: [
        [
          'Check the query at the line and column given in locations: unbalanced braces, unterminated strings, stray characters.',
          'locations に示された行と列のクエリを確認してください。括弧の対応、閉じられていない文字列、余分な文字などを見ます。',
        ],
        [
          'Check that the body sends the query text as a string: {"query": "..."}.',
          '本文でクエリのテキストが文字列として送られているか確認してください: {"query": "..."}',
        ],
      ],
    },
    {
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
      meaning: [
        "The operation does not validate against the server's schema (unknown field, wrong argument type, ...).",
        '操作がサーバーのスキーマに対する検証に失敗しました (存在しないフィールド、引数の型の誤りなど)。',
      ],
      steps: [
        [
          'Check the field and argument names in the message against the current schema.',
          'メッセージに示されたフィールド名と引数名を、現在のスキーマと照合してください。',
        ],
        [
          'Regenerate client types and operations if the schema has changed.',
          'スキーマが変更された場合は、クライアントの型と操作を生成し直してください。',
        ],
      ],
    },
    {
      code: 'BAD_USER_INPUT',
      meaning: ['An argument or variable value is invalid.', '引数または変数の値が無効です。'],
      steps: [
        [
          'Fix the variable or argument named in the message, and check its type against the schema (ID or Int, enum values, non-null).',
          'メッセージに示された変数または引数を修正し、その型をスキーマと照合してください (ID か Int か、列挙値、null 非許容など)。',
        ],
      ],
    },
    {
      code: 'UNAUTHENTICATED',
      meaning: [
        'The server could not authenticate the caller.',
        'サーバーは呼び出し元を認証できませんでした。',
      ],
      steps: [
        [
          'Send valid credentials (usually Authorization: Bearer <token>) and refresh an expired token.',
          '有効な資格情報 (通常は Authorization: Bearer <token>) を送信し、期限切れのトークンは更新してください。',
        ],
      ],
    },
    {
      code: 'FORBIDDEN',
      meaning: [
        'The caller is authenticated but may not access the requested field or operation.',
        '呼び出し元は認証されていますが、要求したフィールドまたは操作へのアクセスは許可されていません。',
      ],
      steps: [
        [
          "Check the caller's roles or permissions for the field named in path.",
          'path に示されたフィールドに対する、呼び出し元のロールまたはアクセス許可を確認してください。',
        ],
      ],
    },
    {
      code: 'INTERNAL_SERVER_ERROR',
      meaning: [
        'A resolver failed unexpectedly on the server.',
        'サーバーでリゾルバーが予期せず失敗しました。',
      ],
      steps: [
        [
          "Check the server's logs for the path in the error: the client cannot fix it.",
          'エラーの path をもとにサーバーのログを確認してください。クライアント側では解決できません。',
        ],
        [
          'Retry if the failure looks transient, and quote the request id to the API owner.',
          '一時的な障害と思われる場合は再試行し、API の提供元には要求 ID を伝えてください。',
        ],
      ],
    },
    {
      code: 'PERSISTED_QUERY_NOT_FOUND',
      meaning: [
        'The server does not know the hash of this automatic persisted query (APQ) yet.',
        'サーバーは、この自動永続化クエリ (APQ) のハッシュをまだ認識していません。',
      ],
      steps: [
        [
          'Nothing to fix in the query: the client should resend it with the full query text, which registers the hash; check that the APQ link does this.',
          'クエリ自体の修正は不要です。クライアントはクエリの全文を付けて再送信し、ハッシュを登録する必要があります。APQ のリンクがそうしているか確認してください。',
        ],
      ],
      docs: 'https://www.apollographql.com/docs/apollo-server/performance/apq',
    },
    {
      code: 'PERSISTED_QUERY_NOT_SUPPORTED',
      meaning: [
        'The server does not support automatic persisted queries.',
        'サーバーは自動永続化クエリに対応していません。',
      ],
      steps: [
        [
          'Disable APQ in the client, or enable it on the server.',
          'クライアントで APQ を無効にするか、サーバーで有効にしてください。',
        ],
      ],
      docs: 'https://www.apollographql.com/docs/apollo-server/performance/apq',
    },
    {
      code: 'OPERATION_RESOLUTION_FAILURE',
      meaning: [
        'The server could not tell which operation to run (operationName missing or not in the document).',
        'サーバーは実行する操作を特定できませんでした (operationName がないか、ドキュメントに含まれていません)。',
      ],
      steps: [
        [
          'When the document holds several operations, send an operationName that matches one of them.',
          'ドキュメントに複数の操作が含まれる場合は、そのいずれかに一致する operationName を送信してください。',
        ],
      ],
    },
    {
      code: 'BAD_REQUEST',
      status: 400,
      meaning: [
        'The HTTP request itself is invalid (bad JSON, missing query, wrong method or content type).',
        'HTTP 要求自体が無効です (JSON の誤り、クエリの欠落、メソッドやコンテンツタイプの誤りなど)。',
      ],
      steps: [
        [
          'Send POST with Content-Type: application/json and a body {"query": ..., "variables": {...}}.',
          'Content-Type: application/json を付けた POST で、{"query": ..., "variables": {...}} の本文を送信してください。',
        ],
        [
          "Apollo's CSRF prevention rejects simple requests: send Content-Type: application/json or an Apollo-Require-Preflight header.",
          'Apollo の CSRF 対策は単純な要求を拒否します。Content-Type: application/json か Apollo-Require-Preflight ヘッダーを送信してください。',
        ],
      ],
    },
    {
      code: 'THROTTLED',
      meaning: [
        'Shopify throttled the query: the cost budget is used up (see extensions.cost).',
        'Shopify がクエリをスロットリングしました。コストの予算を使い切っています (extensions.cost を参照)。',
      ],
      steps: [
        [
          'Wait until throttleStatus.currentlyAvailable covers the requested query cost (it refills at restoreRate per second), then retry.',
          'throttleStatus.currentlyAvailable が要求したクエリのコストを上回るまで待ってから再試行してください (毎秒 restoreRate ずつ回復します)。',
        ],
        [
          'Lower the query cost: request fewer fields and smaller pages.',
          'クエリのコストを下げてください。取得するフィールドを減らし、ページサイズを小さくします。',
        ],
      ],
      docs: 'https://shopify.dev/docs/api/usage/limits',
    },
  ],
  'https://www.apollographql.com/docs/apollo-server/data/errors',
);
