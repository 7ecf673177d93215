import { redactJsonTextWithMarks } from './json.ts';
import type { Redaction } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

/**
 * JSON when the type says so or the text opens like JSON (APIs send JSON errors as `text/plain` or
 * `text/html` too); if it does not parse it is redacted as text. A form body needs no branch of its own:
 * `a=1&b=2` is exactly the parameter syntax the text rules read.
 */
export function redactBodyWithMarks(text: string, mimeType: string): Redaction {
  return /json/i.test(mimeType) || /^\s*[[{]/.test(text)
    ? redactJsonTextWithMarks(text)
    : redactTextWithMarks(text);
}

export function redactBody(text: string, mimeType: string): string {
  return redactBodyWithMarks(text, mimeType).text;
}
