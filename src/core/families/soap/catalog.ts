import { defineEntries } from '../../catalog/define.ts';

const SOAP11 = 'https://www.w3.org/TR/2000/NOTE-SOAP-20000508/#_Toc478383510';
const SOAP12 = 'https://www.w3.org/TR/soap12-part1/#faultcodes';

/** Fault codes without their namespace prefix: the lookup strips `soap:`, `env:` and dotted subcodes. */
export const SOAP = defineEntries('soap', [
  {
    code: 'Client',
    status: 500,
    meaning: [
      'SOAP 1.1 Client fault: the message was malformed or lacked information; sending it unchanged will fail again.',
      'SOAP 1.1 の Client フォールトです。メッセージの形式が正しくないか、情報が不足しています。そのまま再送信しても再び失敗します。',
    ],
    steps: [
      [
        'Check the envelope, the SOAPAction header and the body against the WSDL.',
        'エンベロープ、SOAPAction ヘッダー、本文を WSDL と照合してください。',
      ],
      [
        'Read faultstring and detail for the specifics.',
        '具体的な内容は faultstring と detail で確認してください。',
      ],
    ],
    docs: SOAP11,
  },
  {
    code: 'Server',
    status: 500,
    meaning: [
      'SOAP 1.1 Server fault: the server failed to process the message for reasons not due to its contents; a retry may succeed.',
      'SOAP 1.1 の Server フォールトです。メッセージの内容以外の理由でサーバーが処理に失敗しました。再試行で成功する可能性があります。',
    ],
    steps: [
      ['Retry later.', '時間をおいて再試行してください。'],
      [
        "If it persists, report faultstring and detail to the service's owner.",
        '解決しない場合は、faultstring と detail をサービスの提供元に報告してください。',
      ],
    ],
    docs: SOAP11,
  },
  {
    code: 'Sender',
    status: 400,
    meaning: [
      'SOAP 1.2 Sender fault: the message was malformed or lacked information; sending it unchanged will fail again.',
      'SOAP 1.2 の Sender フォールトです。メッセージの形式が正しくないか、情報が不足しています。そのまま再送信しても再び失敗します。',
    ],
    steps: [
      [
        'Check the envelope and the body against the WSDL; the Subcode usually names the exact problem.',
        'エンベロープと本文を WSDL と照合してください。通常、Subcode に具体的な問題が示されます。',
      ],
      [
        'Read Reason/Text and Detail for the specifics.',
        '具体的な内容は Reason/Text と Detail で確認してください。',
      ],
    ],
    docs: SOAP12,
  },
  {
    code: 'Receiver',
    status: 500,
    meaning: [
      'SOAP 1.2 Receiver fault: the receiver failed to process the message for reasons not due to its contents; a retry may succeed.',
      'SOAP 1.2 の Receiver フォールトです。メッセージの内容以外の理由で受信側が処理に失敗しました。再試行で成功する可能性があります。',
    ],
    steps: [
      ['Retry later.', '時間をおいて再試行してください。'],
      [
        "If it persists, report Reason and Detail to the service's owner.",
        '解決しない場合は、Reason と Detail をサービスの提供元に報告してください。',
      ],
    ],
    docs: SOAP12,
  },
  {
    code: 'VersionMismatch',
    meaning: [
      'The envelope uses a SOAP namespace the receiver does not support (SOAP 1.1 vs 1.2).',
      'エンベロープが、受信側の対応していない SOAP の名前空間 (SOAP 1.1 と 1.2 の違い) を使っています。',
    ],
    steps: [
      [
        "Match the envelope namespace and the Content-Type to the service's SOAP version (text/xml for 1.1, application/soap+xml for 1.2).",
        'エンベロープの名前空間と Content-Type を、サービスの SOAP バージョンに合わせてください (1.1 は text/xml、1.2 は application/soap+xml)。',
      ],
    ],
    docs: SOAP12,
  },
  {
    code: 'MustUnderstand',
    meaning: [
      'The receiver did not understand a header block marked mustUnderstand.',
      'mustUnderstand が指定されたヘッダーブロックを、受信側が理解できませんでした。',
    ],
    steps: [
      [
        'Remove or correct the header block with mustUnderstand="1" (often a WS-Security or WS-Addressing setting).',
        'mustUnderstand="1" のヘッダーブロックを削除または修正してください (WS-Security や WS-Addressing の設定であることがよくあります)。',
      ],
    ],
    docs: SOAP12,
  },
  {
    code: 'DataEncodingUnknown',
    meaning: [
      'The receiver does not support the data encoding of the message.',
      '受信側は、メッセージのデータエンコーディングに対応していません。',
    ],
    steps: [
      [
        'Use the encoding style the WSDL declares (usually document/literal).',
        'WSDL で宣言されたエンコーディングスタイル (通常は document/literal) を使ってください。',
      ],
    ],
    docs: SOAP12,
  },
]);
