import type { Mark } from './ranges.ts';

/**
 * A secret quoted in prose after the word that names it: "The access token 4f9c…e1 is expired",
 * "invalid API key 'k3y-abc123'", "password Hunter2024 rejected". Only a value shaped like a credential
 * goes (a digit and a letter, or long mixed case): "the token has expired" and "key vault" stay.
 */
const PROSE =
  /\b(?:token|key|secret|password|passwd|passphrase|apikey|pin|otp)[ \t]{1,3}(?:(?:is|was|of|value)[ \t]{1,3})?(["'`\u2018\u201c]?)([^\s"'`\u2019\u201d<>,;()[\]{}]{6,500})/dgi;

/** `DisplayName`, `InvalidAuthenticationToken`: words run together, not a credential. */
const isCamelCaseWord = (value: string): boolean =>
  /^[A-Z][A-Za-z]*[a-z]$/.test(value) && !/[A-Z]{2}/.test(value);

const LOOKS_RANDOM = (value: string): boolean =>
  (/\d/.test(value) && /[A-Za-z]/.test(value) && value.length >= 8) ||
  (value.length >= 16 && /[a-z]/.test(value) && /[A-Z0-9]/.test(value) && !isCamelCaseWord(value));

/** Sentence punctuation after the value is not part of it. */
function trimmed(value: string): number {
  let end = value.length;
  while (end > 0 && '.:!?'.includes(value.charAt(end - 1))) end--;
  return end;
}

export function proseMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  PROSE.lastIndex = 0;
  for (let m = PROSE.exec(text); m !== null; m = PROSE.exec(text)) {
    const [start] = m.indices?.[2] ?? [0, 0];
    const value = (m[2] ?? '').slice(0, trimmed(m[2] ?? ''));
    if (value.startsWith('[REDACTED') || !LOOKS_RANDOM(value)) continue;
    marks.push({ start, end: start + value.length, rule: 'prose' });
  }
  return marks;
}
