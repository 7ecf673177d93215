/**
 * Markers the reader writes in an entry's text in place of strings it does not hand to JSON.parse:
 * strings over the cap (never held: a base64 video) and long strings (held as bytes, decoded only when
 * wanted: most bodies are ruled out by their metadata and never decoded at all). A NUL can appear in
 * JSON text only escaped, so a real HAR rarely holds one; an attacker who writes one gets an empty
 * string or a body left out, nothing more.
 */
const SKIPPED = '\u0000faultline-skipped:';
const HELD = '\u0000faultline-held:';
export const SKIPPED_JSON = '\\u0000faultline-skipped:';
export const HELD_JSON = '\\u0000faultline-held:';

export interface Restored {
  value: unknown;
  /** The response body was over the cap and is gone. */
  bodySkipped: boolean;
  /** The number of the held string that is the response body, left for later; -1 when none. */
  heldBody: number;
}

/**
 * Puts the markers' strings back into a parsed value: held strings are decoded by `resolve`, except
 * the response body, which is taken out and left for the caller; skipped strings become empty, and a
 * skipped response body is taken out.
 */
export function restoreHeld(value: unknown, resolve: (held: number) => string): Restored {
  const restored: Restored = { value, bodySkipped: false, heldBody: -1 };
  if (typeof value === 'string') {
    restored.value = replacement(value, resolve);
    return restored;
  }
  const content = objectAt(objectAt(value, 'response'), 'content');
  const text = content?.['text'];
  if (content !== undefined && typeof text === 'string') {
    if (text.startsWith(SKIPPED)) {
      delete content['text'];
      restored.bodySkipped = true;
    } else if (text.startsWith(HELD)) {
      delete content['text'];
      restored.heldBody = Number(text.slice(HELD.length));
    }
  }
  // Iterative: an entry nested 100 000 deep must not overflow the stack.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    const record = next as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (typeof child === 'string') {
        if (child.charCodeAt(0) === 0) record[key] = replacement(child, resolve);
      } else if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return restored;
}

function replacement(text: string, resolve: (held: number) => string): string {
  if (text.startsWith(SKIPPED)) return '';
  if (text.startsWith(HELD)) return resolve(Number(text.slice(HELD.length)));
  return text;
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const child = (value as Record<string, unknown>)[key];
  return typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : undefined;
}
