/**
 * A small, lenient XML reader for error bodies (Azure Storage, S3, AWS query, Twilio, problem+xml, SOAP).
 * No DOMParser: core runs in Node as well as in browsers. Untrusted input, so: one forward pass with
 * `indexOf` (no backtracking regexes), an explicit stack instead of recursion, caps on size, depth and
 * element count, no DTDs and no entity expansion beyond the five predefined ones and character references.
 */

export interface XmlElement {
  /** Qualified name as written (`soap:Fault`). */
  name: string;
  children: XmlElement[];
  /** Decoded character data directly inside the element, untrimmed. */
  text: string;
}

/** Error envelopes are a few hundred bytes; anything far larger is not one. */
export const XML_CAP = 256 * 1024;
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 10_000;

/** The root element, or null when the text holds none or breaks a cap. Never throws. */
export function parseXml(text: string): XmlElement | null {
  if (text.length > XML_CAP) return null;
  const documentNode: XmlElement = { name: '', children: [], text: '' };
  const stack: XmlElement[] = [documentNode];
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const top = stack[stack.length - 1] ?? documentNode;
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    if (lt > i && top !== documentNode) top.text += decodeEntities(text.slice(i, lt));
    const skipped = skipMarkup(text, lt, top);
    if (skipped !== null) {
      if (skipped === -1) break;
      i = skipped;
      continue;
    }
    const gt = tagEnd(text, lt + 1);
    if (gt === -1) break;
    if (text[lt + 1] === '/') {
      closeElement(stack, readName(text, lt + 2, gt));
    } else {
      const name = readName(text, lt + 1, gt);
      if (name !== '') {
        if (++count > MAX_ELEMENTS || stack.length > MAX_DEPTH) return null;
        const element: XmlElement = { name, children: [], text: '' };
        top.children.push(element);
        if (text[gt - 1] !== '/') stack.push(element);
      }
    }
    i = gt + 1;
  }
  return documentNode.children[0] ?? null;
}

/** Comments, CDATA, processing instructions and declarations: the index after them, -1 when unclosed, null when `lt` opens a tag. */
function skipMarkup(text: string, lt: number, top: XmlElement): number | null {
  if (text.startsWith('<!--', lt)) return after(text, '-->', lt + 4);
  if (text.startsWith('<![CDATA[', lt)) {
    const end = text.indexOf(']]>', lt + 9);
    if (end === -1) return -1;
    top.text += text.slice(lt + 9, end);
    return end + 3;
  }
  if (text.startsWith('<?', lt)) return after(text, '?>', lt + 2);
  // A DOCTYPE with an internal subset ends at `]>`; entities declared there are deliberately not expanded.
  if (text.startsWith('<!', lt)) {
    const gt = tagEnd(text, lt + 2);
    const bracket = text.indexOf('[', lt);
    if (bracket !== -1 && (gt === -1 || bracket < gt)) return after(text, ']>', bracket);
    return gt === -1 ? -1 : gt + 1;
  }
  return null;
}

function after(text: string, token: string, from: number): number {
  const end = text.indexOf(token, from);
  return end === -1 ? -1 : end + token.length;
}

/** Index of the `>` closing a tag, skipping quoted attribute values; -1 when the tag never closes. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

function readName(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && !/[\s/>]/.test(text[i] ?? '>')) i++;
  return text.slice(from, i);
}

/** Pops to the matching open element; a stray end tag is ignored rather than unwinding everything. */
function closeElement(stack: XmlElement[], name: string): void {
  for (let depth = stack.length - 1; depth > 0; depth--) {
    if (stack[depth]?.name === name) {
      stack.length = depth;
      return;
    }
  }
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return Object.hasOwn(NAMED, ref) ? (NAMED[ref] ?? whole) : whole;
    const point = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** `soap:Fault` → `Fault`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** First child by local name, ignoring namespace prefixes and case. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  const wanted = name.toLowerCase();
  return element.children.find((c) => localName(c.name).toLowerCase() === wanted);
}

/** Trimmed text of the first child by local name; undefined when absent or blank. */
export function childText(element: XmlElement, name: string): string | undefined {
  const text = child(element, name)?.text.trim();
  return text ? text : undefined;
}

/** First element with that local name at most `maxDepth` levels down, breadth first, without recursion. */
export function findElement(root: XmlElement, name: string, maxDepth = 4): XmlElement | undefined {
  const wanted = name.toLowerCase();
  let level: XmlElement[] = [root];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const found = level.find((e) => localName(e.name).toLowerCase() === wanted);
    if (found) return found;
    level = level.flatMap((e) => e.children);
  }
  return undefined;
}
