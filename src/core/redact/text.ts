import { elementMarks, inputMarks } from './elements.ts';
import { pairMarks } from './pairs.ts';
import { patternMarks } from './patterns.ts';
import { proseMarks } from './prose.ts';
import { providerMarks } from './providers.ts';
import { applyMarks, PLACEHOLDER, type Mark, type Redaction } from './ranges.ts';

/**
 * Longest text scanned whole (rule 6). A longer one keeps its first `TEXT_CAP / 4` characters, cut back to
 * the last blank so that no secret is split into an unrecognisable stub, and the rest is dropped and
 * replaced by a `[TRUNCATED n characters]` line: never passed through unredacted. A placeholder is at most
 * 2.5 times what it replaces (`&sid=1` → `&sid=[REDACTED]`), so the kept part stays under the cap and a
 * second pass does not cut again.
 */
export const TEXT_CAP = 1 << 20;
const KEPT = TEXT_CAP / 4;
/** Values known to be secret are redacted where echoed; shorter ones would hit ordinary words. */
const MIN_ECHO = 4;

function echoMarks(text: string, known: readonly string[]): Mark[] {
  const marks: Mark[] = [];
  for (const secret of known) {
    if (secret.length < MIN_ECHO) continue;
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
      marks.push({ start: at, end: at + secret.length, rule: 'echo' });
    }
  }
  return marks;
}

function scan(text: string, known: readonly string[], decoded = false): Mark[] {
  return [
    ...patternMarks(text),
    ...providerMarks(text),
    ...proseMarks(text),
    ...pairMarks(text, decoded ? null : secretSpans),
    ...elementMarks(text),
    ...inputMarks(text),
    ...echoMarks(text, known),
  ];
}

/**
 * The scan of decoded values: one level only. Its values are not decoded again, so the work stays linear
 * however deeply a hostile value nests its encodings (`%252525…`).
 */
function secretSpans(text: string): Mark[] {
  return scan(text, [], true).filter((span) => text.slice(span.start, span.end) !== PLACEHOLDER);
}

/** Real text settles in two passes; the bound only stops a pathological chain. */
const MAX_PASSES = 4;

/**
 * A placeholder changes its neighbourhood: a delimiter swallowed by a merged span, a word boundary where a
 * token used to continue. A new pass over the output finds what that uncovered, and passes repeat until
 * nothing changes: that is what makes redaction idempotent.
 */
function settle(text: string, known: readonly string[]): Redaction {
  let result = applyMarks(text, scan(text, known));
  for (let pass = 1; pass < MAX_PASSES && result.marks.length > 0; pass++) {
    const next = applyMarks(result.text, scan(result.text, known), result.marks);
    if (next.text === result.text) break;
    result = next;
  }
  return result;
}

function lastBlank(text: string, limit: number): number {
  for (let i = limit; i > 0; i--) if (/\s/.test(text.charAt(i))) return i;
  return 0;
}

/** Redacts value patterns and sensitive name/value pairs; `known` adds secrets found elsewhere. */
export function redactTextWithMarks(text: string, known: readonly string[] = []): Redaction {
  if (text.length <= TEXT_CAP) return settle(text, known);
  const cut = lastBlank(text, KEPT);
  const marker = `[TRUNCATED ${text.length - cut} characters]`;
  const kept = cut > 0 ? `${text.slice(0, cut)}\n${marker}` : marker;
  // The marker is scanned with the head, so that a second pass sees exactly what this one saw.
  const result = settle(kept, known);
  const end = result.text.length;
  if (result.text.endsWith(marker)) result.marks.push({ start: end - marker.length, end, rule: 'cap' });
  return result;
}

export function redactText(text: string, known: readonly string[] = []): string {
  return redactTextWithMarks(text, known).text;
}
