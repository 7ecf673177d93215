import { field, isObject } from './json.ts';

/** Why a text is not a JSON Pointer (a pack's words say it: src/i18n/pack-issue-words.ts). */
export type PointerIssue =
  { kind: 'pointer-start' } | { kind: 'pointer-tokens'; max: number } | { kind: 'pointer-tilde' };

/** Deeper than any envelope a pack describes; keeps a hostile pointer from walking far. */
export const MAX_POINTER_TOKENS = 16;

/**
 * The reference tokens of an RFC 6901 JSON Pointer (`/error/code` → `['error', 'code']`, `~1` → `/`,
 * `~0` → `~`), or what is wrong when the text is not one.
 */
export function compilePointer(pointer: string): string[] | PointerIssue {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return { kind: 'pointer-start' };
  const tokens = pointer.slice(1).split('/');
  if (tokens.length > MAX_POINTER_TOKENS) {
    return { kind: 'pointer-tokens', max: MAX_POINTER_TOKENS };
  }
  if (tokens.some((token) => /~(?![01])/.test(token))) {
    return { kind: 'pointer-tilde' };
  }
  return tokens.map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The value `tokens` point at in parsed JSON, or undefined. A member name matches exactly, else
 * case-insensitively, as the built-in detectors read envelopes (APIs vary the case: `Error`, `innerError`);
 * an array is indexed by a decimal token. Only own members are read.
 */
export function resolvePointer(value: unknown, tokens: readonly string[]): unknown {
  let current = value;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d{0,6})$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (isObject(current)) {
      current = field(current, token)?.value;
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}
