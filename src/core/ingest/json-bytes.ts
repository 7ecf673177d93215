/** The bytes of JSON's structure, as UTF-8 has them. */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const NEWLINE = 0x0a;

/** `"`, `{`, `[`, `-`, a digit, or the first letter of true, false, null. */
export function startsValue(byte: number): boolean {
  return (
    byte === QUOTE ||
    byte === OPEN_OBJECT ||
    byte === OPEN_ARRAY ||
    byte === 0x2d ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x74 ||
    byte === 0x66 ||
    byte === 0x6e
  );
}
