import type { Lang } from '../core/catalog/types.ts';
import type { Hint, RequestLocation } from '../model/hint.ts';

const LOCATIONS: Record<Lang, Record<RequestLocation, string>> = {
  en: { path: 'path', query: 'query string', body: 'body' },
  ja: { path: 'パス', query: 'クエリ文字列', body: '本文' },
};

/** One sentence per hint; `quote` marks up values taken from the exchange the way the format shows them. */
export function describeHint(hint: Hint, lang: Lang, quote: (value: string) => string): string {
  switch (hint.kind) {
    case 'parameterCaseMismatch':
      return lang === 'ja'
        ? `本文のパラメーター ${quote(hint.sent)} は、API では ${quote(hint.expected)} という名前です（大文字と小文字は区別されます）。`
        : `The body sends ${quote(hint.sent)} where the API names the parameter ${quote(hint.expected)}: ` +
            'names are case-sensitive.';
    case 'retryAfter':
      return lang === 'ja'
        ? `${hint.seconds} 秒待ってから再試行してください（${quote(hint.source)}）。`
        : `Retry after ${hint.seconds} s (${quote(hint.source)}).`;
    case 'valueInRequest': {
      const where = LOCATIONS[lang][hint.location];
      if (lang === 'ja') {
        const name = hint.name === undefined ? '' : `（${quote(hint.name)}）`;
        return `メッセージが示す値 ${quote(hint.value)} は要求の${where}${name}にあります。`;
      }
      const name = hint.name === undefined ? '' : ` ${quote(hint.name)}`;
      return `The value ${quote(hint.value)} named by the message is in the request ${where}${name}.`;
    }
    case 'errorUnderSuccess':
      return lang === 'ja'
        ? `API は HTTP ${hint.status} の応答でエラーを返しています。状態コードだけを確認するクライアントはこのエラーを見逃します。`
        : `The API reports an error under HTTP ${hint.status}: code that checks only the status misses it.`;
  }
}
