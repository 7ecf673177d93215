import { eachCapture } from './each-capture.ts';
import type { Hint, RequestLocation } from '../../model/hint.ts';
import type { RequestBody, RequestField } from './request-fields.ts';

const MAX_MESSAGE_CHARS = 2000;
const MAX_VALUES = 3;
/** Shorter values are only matched whole: "1" inside "v1" or "100" would be noise. */
const MIN_EMBEDDED_LENGTH = 3;
const MAX_SUBJECT = 200;

/** "'abc'", "“abc”", "`abc`": a value the message quotes; the apostrophe in "wasn't" opens no quote. */
const QUOTED =
  /(?<!\w)['"\u0060\u2018\u201c]([^'"\u0060\u2018\u2019\u201c\u201d\r\n]{1,200})['"\u0060\u2019\u201d](?!\w)/g;
/**
 * "Hash value 4c7d9e12zz is invalid.", "Machine 123123123 was not found", "X isn't supported": the value is
 * the word before the verdict. Searched verdict first, then walked back to the word: a pattern starting
 * with the word (`\S{1,200}\s+…`) backtracks at every character of every message.
 */
const VERDICT =
  /\s+(?:is|was|are|were)(?:\s+not|n't)?\s+(?:invalid|valid|malformed|found|supported|recognized|recognised|allowed)\b/gi;
const SPACE = /\s/;
/** "Invalid input 123abc.", "Invalid id: x". */
const AFTER_INVALID = /\binvalid\s+(?:input|value|id|identifier|format)\s*:?\s+(\S{1,200})/gi;
/** Words that stand before "is invalid" as the subject's noun rather than as its value. */
const NOT_A_VALUE = new Set(
  'body id identifier input it name parameter query request resource this that url value'.split(' '),
);
const EDGE_PUNCTUATION = /^[\s('"[<{\u0060]+|[\s.,;:!?)'"\]>}\u0060]+$/g;
/**
 * A URL that parsing would not change: no escapes or `+` to decode, no backslash, `|` or dot segment to
 * normalize, nothing outside printable ASCII. A value absent from such a URL is in neither path nor query.
 */
const NOT_VERBATIM = /[^!-~]|[%+\\|]|\/\./;

/**
 * Values quoted by the message that also occur in the request: the part of the request to correct.
 * The request body is read only for a value that is not in the URL.
 */
export function valueInRequestHints(message: string, url: string, request: RequestBody): Hint[] {
  const hints: Hint[] = [];
  const where = new RequestUrl(url);
  for (const value of quotedValues(message)) {
    const found = where.locate(value) ?? bodyLocation(value, request.fields());
    if (found) hints.push({ kind: 'valueInRequest', value, ...found });
    if (hints.length >= MAX_VALUES) break;
  }
  return hints;
}

function quotedValues(message: string): Set<string> {
  const text = message.slice(0, MAX_MESSAGE_CHARS);
  const values = new Set<string>();
  eachCapture(QUOTED, text, (value) => add(values, value, true));
  for (const subject of subjectsBeforeVerdict(text)) add(values, subject, false);
  eachCapture(AFTER_INVALID, text, (value) => add(values, value, false));
  return values;
}

/**
 * What `/(\S{1,200})\s+<verdict>/g` captures: before each verdict, the run of up to MAX_SUBJECT non-blanks that
 * starts no earlier than the end of the previous match.
 */
function subjectsBeforeVerdict(text: string): string[] {
  const subjects: string[] = [];
  let from = 0;
  VERDICT.lastIndex = 0;
  for (let match = VERDICT.exec(text); match; match = VERDICT.exec(text)) {
    const end = match.index;
    let start = end;
    while (start > from && end - start < MAX_SUBJECT && !SPACE.test(text[start - 1] ?? ' ')) start--;
    if (start === end) {
      VERDICT.lastIndex = end + 1;
      continue;
    }
    subjects.push(text.slice(start, end));
    from = VERDICT.lastIndex;
  }
  return subjects;
}

function add(values: Set<string>, raw: string | undefined, quoted: boolean): void {
  const value = quoted ? raw?.trim() : raw?.replace(EDGE_PUNCTUATION, '');
  if (!value || (!quoted && NOT_A_VALUE.has(value.toLowerCase()))) return;
  values.add(value);
}

/** Path and query of the request URL, parsed only for a value that may be in them: `new URL` is costly. */
class RequestUrl {
  private readonly url: string;
  private verbatim: boolean | undefined;
  private parsed: { path: string; query: URLSearchParams } | null | undefined;

  constructor(url: string) {
    this.url = url;
  }

  locate(value: string): { location: RequestLocation; name?: string } | undefined {
    this.verbatim ??= !NOT_VERBATIM.test(this.url);
    if (this.verbatim && !this.url.includes(value)) return undefined;
    this.parsed ??= parse(this.url);
    if (this.parsed === null) return undefined;
    if (this.parsed.path.includes(`/${value}/`)) return { location: 'path' };
    for (const [name, parameter] of this.parsed.query) {
      if (contains(parameter, value)) return { location: 'query', name };
    }
    return undefined;
  }
}

/** `/`-delimited decoded path, and the query; null when the URL does not parse. */
function parse(url: string): { path: string; query: URLSearchParams } | null {
  try {
    const { pathname, searchParams } = new URL(url);
    const path = pathname.includes('%') ? pathname.split('/').map(decode).join('/') : pathname;
    return { path: `/${path}/`, query: searchParams };
  } catch {
    return null;
  }
}

function bodyLocation(
  value: string,
  fields: readonly RequestField[],
): { location: 'body'; name: string } | undefined {
  const exact = fields.find((field) => field.value === value);
  const field = exact ?? fields.find((f) => f.value !== undefined && contains(f.value, value));
  return field ? { location: 'body', name: field.path } : undefined;
}

/** Whole, or embedded as a token (`id eq 'abc'`), never as part of a longer word. */
function contains(haystack: string, value: string): boolean {
  if (haystack === value) return true;
  if (value.length < MIN_EMBEDDED_LENGTH) return false;
  for (let at = haystack.indexOf(value); at !== -1; at = haystack.indexOf(value, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + value.length])) return true;
  }
  return false;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /\w/.test(char);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
