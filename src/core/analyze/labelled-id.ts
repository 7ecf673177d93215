import type { CorrelationId } from '../../model/finding.ts';

/** Ids printed in text sit near the top of a page or message; never scan further. */
const WINDOW = 64 * 1024;
const MAX_ID = 200;

/** `[A-Za-z0-9._:+/=-]`, by character code: a pattern per character cost a microsecond per id. */
function isIdChar(code: number): boolean {
  const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  const digit = code >= 0x30 && code <= 0x39;
  return (
    letter ||
    digit ||
    code === 0x2e ||
    code === 0x5f ||
    code === 0x3a ||
    code === 0x2b ||
    code === 0x2f ||
    code === 0x3d ||
    code === 0x2d
  );
}

/** White space as `\s` has it; ASCII without a pattern. */
function isBlank(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(c);
}

/**
 * The id printed after `label` in free text (`RequestId:…` in an Azure Storage message, `Ray ID: <strong>…`
 * in a Cloudflare page), skipping a colon, blanks and whole HTML tags between label and value.
 * Linear: `indexOf` plus one forward walk.
 */
export function idAfterLabel(text: string, label: string): string | undefined {
  const head = text.slice(0, WINDOW);
  const at = head.indexOf(label);
  if (at === -1) return undefined;
  let i = at + label.length;
  while (i < head.length) {
    const c = head[i] ?? '';
    if (c === '<') {
      const gt = head.indexOf('>', i);
      if (gt === -1) return undefined;
      i = gt + 1;
    } else if (c === ':' || isBlank(c)) {
      i++;
    } else {
      break;
    }
  }
  const start = i;
  while (i < head.length && i - start < MAX_ID && isIdChar(head.charCodeAt(i))) i++;
  return i > start ? head.slice(start, i) : undefined;
}

/** The labelled id as a body correlation id named `<where>#<label>`, or none. */
export function labelledId(text: string | undefined, where: string, label: string): CorrelationId[] {
  const value = text === undefined ? undefined : idAfterLabel(text, label);
  return value === undefined ? [] : [{ name: `${where}#${label}`, value, source: 'body' }];
}
