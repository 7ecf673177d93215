import type { Hint, RequestLocation } from './hint.ts';
import type { RequestField } from './request-fields.ts';

const MAX_MESSAGE_CHARS = 2000;
const MAX_VALUES = 3;
/** Shorter values are only matched whole: "1" inside "v1" or "100" would be noise. */
const MIN_EMBEDDED_LENGTH = 3;

/** "'abc'", "“abc”", "`abc`": a value the message quotes; the apostrophe in "wasn't" opens no quote. */
const QUOTED =
  /(?<!\w)['"\u0060\u2018\u201c]([^'"\u0060\u2018\u2019\u201c\u201d\r\n]{1,200})['"\u0060\u2019\u201d](?!\w)/g;
/** "Hash value 4c7d9e12zz is invalid.", "Machine 123123123 was not found", "X isn't supported". */
const BEFORE_VERDICT =
  /(\S{1,200})\s+(?:is|was|are|were)(?:\s+not|n't)?\s+(?:invalid|valid|malformed|found|supported|recognized|recognised|allowed)\b/gi;
/** "Invalid input 123abc.", "Invalid id: x". */
const AFTER_INVALID = /\binvalid\s+(?:input|value|id|identifier|format)\s*:?\s+(\S{1,200})/gi;
/** Words that stand before "is invalid" as the subject's noun rather than as its value. */
const NOT_A_VALUE = new Set(
  'body id identifier input it name parameter query request resource this that url value'.split(' '),
);
const EDGE_PUNCTUATION = /^[\s('"[<{\u0060]+|[\s.,;:!?)'"\]>}\u0060]+$/g;

/** Values quoted by the message that also occur in the request: the part of the request to correct. */
export function valueInRequestHints(message: string, url: string, fields: readonly RequestField[]): Hint[] {
  const hints: Hint[] = [];
  for (const value of quotedValues(message)) {
    const found = locate(value, url, fields);
    if (found) hints.push({ kind: 'valueInRequest', value, ...found });
    if (hints.length >= MAX_VALUES) break;
  }
  return hints;
}

function quotedValues(message: string): Set<string> {
  const text = message.slice(0, MAX_MESSAGE_CHARS);
  const values = new Set<string>();
  for (const match of text.matchAll(QUOTED)) add(values, match[1], true);
  for (const pattern of [BEFORE_VERDICT, AFTER_INVALID]) {
    for (const match of text.matchAll(pattern)) add(values, match[1], false);
  }
  return values;
}

function add(values: Set<string>, raw: string | undefined, quoted: boolean): void {
  const value = quoted ? raw?.trim() : raw?.replace(EDGE_PUNCTUATION, '');
  if (!value || (!quoted && NOT_A_VALUE.has(value.toLowerCase()))) return;
  values.add(value);
}

function locate(
  value: string,
  url: string,
  fields: readonly RequestField[],
): { location: RequestLocation; name?: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return bodyLocation(value, fields);
  }
  const segments = parsed.pathname.split('/').map(decode);
  if (`/${segments.join('/')}/`.includes(`/${value}/`)) return { location: 'path' };
  for (const [name, parameter] of parsed.searchParams) {
    if (contains(parameter, value)) return { location: 'query', name };
  }
  return bodyLocation(value, fields);
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
