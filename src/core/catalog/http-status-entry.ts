import type { EntrySpec, Pair } from './define.ts';

const MDN = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/';

/** One HTTP status as a catalog entry of the generic-http family, documented on MDN unless told otherwise. */
export function status(
  code: number,
  meaning: Pair,
  steps: readonly Pair[],
  docs = `${MDN}${code}`,
): EntrySpec {
  return { code: String(code), status: code, meaning, steps, docs };
}
