/**
 * Readers for the HTML error pages that gateways, CDNs and frameworks send to API clients.
 * Pages are untrusted: only a bounded window is read, with `indexOf` and a single forward pass.
 */

const WINDOW = 16 * 1024;
const MAX_TEXT = 2000;

export function isHtml(text: string | null, mimeType: string): boolean {
  if (/html/i.test(mimeType)) return true;
  return text !== null && /^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 256));
}

/** Tags are the callers' constants: each pair of patterns is compiled once, not on every page. */
const patterns = new Map<string, { open: RegExp; close: RegExp }>();

function patternsOf(tag: string): { open: RegExp; close: RegExp } {
  let found = patterns.get(tag);
  if (found === undefined) {
    found = { open: new RegExp(`<${tag}[\\s>]`, 'i'), close: new RegExp(`</${tag}\\s*>`, 'i') };
    patterns.set(tag, found);
  }
  return found;
}

/** Plain text of the first `<tag>` element, blanks collapsed; undefined when absent or empty. */
export function elementText(html: string, tag: string): string | undefined {
  const head = html.slice(0, WINDOW);
  const pattern = patternsOf(tag);
  const open = pattern.open.exec(head);
  if (!open) return undefined;
  const start = head.indexOf('>', open.index);
  if (start === -1) return undefined;
  const close = pattern.close.exec(head.slice(start, start + MAX_TEXT));
  if (!close) return undefined;
  const text = decode(stripTags(head.slice(start + 1, start + close.index)))
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return out + html.slice(i);
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt);
    if (gt === -1) return out;
    i = gt + 1;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decode(text: string): string {
  return text.replace(/&([a-z]{2,4});/g, (whole, name: string) =>
    Object.hasOwn(ENTITIES, name) ? (ENTITIES[name] ?? whole) : whole,
  );
}
