/** Input that is not a HAR: the message is one line, said the way the CLI and the panel show it. */
export class HarInputError extends Error {
  override name = 'HarInputError';
}

/** Where malformed JSON goes wrong: lines and columns from 1, the offset in bytes after any BOM. */
export function syntaxError(found: string, line: number, column: number, offset: number): HarInputError {
  return new HarInputError(`not JSON: ${found} at line ${line}, column ${column} (offset ${offset})`);
}

/** How the character at a failure is named: the character itself, or the end of the input. */
export function unexpected(character: string | undefined): string {
  return character === undefined || character === ''
    ? 'unexpected end of input'
    : `unexpected ${JSON.stringify(character)}`;
}
