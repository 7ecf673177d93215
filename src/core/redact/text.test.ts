import { describe, expect, it } from 'vitest';
import { TEXT_CAP, redactText, redactTextWithMarks } from './text.ts';

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
