import { defineEntries } from '../../catalog/define.ts';

/** Problem types are URIs chosen by each API; only the RFC's own default is universal. */
export const PROBLEM_DETAILS = defineEntries('problem-details', [
  {
    code: 'about:blank',
    meaning: [
      'The problem has no type of its own: the HTTP status carries all of its meaning.',
      '問題に固有の種類はありません。HTTP の状態コードがすべての意味を表します。',
    ],
    steps: [
      [
        'Read title and detail, and handle the error by its HTTP status.',
        'title と detail を確認し、HTTP の状態コードに従ってエラーに対処してください。',
      ],
    ],
    docs: 'https://www.rfc-editor.org/rfc/rfc9457#section-4.2.1',
  },
]);
