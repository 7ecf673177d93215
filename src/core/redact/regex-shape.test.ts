import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * security.md rule 6, statically: no regex of the redaction may nest an unbounded quantifier inside a
 * quantified group (`(a+)+`, `(?:\w+\s?)*`), the shape whose backtracking is exponential or quadratic.
 * The time it takes on adversarial input is measured by `npm run bench` (R1), side by side with typical
 * traffic; this test keeps the shape that makes it blow up from being written at all.
 */
const DIR = new URL('.', import.meta.url);
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => [f, readFileSync(new URL(f, DIR), 'utf8')] as const);

/** Regex literals: `/…/flags` after a token that cannot end an expression (so not a division). */
const LITERAL =
  /(?<=[=(,:[!&|?{};]\s*|return\s+|^\s*)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/gm;

const UNBOUNDED = /(?:^|[^\\])(?:[*+]|\{\d+,\})/;

/** The quantified groups of a pattern whose body holds an unbounded quantifier. */
function nestedQuantifiers(pattern: string): string[] {
  const found: string[] = [];
  const open: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') open.push(i);
    else if (c === ')') {
      const start = open.pop() ?? 0;
      const body = pattern.slice(start + 1, i).replace(/\[(?:\\.|[^\]\\])*\]/g, 'x');
      const after = pattern.slice(i + 1);
      if (/^(?:[*+]|\{\d+,\d*\})/.test(after) && !/^\{\d+,1\}/.test(after) && UNBOUNDED.test(body))
        found.push(pattern.slice(start, i + 1) + (/^(?:[*+]|\{[^}]*\})/.exec(after)?.[0] ?? ''));
    }
  }
  return found;
}

describe('regexes of the redaction', () => {
  const literals = sources.flatMap(([file, text]) =>
    [...text.matchAll(LITERAL)].map((m) => [file, m[1] ?? ''] as const),
  );

  it('are found in the sources (the check reads real patterns)', () => {
    expect(literals.length).toBeGreaterThan(40);
    expect(literals.some(([, p]) => p.includes('eyJ'))).toBe(true);
  });

  it('tells a nested quantifier when it sees one', () => {
    expect(nestedQuantifiers('(a+)+')).toEqual(['(a+)+']);
    expect(nestedQuantifiers('(?:\\w+\\s?)*x')).toEqual(['(?:\\w+\\s?)*']);
    expect(nestedQuantifiers('(?:ab){2,}')).toEqual([]);
    expect(nestedQuantifiers('[(a+)]+')).toEqual([]);
  });

  it.each(literals.map(([file, pattern]) => [`${file}: /${pattern}/`, pattern]))(
    '%s nests no quantifier',
    (_, pattern) => {
      expect(nestedQuantifiers(pattern)).toEqual([]);
    },
  );
});
