import { describe, expect, it } from 'vitest';
import { DICTIONARY } from './dictionary.ts';
import { plural } from './plural.ts';

describe('plural', () => {
  it.each([
    [0, 'records'],
    [1, 'record'],
    [2, 'records'],
    [1.5, 'records'],
  ])('en %d → %s', (n, word) => {
    expect(plural('en', n, { one: 'record', other: 'records' })).toBe(word);
  });

  it('Japanese has one form', () => {
    expect(plural('ja', 1, { one: 'a', other: 'b' })).toBe('b');
  });

  it('the panel counts in both languages', () => {
    expect(DICTIONARY.en.history.count(1, 1, false)).toBe('1 of 1 record');
    expect(DICTIONARY.en.history.count(2, 10, true)).toBe('2+ of 10 records');
    expect(DICTIONARY.en.history.confirmClear(1)).toBe('Delete the 1 record?');
    expect(DICTIONARY.en.filter.count(12, 95)).toBe('12 of 95 errors');
    expect(DICTIONARY.en.filter.count(1, 1)).toBe('1 of 1 error');
    expect(DICTIONARY.ja.filter.count(12, 95)).toBe('95 件中 12 件');
  });
});
