import { isIdentifierLike, isSensitiveName } from './names.ts';
import type { Mark } from './ranges.ts';

/** An opening tag, namespace prefix allowed; attributes are bounded so that a stray `<` costs little. */
const ELEMENT = /<(?:[\w.-]{1,40}:)?([\w.-]{1,100})(?:\s[^<>]{0,1000})?>/g;

/**
 * XML elements named like a secret (AWS STS answers `<SessionToken>` and `<SecretAccessKey>` in XML): the
 * text up to the next tag. `<Code>NoSuchKey</Code>` keeps its error code.
 */
export function elementMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m !== null; m = ELEMENT.exec(text)) {
    const name = m[1] ?? '';
    if (name.length < 3 || !isSensitiveName(name)) continue;
    const start = ELEMENT.lastIndex;
    const lt = text.indexOf('<', start);
    const end = lt === -1 ? text.length : lt;
    const value = text.slice(start, end).trim();
    if (value !== '' && !isIdentifierLike(name, value)) marks.push({ start, end, rule: 'xml-element' });
    ELEMENT.lastIndex = end;
  }
  return marks;
}

/** A tag that names a value in attributes: `<input type=hidden>`, `<meta name=csrf-token>`, `<add key=…>`. */
const NAMING_TAG = /<(?:input|meta|add|param|setting)\b[^<>]{0,2000}>/gi;
const ATTRIBUTE = /([\w:-]{1,40})[ \t\r\n]*=[ \t\r\n]*("[^"]*"|'[^']*'|[^\s"'>]+)/g;
const NAMING = new Set(['name', 'id', 'key', 'property']);
const VALUED = new Set(['value', 'content']);

/**
 * HTML inputs and their XML cousins named like a secret: hidden `csrf_token` and `authenticity_token`
 * fields, `<meta name="csrf-token" content=…>`, `<add key="ApiKey" value=…>`. The value attribute goes,
 * the name stays.
 */
export function inputMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  NAMING_TAG.lastIndex = 0;
  for (let tag = NAMING_TAG.exec(text); tag !== null; tag = NAMING_TAG.exec(text)) {
    let sensitive = false;
    const values: Mark[] = [];
    for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
      const name = (attribute[1] ?? '').toLowerCase();
      const raw = attribute[2] ?? '';
      const quoted = raw.startsWith('"') || raw.startsWith("'");
      const value = quoted ? raw.slice(1, -1) : raw;
      if (NAMING.has(name) && value.length >= 3 && isSensitiveName(value)) sensitive = true;
      else if (VALUED.has(name) && value !== '') {
        const start = tag.index + attribute.index + attribute[0].length - raw.length + (quoted ? 1 : 0);
        values.push({ start, end: start + value.length, rule: 'html-input' });
      }
    }
    if (sensitive) marks.push(...values);
  }
  return marks;
}
