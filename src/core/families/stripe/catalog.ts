import { defineEntries, type EntrySpec } from '../../catalog/define.ts';

const ERRORS = 'https://docs.stripe.com/api/errors';

/** Stripe's own doc_url points at the code's page; the slug is the code with dashes. */
function code(spec: EntrySpec): EntrySpec {
  return { ...spec, docs: `https://docs.stripe.com/error-codes/${spec.code.replaceAll('_', '-')}` };
}

/** Error types (the `type` member) and the most frequent error codes (the `code` member). */
export const STRIPE = defineEntries(
  'stripe',
  [
    {
      code: 'api_error',
      meaning: ["A problem on Stripe's side (rare).", 'Stripe 側で問題が発生しました (まれです)。'],
      steps: [
        [
          'Retry with an Idempotency-Key, so that a retry cannot be applied twice.',
          '再試行が二重に適用されないよう、Idempotency-Key を付けて再試行してください。',
        ],
        [
          'If it persists, contact Stripe support with the Request-Id.',
          '解決しない場合は、Request-Id を添えて Stripe サポートに問い合わせてください。',
        ],
      ],
    },
    {
      code: 'card_error',
      status: 402,
      meaning: [
        'The card cannot be charged; code, decline_code and message explain why, and the message is safe to show to the customer.',
        'カードに請求できません。理由は code、decline_code、message に示され、message はそのまま顧客に表示できます。',
      ],
      steps: [
        [
          'Show the message to the customer and ask for another payment method.',
          'message を顧客に表示し、別の支払い方法を依頼してください。',
        ],
        [
          'Use decline_code and advice_code to decide whether a retry can succeed.',
          'decline_code と advice_code から、再試行で成功する見込みがあるか判断してください。',
        ],
      ],
    },
    {
      code: 'idempotency_error',
      meaning: [
        'An Idempotency-Key was reused with different parameters or on a different endpoint.',
        '同じ Idempotency-Key が、異なるパラメーターまたは別のエンドポイントで再利用されました。',
      ],
      steps: [
        [
          'Generate a fresh key for each distinct request; reuse a key only to retry the identical request.',
          '異なる要求ごとに新しいキーを生成してください。キーを再利用するのは、まったく同じ要求を再試行するときだけです。',
        ],
      ],
    },
    {
      code: 'invalid_request_error',
      meaning: [
        'The request has invalid parameters; param names the offending one.',
        '要求のパラメーターが無効です。問題のパラメーターは param に示されます。',
      ],
      steps: [
        ['Fix the parameter named in param.', 'param に示されたパラメーターを修正してください。'],
        [
          'Check that the objects belong to the same account and mode (test or live) as the API key.',
          'オブジェクトが API キーと同じアカウント、同じモード (テストまたは本番) のものか確認してください。',
        ],
      ],
    },
    code({
      code: 'card_declined',
      status: 402,
      meaning: [
        "The card was declined; decline_code gives the issuer's reason (insufficient_funds, do_not_honor, ...).",
        'カードが拒否されました。カード発行会社の理由は decline_code に示されます (insufficient_funds、do_not_honor など)。',
      ],
      steps: [
        [
          'Ask the customer for another card, or to contact their bank.',
          '顧客に別のカードを使うか、カード発行会社に問い合わせるよう依頼してください。',
        ],
        [
          "Don't retry the same card repeatedly: issuers flag repeated attempts.",
          '同じカードで何度も再試行しないでください。繰り返しの試行はカード発行会社に不審な取引とみなされます。',
        ],
      ],
    }),
    code({
      code: 'rate_limit',
      status: 429,
      meaning: ['Too many requests hit the API too quickly.', '短時間に API への要求が多すぎます。'],
      steps: [
        ['Retry with exponential backoff and jitter.', 'ジッター付きの指数バックオフで再試行してください。'],
        [
          'Lower concurrency, avoid bursts, and cache objects you read often.',
          '同時実行数を下げてバーストを避け、頻繁に読み取るオブジェクトはキャッシュしてください。',
        ],
      ],
    }),
    code({
      code: 'resource_missing',
      status: 404,
      meaning: [
        'The id does not exist, or belongs to another account or mode (test or live).',
        'ID が存在しないか、別のアカウントまたはモード (テストまたは本番) に属しています。',
      ],
      steps: [
        [
          'Check the id and the API key: test and live keys see different objects, and connected accounts need the Stripe-Account header.',
          'ID と API キーを確認してください。テスト用と本番用のキーでは見えるオブジェクトが異なり、連結アカウントには Stripe-Account ヘッダーが必要です。',
        ],
      ],
    }),
    code({
      code: 'parameter_missing',
      status: 400,
      meaning: [
        'A required parameter is missing; param names it.',
        '必須パラメーターがありません。param に示されます。',
      ],
      steps: [['Add the parameter named in param.', 'param に示されたパラメーターを追加してください。']],
    }),
    code({
      code: 'parameter_unknown',
      status: 400,
      meaning: [
        'The request contains a parameter Stripe does not recognise (a typo, or a parameter of another API version).',
        'Stripe が認識しないパラメーターが要求に含まれています (綴りの誤り、または別の API バージョンのパラメーター)。',
      ],
      steps: [
        [
          'Check the spelling of param, including nested keys such as metadata[key], and the API version.',
          'metadata[key] のような入れ子のキーも含めて param の綴りを確認し、API バージョンも確認してください。',
        ],
      ],
    }),
    code({
      code: 'expired_card',
      status: 402,
      meaning: ['The card has expired.', 'カードの有効期限が切れています。'],
      steps: [
        [
          'Ask the customer for another card or an updated expiry date.',
          '顧客に別のカード、または更新された有効期限を依頼してください。',
        ],
      ],
    }),
    code({
      code: 'incorrect_cvc',
      status: 402,
      meaning: [
        "The card's security code (CVC) is incorrect.",
        'カードのセキュリティコード (CVC) が正しくありません。',
      ],
      steps: [['Ask the customer to re-enter the CVC.', '顧客に CVC を入力し直すよう依頼してください。']],
    }),
    code({
      code: 'processing_error',
      status: 402,
      meaning: ['An error occurred while processing the card.', 'カードの処理中にエラーが発生しました。'],
      steps: [
        [
          'Retry the charge once; if it fails again, try later or use another card.',
          '請求を 1 回だけ再試行し、再び失敗した場合は時間をおくか別のカードを使ってください。',
        ],
      ],
    }),
    code({
      code: 'authentication_required',
      status: 402,
      meaning: [
        'The card requires customer authentication (3D Secure).',
        'カードで顧客の認証 (3D セキュア) が必要です。',
      ],
      steps: [
        [
          'Confirm the PaymentIntent on the client so that the customer can complete authentication (handleNextAction).',
          '顧客が認証を完了できるよう、クライアント側で PaymentIntent を確定してください (handleNextAction)。',
        ],
      ],
    }),
    code({
      code: 'idempotency_key_in_use',
      status: 409,
      meaning: [
        'Another request with the same Idempotency-Key is still being processed.',
        '同じ Idempotency-Key を持つ別の要求がまだ処理中です。',
      ],
      steps: [
        [
          'Wait, then retry the same request with the same key.',
          '少し待ってから、同じキーで同じ要求を再試行してください。',
        ],
      ],
    }),
    code({
      code: 'api_key_expired',
      status: 401,
      meaning: ['The API key has expired.', 'API キーの有効期限が切れています。'],
      steps: [
        [
          'Use a current key from the Dashboard (Developers > API keys).',
          'ダッシュボード ([開発者] > [API キー]) で現在有効なキーを使ってください。',
        ],
      ],
    }),
  ],
  ERRORS,
);
