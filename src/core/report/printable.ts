/**
 * Control characters (ANSI escapes above all) and bidirectional overrides from a hostile response would
 * act on the terminal or reorder what the reader sees; they are shown as `\u` escapes instead.
 * Tab and newline are kept for the formats to lay out.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
