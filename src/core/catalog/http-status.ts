import { defineEntries, defineNote } from './define.ts';
import { CLIENT_ERRORS } from './http-status-4xx.ts';
import { SERVER_ERRORS } from './http-status-5xx.ts';
import type { Note } from './types.ts';

/** Every 4xx/5xx status named in FORMATS.md §23 (RFC 9110, 6585, 4918, 8470, 7725, and Graph's 509). */ /** Every 4xx/5xx status named in FORMATS.md §23 (RFC 9110, 6585, 4918, 8470, 7725, and Graph's 509). */
export const HTTP_STATUS = defineEntries('generic-http', [...CLIENT_ERRORS, ...SERVER_ERRORS]);

export type StatusClass = '2xx' | '4xx' | '5xx' | 'other';

/** For statuses without an entry of their own, and for errors an API reports under a success status. */
export const STATUS_CLASSES: Readonly<Record<StatusClass, Note>> = {
  '2xx': defineNote(
    [
      'The API reported an error inside a response whose HTTP status says success, so the status alone cannot be trusted here.',
      'HTTP の状態コードは成功を示していますが、API は応答の中でエラーを報告しています。この場合、状態コードだけでは判断できません。',
    ],
    [
      [
        'Read the error in the response body: its code and message explain the failure.',
        '応答本文のエラーを確認してください。コードとメッセージが失敗の理由を示しています。',
      ],
      [
        "Make the client check the body's error fields (ok, success, errors) as well as the status.",
        'クライアントで、状態コードに加えて本文のエラー項目 (ok、success、errors など) も確認するようにしてください。',
      ],
    ],
  ),
  '4xx': defineNote(
    [
      'Client error (4xx): the server rejected the request, which must change before it can succeed.',
      'クライアントエラー (4xx): サーバーは要求を拒否しました。要求を修正しない限り成功しません。',
    ],
    [
      [
        'Read the response body and headers for the reason.',
        '応答の本文とヘッダーで理由を確認してください。',
      ],
      [
        "Check the URL, method, headers, credentials and body against the API's documentation.",
        'URL、メソッド、ヘッダー、資格情報、本文を API ドキュメントと照合してください。',
      ],
    ],
  ),
  '5xx': defineNote(
    [
      'Server error (5xx): the server, or a gateway in front of it, failed; the request itself may be fine.',
      'サーバーエラー (5xx): サーバーまたはその前段のゲートウェイで障害が発生しました。要求自体には問題がない可能性があります。',
    ],
    [
      ['Retry with exponential backoff.', '指数バックオフで再試行してください。'],
      [
        "If it persists, report it to the API's owner with the request id and the time of the request.",
        '解決しない場合は、要求 ID と要求の日時を添えて API の提供元に報告してください。',
      ],
    ],
  ),
  other: defineNote(
    [
      'The response carries an API error; its HTTP status adds nothing further.',
      '応答には API のエラーが含まれています。HTTP の状態コードからはそれ以上の情報は得られません。',
    ],
    [
      [
        'Read the error code and message in the response body.',
        '応答本文のエラーコードとメッセージを確認してください。',
      ],
    ],
  ),
};
