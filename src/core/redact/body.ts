import { redactJsonTextWithMarks } from './json.ts';
import { boundaryOf, redactMultipartWithMarks } from './multipart.ts';
import type { Redaction } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

/**
 * JSON when the type says so or the text opens like JSON (APIs send JSON errors as `text/plain` or
 * `text/html` too); if it does not parse it is redacted as text. Multipart bodies go part by part. A
 * form body needs no branch of its own: `a=1&b=2` is exactly the parameter syntax the text rules read,
 * and XML elements and HTML inputs named like secrets are text rules too.
 */
function redactBodyAt(text: string, mimeType: string, depth: number): Redaction {
  if (/^multipart\//i.test(mimeType.trim()) || /^--[^\s]{1,200}\r?\ncontent-disposition:/i.test(text)) {
    const boundary = boundaryOf(mimeType, text);
    if (boundary) return redactMultipartWithMarks(text, boundary, redactBodyAt, depth);
  }
  return /json/i.test(mimeType) || /^\s*[[{]/.test(text)
    ? redactJsonTextWithMarks(text)
    : redactTextWithMarks(text);
}

export function redactBodyWithMarks(text: string, mimeType: string): Redaction {
  return redactBodyAt(text, mimeType, 0);
}

export function redactBody(text: string, mimeType: string): string {
  return redactBodyWithMarks(text, mimeType).text;
}
