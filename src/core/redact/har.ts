import { sanitizeEntry, sanitizeValue, type RedactionCounts } from './har-entry.ts';
import { seal, type Redacted } from './redacted.ts';

export { sanitizeEntry, sanitizeValue, type RedactionCounts, type SanitizedEntry } from './har-entry.ts';

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
 * The layout of a sanitized HAR in pieces, so that `faultline sanitize` can write it entry by entry:
 * `{"log": {…, "entries": [ … ], …}}` as JSON.stringify(…, null, 2) lays it out. `first` says whether
 * the piece is the first member of `log` (or the first entry).
 */
export const harLayout = {
  head: seal('{\n  "log": {\n'),
  member: (key: string, json: Redacted<string>, first: boolean): Redacted<string> =>
    seal(`${first ? '' : ',\n'}    ${JSON.stringify(key)}: ${indent(json, '    ')}`),
  openEntries: (first: boolean): Redacted<string> => seal(`${first ? '' : ',\n'}    "entries": [`),
  entry: (json: Redacted<string>, first: boolean): Redacted<string> =>
    seal(`${first ? '\n' : ',\n'}      ${indent(json, '      ')}`),
  closeEntries: (count: number): Redacted<string> => seal(count === 0 ? ']' : '\n    ]'),
  tail: seal('\n  }\n}\n'),
};

/** The whole text from the log's members (in their order, `entries` where it stands) and its entries. */
export function harText(
  members: readonly (readonly [string, Redacted<string>])[],
  entries: readonly Redacted<string>[],
): Redacted<string> {
  let text: string = harLayout.head;
  let first = true;
  const list = () => {
    text += harLayout.openEntries(first);
    entries.forEach((entry, i) => (text += harLayout.entry(entry, i === 0)));
    text += harLayout.closeEntries(entries.length);
  };
  let placed = false;
  for (const [key, json] of members) {
    if (key === 'entries') {
      list();
      placed = true;
    } else text += harLayout.member(key, json, first);
    first = false;
  }
  if (!placed) list();
  return seal(text + harLayout.tail);
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
