import { DICTIONARY } from '../../i18n/dictionary.ts';

/**
 * Why input is not a HAR, as data, so the CLI and the panel word it in their user's language:
 * `syntax` is malformed JSON (`found` null at the end of the input; lines and columns from 1, the offset
 * in bytes after any BOM); `no-entries` is JSON without a `log.entries` array.
 */
export type HarProblem =
  | { kind: 'syntax'; found: string | null; line: number; column: number; offset: number }
  | { kind: 'no-entries' };

/** Input that is not a HAR; its message is the English wording, one line, for logs and tests. */
export class HarInputError extends Error {
  override name = 'HarInputError';

  constructor(readonly problem: HarProblem) {
    super(DICTIONARY.en.har.problem(problem));
  }
}

/** Where malformed JSON goes wrong; `character` is undefined (or empty) at the end of the input. */
export function syntaxError(character: string | undefined, line: number, column: number, offset: number) {
  const found = character === undefined || character === '' ? null : character;
  return new HarInputError({ kind: 'syntax', found, line, column, offset });
}
