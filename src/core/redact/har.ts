import { sanitizeEntry, sanitizeValue, type RedactionCounts } from './har-entry.ts';
import { seal, type Redacted } from './redacted.ts';

export { sanitizeEntry, type RedactionCounts, type SanitizedEntry } from './har-entry.ts';

/**
 * A whole HAR, sanitized: the same JSON shape (every entry kept, in order, every member kept), each
 * entry through `sanitizeEntry`. The writer takes sanitized pieces only, so the panel's export and
 * `faultline sanitize` produce the same text from the same code.
 */
export interface SanitizedHar {
  text: Redacted<string>;
  entries: number;
  counts: RedactionCounts;
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/**
 * `{"log": {…, "entries": [ … ], …}}` laid out as JSON.stringify(…, null, 2) would, from the log's
 * members (in their order) and its entries.
 */
export function harText(
  members: readonly (readonly [string, Redacted<string>])[],
  entries: readonly Redacted<string>[],
): Redacted<string> {
  const lines: string[] = [];
  let placed = false;
  const list =
    entries.length === 0
      ? '[]'
      : `[\n      ${entries.map((e) => indent(e, '      ')).join(',\n      ')}\n    ]`;
  for (const [key, json] of members) {
    if (key === 'entries') {
      lines.push(`    "entries": ${list}`);
      placed = true;
    } else lines.push(`    ${JSON.stringify(key)}: ${indent(json, '    ')}`);
  }
  if (!placed) lines.push(`    "entries": ${list}`);
  return seal(`{\n  "log": {\n${lines.join(',\n')}\n  }\n}\n`);
}

export function addCounts(into: RedactionCounts, counts: RedactionCounts): void {
  for (const [rule, n] of Object.entries(counts) as [keyof RedactionCounts, number][]) {
    into[rule] = (into[rule] ?? 0) + n;
  }
}

/** `log` must be an object with an `entries` array (the caller has checked it). */
export function sanitizeHar(log: Record<string, unknown>, entries: readonly unknown[]): SanitizedHar {
  const counts: RedactionCounts = {};
  const members: [string, Redacted<string>][] = [];
  for (const [key, value] of Object.entries(log)) {
    if (key === 'entries') {
      members.push([key, seal('')]);
      continue;
    }
    const sanitized = sanitizeValue(value);
    addCounts(counts, sanitized.counts);
    members.push([key, sanitized.json]);
  }
  const texts = entries.map((entry) => {
    const sanitized = sanitizeEntry(entry);
    addCounts(counts, sanitized.counts);
    return sanitized.json;
  });
  return { text: harText(members, texts), entries: entries.length, counts };
}
