import { defineEntries, type EntrySpec, type Pair } from '../../catalog/define.ts';

function twilio(code: number, status: number, meaning: Pair, steps: readonly Pair[]): EntrySpec {
  return {
    code: String(code),
    status,
    meaning,
    steps,
    docs: `https://www.twilio.com/docs/api/errors/${code}`,
  };
}

export const TWILIO = defineEntries('twilio', [
  twilio(
    20003,
    401,
    [
      "Authentication failed: the Account SID and Auth Token (or API key and secret) don't match.",
      '認証に失敗しました。Account SID と Auth Token (または API キーとシークレット) が一致しません。',
    ],
    [
      [
        'Check the Account SID and Auth Token in the Twilio Console; test credentials differ from live ones.',
        'Twilio コンソールで Account SID と Auth Token を確認してください。テスト用の資格情報は本番用とは異なります。',
      ],
      [
        'With an API key, authenticate with the key SID and its secret, and keep the Account SID in the URL.',
        'API キーを使う場合は、キーの SID とシークレットで認証し、URL には Account SID を指定してください。',
      ],
    ],
  ),
  twilio(
    20404,
    404,
    [
      'The requested resource was not found: a wrong SID, or a resource of another account or subaccount.',
      '要求されたリソースが見つかりません。SID が誤っているか、別のアカウントまたはサブアカウントのリソースです。',
    ],
    [
      [
        'Check the SID in the URL and that it belongs to the account named in the URL.',
        'URL の SID と、それが URL で指定したアカウントに属しているかを確認してください。',
      ],
    ],
  ),
  twilio(
    21211,
    400,
    ["The 'To' phone number is not valid.", "'To' の電話番号が有効ではありません。"],
    [
      [
        'Send the number in E.164 format: + and the country code, no spaces or punctuation (+14155550100).',
        '番号は E.164 形式で送信してください。+ と国番号を付け、空白や記号は入れません (+14155550100)。',
      ],
    ],
  ),
  twilio(
    20429,
    429,
    ['Too many requests.', '要求が多すぎます。'],
    [
      [
        'Retry with exponential backoff, and lower the concurrency.',
        '指数バックオフで再試行し、同時実行数を下げてください。',
      ],
    ],
  ),
  twilio(
    21608,
    400,
    [
      'A trial account can only send to verified phone numbers.',
      'トライアルアカウントは、検証済みの電話番号にしか送信できません。',
    ],
    [
      [
        'Verify the recipient number in the Console, or upgrade the account.',
        'コンソールで送信先の番号を検証するか、アカウントをアップグレードしてください。',
      ],
    ],
  ),
  twilio(
    21610,
    400,
    ['The recipient has unsubscribed (replied STOP).', '受信者が配信停止しています (STOP と返信済み)。'],
    [
      [
        'Do not send to this number; the recipient can opt in again by replying START.',
        'この番号には送信しないでください。受信者は START と返信すれば再度受信できるようになります。',
      ],
    ],
  ),
  twilio(
    21614,
    400,
    [
      "The 'To' number is not a valid mobile number and cannot receive SMS.",
      "'To' の番号は有効な携帯電話番号ではないため、SMS を受信できません。",
    ],
    [
      [
        'Send SMS only to mobile numbers; reach landlines by voice.',
        'SMS は携帯電話番号にのみ送信し、固定電話には音声通話を使ってください。',
      ],
    ],
  ),
]);
