import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.ts';
import { prettyBody } from './pretty.ts';

describe('highlight', () => {
  it('marks every occurrence and keeps the text whole', () => {
    const segments = highlight('a "Comment": 1, "comment": 2', ['"comment"']);
    expect(segments).toEqual([
      { text: 'a "Comment": 1, ', mark: false },
      { text: '"comment"', mark: true },
      { text: ': 2', mark: false },
    ]);
  });

  it('merges overlapping needles and ignores one-character ones', () => {
    const segments = highlight('ResourceNotFound', ['ResourceNotFound', 'NotFound', 'x']);
    expect(segments).toEqual([{ text: 'ResourceNotFound', mark: true }]);
    expect(segments.map((s) => s.text).join('')).toBe('ResourceNotFound');
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlight('abc', ['zz'])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('prettyBody', () => {
  it('indents JSON and leaves other text alone', () => {
    expect(prettyBody('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyBody('<Error/>')).toBe('<Error/>');
    expect(prettyBody('{"truncated":')).toBe('{"truncated":');
  });

  it('survives JSON nested too deep to print', () => {
    const deep = '['.repeat(20000) + ']'.repeat(20000);
    expect(typeof prettyBody(deep)).toBe('string');
  });
});
