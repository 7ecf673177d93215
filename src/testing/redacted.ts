import { redactText, type Redacted } from '../core/redact/redact.ts';

/**
 * Test data as a writer receives it: every string of `value` through the real text redaction (object
 * keys kept), so fixtures written with plain strings meet the `Redacted` types honestly.
 */
export function redactedFixture<T>(value: T): Redacted<T> {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, walk(item)]));
    return v;
  };
  return walk(value) as Redacted<T>;
}
