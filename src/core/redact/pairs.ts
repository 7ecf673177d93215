import { isIdentifierLike, isSensitiveName, normalizeName, percentDecode } from './names.ts';
import type { Mark } from './ranges.ts';

/**
 * Name/value pairs in any text (security.md rules 3 and 4 where there is no parsed structure): query and
 * fragment parameters, form fields, `name: value` labels, and quoted keys of JSON that did not parse. A
 * value is judged by its name, so `access%5Ftoken=…` and `"clientSecret": "…"` both go.
 */

const NAME = String.raw`[\w%.\[\]-]`;
// The lookbehind starts a name only where a run of name characters starts, which keeps the scan linear.
const PAIR = new RegExp(String.raw`(?<!${NAME})(["']?)(${NAME}{1,100})\1[ \t]{0,3}([:=])[ \t]{0,3}`, 'g');

/** A parameter value ends where the query syntax says; `;` also ends cookie-style pairs. */
const PARAM_VALUE = /[^\s&#"'<>;]*/y;
const LABEL_VALUE = /[^\s"'<>]*/y;
/** After a quoted key the text is JSON-like: a bare value (number, literal) ends at `,`, `}` or `]`. */
const JSON_VALUE = /[^\s,}\]"'<>]*/y;
const LINE = /[^\r\n]*/y;
/** An encoded value is checked whole (`redirect_uri=…code%3D…`); a raw `=` starts a pair of its own. */
const ENCODED_VALUE = /[^\s&#"'<>;=]*/y;
const BLANKS = /[ \t]*/y;
/** After a label an auth scheme stays, the credential after it goes: `Authorization: Digest [REDACTED]`. */
const SCHEME = /^(?:bearer|basic|digest|negotiate|ntlm|token|sharedkey)$/i;
/** Header lines whose value holds several secrets separated by `;` and blanks. */
const LINE_VALUED = new Set(['cookie', 'setcookie']);

/** Where the sticky `run` stops from `from` (`test`, unlike `exec`, allocates nothing). */
function runEnd(run: RegExp, text: string, from: number): number {
  run.lastIndex = from;
  run.test(text);
  return run.lastIndex;
}

/** A quoted value ends at its closing quote, at the end of the line, or at the end of a cut-off text. */
function quotedEnd(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  let i = open + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === quote || c === 0x0a || c === 0x0d) break;
  }
  return Math.min(i, text.length);
}

/** A bare label value is one word; punctuation after it stays ("Invalid key: abc." keeps its period). */
function wordEnd(text: string, at: number): number {
  let end = runEnd(LABEL_VALUE, text, at);
  while (end > at && '.,;!?)'.includes(text.charAt(end - 1))) end--;
  return end;
}

function labelValue(text: string, at: number, name: string): [number, number] {
  if (LINE_VALUED.has(normalizeName(name))) return [at, runEnd(LINE, text, at)];
  const end = wordEnd(text, at);
  if (!SCHEME.test(text.slice(at, end))) return [at, end];
  const next = runEnd(BLANKS, text, end);
  return next > end ? [next, wordEnd(text, next)] : [at, end];
}

function valueSpan(
  text: string,
  at: number,
  separator: string,
  quoted: boolean,
  name: string,
): [number, number] {
  const first = text.charAt(at);
  if (first === '"' || first === "'") return [at + 1, quotedEnd(text, at)];
  if (separator === '=') return [at, runEnd(PARAM_VALUE, text, at)];
  // A structure after a label: its own fields are judged by their names.
  if (first === '{' || first === '[') return [at, at];
  return quoted ? [at, runEnd(JSON_VALUE, text, at)] : labelValue(text, at, name);
}

/** Decoded values are scanned together, one per line, so that thousands of small values cost one scan. */
const BETWEEN = '\n\u0000\n';

function encodedSecrets(values: Mark[], decoded: string[], secretSpans: (text: string) => Mark[]): Mark[] {
  const offsets: number[] = [];
  let length = 0;
  for (const part of decoded) {
    offsets.push(length);
    length += part.length + BETWEEN.length;
  }
  const hit = new Set<number>();
  for (const span of secretSpans(decoded.join(BETWEEN))) {
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((offsets[mid] ?? 0) <= span.start) low = mid;
      else high = mid - 1;
    }
    for (let i = low; i < values.length && (offsets[i] ?? Infinity) < span.end; i++) hit.add(i);
  }
  return values.filter((_, i) => hit.has(i));
}

/**
 * `secretSpans` is the whole text scan: an encoded value goes whole if its decoding holds a secret. Null
 * inside that scan, which reads decoded values only as they are.
 */
export function pairMarks(text: string, secretSpans: ((text: string) => Mark[]) | null): Mark[] {
  const marks: Mark[] = [];
  const encoded: Mark[] = [];
  const decoded: string[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const [, quote, name = '', separator = ''] = m;
    const at = PAIR.lastIndex;
    if (name.length < 3 || !isSensitiveName(name)) {
      if (secretSpans === null) continue;
      const end = separator === '=' ? runEnd(ENCODED_VALUE, text, at) : at;
      const raw = text.slice(at, end);
      const plain = /[%+]/.test(raw) ? percentDecode(raw, true) : raw;
      if (plain !== raw) {
        encoded.push({ start: at, end, rule: 'encoded-param' });
        decoded.push(plain);
      }
      continue;
    }
    const [start, end] = valueSpan(text, at, separator, quote !== '', name);
    if (end > start && (separator === '=' || !isIdentifierLike(name, text.slice(start, end)))) {
      marks.push({ start, end, rule: separator === '=' ? 'param' : 'label' });
    }
    PAIR.lastIndex = Math.max(at, end);
  }
  // After the loop: the nested scan re-enters this function and so reuses PAIR.
  return encoded.length === 0 || secretSpans === null
    ? marks
    : marks.concat(encodedSecrets(encoded, decoded, secretSpans));
}
