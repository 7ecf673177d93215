/** Small readers for untrusted parsed JSON: no prototype lookups, no throws. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property by exact name, else by case-insensitive name; returns the key actually used. */
export function field(obj: JsonObject, name: string): { key: string; value: unknown } | undefined {
  if (Object.hasOwn(obj, name)) return { key: name, value: obj[name] };
  const wanted = name.toLowerCase();
  for (const key of Object.keys(obj)) {
    if (key.toLowerCase() === wanted) return { key, value: obj[key] };
  }
  return undefined;
}

export function stringField(obj: JsonObject, name: string): string | undefined {
  const found = field(obj, name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
