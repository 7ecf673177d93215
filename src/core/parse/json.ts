/** Small readers for untrusted parsed JSON: no prototype lookups, no throws. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Own property by exact name, else by case-insensitive name; returns the key actually used. Names are
 * ASCII, and lower-casing never maps a key of another length onto ASCII: only same-length keys are compared.
 */
export function field(obj: JsonObject, name: string): { key: string; value: unknown } | undefined {
  if (Object.hasOwn(obj, name)) return { key: name, value: obj[name] };
  const wanted = name.toLowerCase();
  for (const key of Object.keys(obj)) {
    if (key.length === wanted.length && key.toLowerCase() === wanted) return { key, value: obj[key] };
  }
  return undefined;
}

export function stringField(obj: JsonObject, name: string): string | undefined {
  const found = field(obj, name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Parsed JSON, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  if (cutOff(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const CLOSER: Readonly<Record<string, string>> = { '{': '}', '[': ']', '"': '"' };

/**
 * True for an object, array or string that does not end with its closing character, which `JSON.parse`
 * rejects anyway: truncated bodies are common, and a thrown SyntaxError costs several parses of the text.
 */
function cutOff(text: string): boolean {
  let start = 0;
  let end = text.length - 1;
  while (start <= end && isJsonBlank(text.charCodeAt(start))) start++;
  while (end > start && isJsonBlank(text.charCodeAt(end))) end--;
  const closer = CLOSER[text[start] ?? ''];
  return closer !== undefined && (end === start || text[end] !== closer);
}

function isJsonBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** An own object-valued property, by exact then case-insensitive name. */
export function objectField(obj: JsonObject, name: string): { key: string; value: JsonObject } | undefined {
  const found = field(obj, name);
  return found && isObject(found.value) ? { key: found.key, value: found.value } : undefined;
}

export function arrayField(obj: JsonObject, name: string): unknown[] | undefined {
  const found = field(obj, name);
  return Array.isArray(found?.value) ? found.value : undefined;
}

/** Codes come as strings or, for Twilio and Cloudflare, integers; both are shown as strings. */
export function codeOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** The first element of an array when it is an object. */
export function firstObject(list: unknown[] | undefined): JsonObject | undefined {
  const first = list?.[0];
  return isObject(first) ? first : undefined;
}
