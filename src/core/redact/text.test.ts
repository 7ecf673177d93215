import { describe, expect, it } from 'vitest';
import { redactHeaders } from './headers.ts';
import { redactJsonText } from './json.ts';
import { TEXT_CAP, redactText, redactTextWithMarks } from './text.ts';

const MB = 1_000_000;
/** Generous for a loaded two-core CI machine: a quadratic scan of 1 MB takes minutes, not seconds. */
const BUDGET_MS = 2000;

/**
 * The best of up to three runs: test files run in parallel and a busy machine slows some runs, while a
 * quadratic scan is slow every time.
 */
function timed(run: () => unknown): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= BUDGET_MS; attempt++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** security.md rule 6: adversarial megabytes in bounded time. */
describe('performance safety (rule 6)', () => {
  it.each([
    ["'eyJ' + a×1e6", 'eyJ' + 'a'.repeat(MB)],
    ["'Bearer ' + a×1e6", 'Bearer ' + 'a'.repeat(MB)],
    ["'a:'×5e5", 'a:'.repeat(MB / 2)],
    ["'%'×1e6", '%'.repeat(MB)],
    ["'eyJ-'×2.5e5", 'eyJ-'.repeat(MB / 4)],
    ["'a='×5e5", 'a='.repeat(MB / 2)],
    ["'key: '×2e5", 'key: '.repeat(MB / 5)],
    ["'x=%3D'×2e5", 'x=%3D'.repeat(MB / 5)],
    ["'https://'×1.25e5", 'https://'.repeat(MB / 8)],
    ["'ab://' + @×1e6", 'ab://' + '@'.repeat(MB)],
    ["'-----BEGIN '×9e4", '-----BEGIN '.repeat(MB / 11)],
    ["'AIza'×2.5e5", 'AIza'.repeat(MB / 4)],
    ["'abc1Q~'×1.6e5", 'abc1Q~'.repeat(MB / 6)],
    ["'<password>'×1e5", '<password>'.repeat(MB / 10)],
    ['\'"password":"\'×8e4', '"password":"'.repeat(MB / 12)],
    ["'basic a=\"'×1.1e5", 'basic a="'.repeat(MB / 9)],
    ["'sid=1&'×1.7e5 (output 2.5 times the input)", 'sid=1&'.repeat(MB / 6)],
    ["'<key>a'×1.7e5", '<key>a'.repeat(MB / 6)],
    ["'x=sid%3D1'×1.1e5 (nested encoded secrets)", 'x=sid%3D1'.repeat(MB / 9)],
    ['lone surrogates', '\ud800'.repeat(MB)],
  ])('redactText(%s) within budget', (_, input) => {
    expect(timed(() => redactText(input))).toBeLessThan(BUDGET_MS);
  });

  it.each([
    ['a megabyte JSON string', () => redactJsonText(JSON.stringify('eyJ' + 'a'.repeat(MB)))],
    ['a JSON array of 80 000 secrets', () => redactJsonText(JSON.stringify(Array(80_000).fill('sid=1')))],
    ['100 000 nested arrays', () => redactJsonText('['.repeat(100_000) + ']'.repeat(100_000))],
    [
      'a Location of percent signs',
      () => redactHeaders([{ name: 'Location', value: '?a=' + '%'.repeat(MB) }]),
    ],
    ['half a million cookies', () => redactHeaders([{ name: 'Cookie', value: 'a;'.repeat(MB / 2) }])],
    [
      'half a million Set-Cookie lines',
      () => redactHeaders([{ name: 'Set-Cookie', value: 'a\n'.repeat(MB / 2) }]),
    ],
  ])('%s within budget', (_, run) => {
    expect(timed(run)).toBeLessThan(BUDGET_MS);
  });
});

describe('the length cap', () => {
  it('scans up to the cap whole', () => {
    const text = 'x'.repeat(TEXT_CAP - 20) + ' token=secret';
    expect(redactText(text).endsWith(' token=[REDACTED]')).toBe(true);
  });

  it('beyond the cap keeps a head cut at a blank and replaces the rest by a marker', () => {
    const text = 'sig=abc '.repeat(TEXT_CAP / 4) + 'AKIAIOSFODNN7EXAMPLE';
    const { text: out, marks } = redactTextWithMarks(text);
    expect(out).toMatch(/^(sig=\[REDACTED\] )*sig=\[REDACTED\]\n\[TRUNCATED \d+ characters\]$/);
    expect(out).not.toContain('abc');
    expect(out).not.toContain('AKIA');
    expect(marks.at(-1)).toMatchObject({ rule: 'cap', end: out.length });
    expect(redactText(out)).toBe(out);
  });

  it('drops a head without blanks rather than cut a token in two', () => {
    expect(redactText('a'.repeat(TEXT_CAP + 1))).toBe(`[TRUNCATED ${TEXT_CAP + 1} characters]`);
  });
});

describe('marks', () => {
  it('point at the placeholders of the output, with the rule that put them there', () => {
    const { text, marks } = redactTextWithMarks('a Bearer xyz and ?code=1&sig=2 AKIAIOSFODNN7EXAMPLE');
    expect(text).toBe('a Bearer [REDACTED] and ?code=[REDACTED]&sig=[REDACTED] [REDACTED]');
    expect(marks.map((m) => [text.slice(m.start, m.end), m.rule])).toEqual([
      ['[REDACTED]', 'bearer'],
      ['[REDACTED]', 'param'],
      ['[REDACTED]', 'param'],
      ['[REDACTED]', 'aws-key'],
    ]);
  });

  it('report nothing for text already redacted', () => {
    expect(redactTextWithMarks('token=[REDACTED] Bearer [REDACTED]')).toEqual({
      text: 'token=[REDACTED] Bearer [REDACTED]',
      marks: [],
    });
  });

  it('merge overlapping hits into one placeholder', () => {
    expect(redactTextWithMarks(`access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln`).marks).toHaveLength(
      1,
    );
  });
});

describe('known secrets', () => {
  it('are redacted wherever they are echoed', () => {
    expect(redactText('Key 3f9a8b7c is not valid (3f9a8b7c)', ['3f9a8b7c'])).toBe(
      'Key [REDACTED] is not valid ([REDACTED])',
    );
  });

  it('unless too short to tell from ordinary text', () => {
    expect(redactText('page 1 of 10', ['1'])).toBe('page 1 of 10');
  });
});
