import { DEFAULT_BODY_CAP } from '../ingest/body.ts';
import { isIdentifierLike, isSensitiveName } from './names.ts';
import { JsonEdit } from './json-edit.ts';
import { PLACEHOLDER, type Redaction } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

/**
 * JSON (security.md rule 4) on its structure: a value is judged by its field name, every key and string is
 * also run through the text rules (decoded, so `\u0065yJ…` is still a JWT). The walk edits the original
 * text in place, so numbers, spacing, key order and duplicate keys survive byte for byte (a 64-bit
 * request id stays exact), no object is ever built (`__proto__` is just a key), and every replacement is a
 * JSON string: valid JSON in, valid JSON out.
 */

/** Deeper containers are replaced whole: nothing real nests this far, and the walk keeps a frame a level. */
export const MAX_JSON_DEPTH = 128;

interface Frame {
  object: boolean;
  expectKey: boolean;
  key: string | undefined;
}

/** End of the string token opening at `at` (the text is known to be valid JSON). */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  for (let c = text.charCodeAt(i); c !== 0x22; c = text.charCodeAt(++i)) if (c === 0x5c) i++;
  return i + 1;
}

function containerEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') i = stringEnd(text, i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

function literalEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/[\s,\]}]/.test(text.charAt(i))) i++;
  return i;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** One value at `at`; returns where the walk goes on. */
function value(text: string, at: number, stack: Frame[], edit: JsonEdit): number {
  const top = stack[stack.length - 1];
  const key = top?.object ? top.key : undefined;
  const sensitive = key !== undefined && isSensitiveName(key);
  const c = text.charAt(at);
  if (c === '{' || c === '[') {
    if (!sensitive && stack.length < MAX_JSON_DEPTH) {
      stack.push({ object: c === '{', expectKey: c === '{', key: undefined });
      return at + 1;
    }
    const end = containerEnd(text, at);
    edit.redact(at, end, sensitive ? 'json-field' : 'json-depth');
    return end;
  }
  const string = c === '"';
  const end = string ? stringEnd(text, at) : literalEnd(text, at);
  const raw = text.slice(at, end);
  const decoded = string ? (JSON.parse(raw) as string) : raw;
  // null, true and false say nothing; an empty string or a placeholder has nothing left to hide.
  const secret = sensitive && /^["\d-]/.test(raw) && decoded !== '' && decoded !== PLACEHOLDER;
  if (secret && !isIdentifierLike(key, decoded)) edit.redact(at, end, 'json-field');
  else if (string) edit.string(at, end, decoded);
  return end;
}

function walk(text: string): Redaction {
  const edit = new JsonEdit(text);
  const stack: Frame[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charAt(i);
    const top = stack[stack.length - 1];
    if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top?.object) top.expectKey = true;
    else if (c === ':' && top) top.expectKey = false;
    else if (c === '"' && top?.expectKey) {
      const end = stringEnd(text, i);
      // Judged as redacted, so that a second pass judges the same name.
      top.key = edit.string(i, end, JSON.parse(text.slice(i, end)) as string);
      i = end;
      continue;
    } else if (!/[\s,:]/.test(c)) {
      i = value(text, i, stack, edit);
      continue;
    }
    i++;
  }
  return edit.done();
}

/** Valid JSON stays valid JSON, same layout; anything else (or over the body cap) is redacted as text. */
export function redactJsonTextWithMarks(text: string): Redaction {
  return text.length <= DEFAULT_BODY_CAP && isJson(text) ? walk(text) : redactTextWithMarks(text);
}

export function redactJsonText(text: string): string {
  return redactJsonTextWithMarks(text).text;
}
