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
