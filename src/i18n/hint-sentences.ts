import type { Lang } from '../core/catalog/types.ts';
import type { Hint, RequestLocation } from '../model/hint.ts';

const LOCATIONS: Record<Lang, Record<RequestLocation, string>> = {
  en: { path: 'path', query: 'query string', body: 'body' },
  ja: { path: 'パス', query: 'クエリ文字列', body: '本文' },
};

/** How each language sets a value from the traffic apart in running text, where no code span is drawn. */
export const QUOTES: Record<Lang, (value: string) => string> = {
  en: (value) => `“${value}”`,
  ja: (value) => `「${value}」`,
};

/**
 * One sentence per hint (Japanese sets quoted values without spaces, as its quotation marks need none), for the panel and every CLI format; `quote` sets apart the values taken from the
 * exchange the way the surface shows them (quotation marks in the panel and in text, code spans in Markdown).
 */
export function describeHint(hint: Hint, lang: Lang, quote: (value: string) => string): string {
  switch (hint.kind) {
    case 'parameterCaseMismatch':
      return lang === 'ja'
        ? `本文のパラメーター${quote(hint.sent)}は、API では${quote(hint.expected)}という名前です (大文字と小文字は区別されます)。`
        : `The body sends ${quote(hint.sent)} where the API names the parameter ${quote(hint.expected)}: ` +
            'names are case-sensitive.';
    case 'retryAfter':
      return lang === 'ja'
        ? `${hint.seconds} 秒待ってから再試行してください (${quote(hint.source)})。`
        : `Retry after ${hint.seconds} s (${quote(hint.source)}).`;
    case 'valueInRequest': {
      const where = LOCATIONS[lang][hint.location];
      const name = hint.name === undefined ? '' : quote(hint.name);
      return lang === 'ja'
        ? `メッセージが示す値${quote(hint.value)}は、要求の${where}${name}にあります。`
        : `The value ${quote(hint.value)} named by the message is in the request ${where}${name && ` ${name}`}.`;
    }
    case 'errorUnderSuccess':
      return lang === 'ja'
        ? `API は HTTP ${hint.status} の応答でエラーを返しています。状態コードだけを確認するコードはこのエラーを見逃します。`
        : `The API reports an error under HTTP ${hint.status}: code that checks only the status misses it.`;
  }
}
