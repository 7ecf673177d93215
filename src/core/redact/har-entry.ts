import { redactBodyWithMarks } from './body.ts';
import { redactHeadersWithMarks } from './headers.ts';
import { isSensitiveName } from './names.ts';
import { PLACEHOLDER, type Mark, type Redaction, type Rule } from './ranges.ts';
import { seal, type Redacted } from './redacted.ts';
import { redactTextWithMarks } from './text.ts';

/**
 * One HAR entry, sanitized structurally: every member kept (browsers' `_` fields too), every string
 * redacted by what it is: headers by name, cookies all, query and form parameters by name, bodies by
 * their type (JSON, form, multipart, XML, HTML, text; base64 decoded first), WebSocket frames as bodies,
 * anything else as text. Correlation ids match no rule and stay exact. Pure and per entry, so that a
 * streaming reader can call it entry by entry.
 */

/** How many values were redacted, by rule. */
export type RedactionCounts = Partial<Record<Rule, number>>;

export interface SanitizedEntry {
  /** The entry as JSON text (two-space indented), ready to be written into `log.entries`. */
  json: Redacted<string>;
  counts: RedactionCounts;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Containers nested deeper than this in a browser's private fields are replaced by the placeholder. */
const MAX_DEPTH = 64;

class Counter {
  readonly counts: RedactionCounts = {};
  take(redaction: Redaction | { marks: readonly Mark[] }): void {
    for (const mark of redaction.marks) this.counts[mark.rule] = (this.counts[mark.rule] ?? 0) + 1;
  }
  one(rule: Rule): void {
    this.counts[rule] = (this.counts[rule] ?? 0) + 1;
  }
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: string, counter: Counter): string {
  const redaction = redactTextWithMarks(value);
  counter.take(redaction);
  return redaction.text;
}

function body(value: string, mimeType: string, counter: Counter): string {
  const redaction = redactBodyWithMarks(value, mimeType);
  counter.take(redaction);
  return redaction.text;
}

/** Any JSON value, strings as bodies (a browser's `_` field may hold JSON text); walked without recursion limits. */
function generic(value: Json, counter: Counter, depth = 0): Json {
  if (typeof value === 'string') return body(value, '', counter);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) {
    counter.one('json-depth');
    return PLACEHOLDER;
  }
  if (Array.isArray(value)) return value.map((item) => generic(item, counter, depth + 1));
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) out[key] = generic(item, counter, depth + 1);
  return out;
}

/** `[{name, value}]` lists whose values are judged with their names. */
type PairList = (name: string, value: string, counter: Counter) => string;

const headerValue: PairList = (name, value, counter) => {
  const redacted = redactHeadersWithMarks([{ name, value }]);
  counter.take(redacted);
  return redacted.headers[0]?.value ?? '';
};

/** Every cookie value goes, as in a `Cookie` header (security.md rule 2). */
const cookieValue: PairList = (_name, value, counter) => {
  if (value === '' || value === PLACEHOLDER) return value;
  counter.one('cookie');
  return PLACEHOLDER;
};

/** A parameter is judged as the text `name=value` is, so a URL and its `queryString` agree. */
const paramValue: PairList = (name, value, counter) => {
  if (value !== '' && value !== PLACEHOLDER && name.length >= 2 && isSensitiveName(name)) {
    counter.one('param');
    return PLACEHOLDER;
  }
  return text(value, counter);
};

function pairs(list: Json, counter: Counter, valueOf: PairList): Json {
  if (!Array.isArray(list)) return generic(list, counter);
  return list.map((item) => {
    if (!isObject(item) || typeof item['value'] !== 'string') return generic(item, counter);
    const name = typeof item['name'] === 'string' ? item['name'] : '';
    const rest = generic({ ...item, name: null, value: null }, counter) as JsonObject;
    return { ...rest, name: item['name'] ?? null, value: valueOf(name, item['value'], counter) } as Json;
  });
}

function mimeOf(value: JsonObject): string {
  return typeof value['mimeType'] === 'string' ? value['mimeType'] : '';
}

function postData(value: Json, counter: Counter): Json {
  if (!isObject(value)) return generic(value, counter);
  const out = generic({ ...value, text: null, params: null }, counter) as JsonObject;
  if (typeof value['text'] === 'string') out['text'] = body(value['text'], mimeOf(value), counter);
  else if ('text' in value) out['text'] = generic(value['text'] ?? null, counter);
  if ('params' in value) out['params'] = pairs(value['params'] ?? null, counter, paramValue);
  else delete out['params'];
  if (!('text' in value)) delete out['text'];
  return out;
}

const encoder = new TextEncoder();

function base64Text(data: string): string | null {
  try {
    const binary = atob(data.replace(/[\r\n]/g, ''));
    return new TextDecoder('utf-8').decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function toBase64(text: string): string {
  let binary = '';
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A base64 body is decoded and redacted as text; if nothing in it was secret the original bytes stay
 * exactly, else the redacted text is encoded again. One that does not decode is replaced: it cannot be
 * checked.
 */
function content(value: Json, counter: Counter): Json {
  if (!isObject(value) || typeof value['text'] !== 'string') return generic(value, counter);
  const out = generic({ ...value, text: null }, counter) as JsonObject;
  const raw = value['text'];
  if (value['encoding'] !== 'base64') {
    out['text'] = body(raw, mimeOf(value), counter);
    return out;
  }
  const decoded = base64Text(raw);
  if (decoded === null) {
    counter.one('cap');
    out['text'] = toBase64(PLACEHOLDER);
    return out;
  }
  const redacted = body(decoded, mimeOf(value), counter);
  out['text'] = redacted === decoded ? raw : toBase64(redacted);
  return out;
}

const frames = (value: Json, counter: Counter): Json =>
  Array.isArray(value)
    ? value.map((frame) =>
        isObject(frame) && typeof frame['data'] === 'string'
          ? {
              ...(generic({ ...frame, data: null }, counter) as JsonObject),
              data: body(frame['data'], '', counter),
            }
          : generic(frame, counter),
      )
    : generic(value, counter);

type Members = Record<string, (value: Json, counter: Counter) => Json>;

function members(value: Json, known: Members, counter: Counter): Json {
  if (!isObject(value)) return generic(value, counter);
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const special = Object.hasOwn(known, key) ? known[key] : undefined;
    out[key] = special ? special(item, counter) : generic(item, counter);
  }
  return out;
}

const REQUEST: Members = {
  headers: (v, c) => pairs(v, c, headerValue),
  cookies: (v, c) => pairs(v, c, cookieValue),
  queryString: (v, c) => pairs(v, c, paramValue),
  postData,
};

const RESPONSE: Members = {
  headers: (v, c) => pairs(v, c, headerValue),
  cookies: (v, c) => pairs(v, c, cookieValue),
  content,
};

const ENTRY: Members = {
  request: (v, c) => members(v, REQUEST, c),
  response: (v, c) => members(v, RESPONSE, c),
  _webSocketMessages: frames,
};

/** Any value in, one sanitized entry out; never throws on valid JSON input. */
export function sanitizeEntry(entry: unknown): SanitizedEntry {
  const counter = new Counter();
  const sanitized = members(entry as Json, ENTRY, counter);
  return { json: seal(JSON.stringify(sanitized, null, 2)), counts: counter.counts };
}

/** Any other part of a HAR log (`creator`, `browser`, `pages`, `comment`): every string as text. */
export function sanitizeValue(value: unknown): SanitizedEntry {
  const counter = new Counter();
  return { json: seal(JSON.stringify(generic(value as Json, counter), null, 2)), counts: counter.counts };
}
