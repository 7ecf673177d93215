import type { CorrelationId } from '../../model/finding.ts';

/** Ids printed in text sit near the top of a page or message; never scan further. */
const WINDOW = 64 * 1024;
const MAX_ID = 200;
const ID_CHAR = /[A-Za-z0-9._:+/=-]/;

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
    } else if (c === ':' || /\s/.test(c)) {
      i++;
    } else {
      break;
    }
  }
  const start = i;
  while (i < head.length && i - start < MAX_ID && ID_CHAR.test(head[i] ?? '')) i++;
  return i > start ? head.slice(start, i) : undefined;
}

/** The labelled id as a body correlation id named `<where>#<label>`, or none. */
export function labelledId(text: string | undefined, where: string, label: string): CorrelationId[] {
  const value = text === undefined ? undefined : idAfterLabel(text, label);
  return value === undefined ? [] : [{ name: `${where}#${label}`, value, source: 'body' }];
}
