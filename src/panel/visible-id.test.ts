import { describe, expect, it } from 'vitest';
import { visibleId } from './visible-id.ts';

describe('visibleId', () => {
  it.each([
    ['43f4cb08-8fac-4b65-9db1-745c2ae65f3a', '43f4cb08-8fac-4b65-9db1-745c2ae65f3a'],
    ['abc\u200bdef', 'abc⟨U+200B⟩def'],
    ['\u202eevil', '⟨U+202E⟩evil'],
    ['a\ufeffb\u2066c', 'a⟨U+FEFF⟩b⟨U+2066⟩c'],
  ])('%j → %j', (input, expected) => {
    expect(visibleId(input)).toBe(expected);
  });
});
