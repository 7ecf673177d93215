import { applyMarks, type Mark, type Redaction } from './ranges.ts';

/**
 * Cookies (security.md rule 2): every value goes, names stay so that a ticket can still say which cookie was
 * sent. `Set-Cookie` keeps its attributes (`Path`, `Expires`, `SameSite`): they explain why a browser
 * dropped a cookie and carry nothing secret. A pair without `=` is a value with an empty name.
 */

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** The value of the `name=value` pair `pair`, found at `from`, without its surrounding blanks. */
function valueMark(text: string, from: number, pair: string): Mark | undefined {
  let start = from + pair.indexOf('=') + 1;
  let end = from + pair.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end, rule: 'cookie' } : undefined;
}

/** Browsers keep under 200 cookies per site; past this many the rest of a hostile header is one span. */
const MAX_COOKIES = 1000;

function redactPairs(value: string, pairs: RegExp): Redaction {
  const marks: Mark[] = [];
  for (const m of value.matchAll(pairs)) {
    if (marks.length === MAX_COOKIES) {
      marks.push({ start: m.index, end: value.length, rule: 'cookie' });
      break;
    }
    const mark = valueMark(value, m.index, m[0]);
    if (mark) marks.push(mark);
  }
  return applyMarks(value, marks);
}

/** `Cookie: a=1; b=2` → `a=[REDACTED]; b=[REDACTED]`. */
export function redactCookieWithMarks(value: string): Redaction {
  return redactPairs(value, /[^;]+/g);
}

/**
 * One cookie per line (HAR joins repeated `Set-Cookie` headers with newlines); the first pair of a line is
 * the cookie, the rest its attributes.
 */
export function redactSetCookieWithMarks(value: string): Redaction {
  return redactPairs(value, /^[^;\n]*/gm);
}
