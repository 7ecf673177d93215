import { headerValue, type Exchange } from '../../model/exchange.ts';
import { isObject, parseJson } from '../parse/json.ts';

/** Request bodies are untrusted and can be huge uploads: beyond these bounds they are not searched. */
export const MAX_BODY_CHARS = 256 * 1024;
const MAX_NODES = 5000;
const MAX_DEPTH = 32;

const FORM_BODY = /^[\w.%[\]-]+=[^&]*(?:&[\w.%[\]-]+=[^&]*)*$/;

/** One member of the request body: `key` is absent for array items, `value` for objects and arrays. */
export interface RequestField {
  key?: string;
  /** Dotted path from the body root, `items[0].id`. */
  path: string;
  value?: string;
}

/** The members of an exchange's request body, parsed on first use: most findings never need them. */
export class RequestBody {
  private parsed: RequestField[] | undefined;
  private readonly exchange: Exchange;

  constructor(exchange: Exchange) {
    this.exchange = exchange;
  }

  fields(): readonly RequestField[] {
    this.parsed ??= requestFields(
      this.exchange.requestBody,
      headerValue(this.exchange.requestHeaders, 'content-type') ?? '',
    );
    return this.parsed;
  }
}

/** The members of a JSON or form-encoded request body, breadth first; [] for anything else. */
function requestFields(body: string | null, contentType: string): RequestField[] {
  if (body === null || body.length > MAX_BODY_CHARS) return [];
  const text = body.trim();
  if (text.startsWith('{') || text.startsWith('[')) return jsonFields(parseJson(text));
  if (/x-www-form-urlencoded/i.test(contentType) || FORM_BODY.test(text)) return formFields(text);
  return [];
}

function jsonFields(root: unknown): RequestField[] {
  const fields: RequestField[] = [];
  // Breadth first with an index rather than recursion: depth is attacker-controlled.
  const queue: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  for (let i = 0; i < queue.length; i++) {
    const { value, path, depth } = queue[i]!;
    const budget = MAX_NODES - queue.length;
    if (depth >= MAX_DEPTH || budget <= 0) continue;
    const children: [string | undefined, string, unknown][] = Array.isArray(value)
      ? value.slice(0, budget).map((item, index) => [undefined, `${path}[${index}]`, item])
      : isObject(value)
        ? Object.keys(value)
            .slice(0, budget)
            .map((key) => [key, path === '' ? key : `${path}.${key}`, value[key]])
        : [];
    for (const [key, childPath, child] of children) {
      queue.push({ value: child, path: childPath, depth: depth + 1 });
      const field: RequestField = { path: childPath };
      if (key !== undefined) field.key = key;
      const scalar = scalarText(child);
      if (scalar !== undefined) field.value = scalar;
      fields.push(field);
    }
  }
  return fields;
}

function formFields(text: string): RequestField[] {
  const fields: RequestField[] = [];
  for (const [key, value] of new URLSearchParams(text)) {
    if (fields.length >= MAX_NODES) break;
    fields.push({ key, path: key, value });
  }
  return fields;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
