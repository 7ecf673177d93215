import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idAfterLabel } from './labelled-id.ts';

/**
 * What the walk reads, as one pattern: the oracle the character-code walk must agree with. Blanks, colons
 * and whole tags are skipped without giving any back (the look-ahead makes the group atomic), then up to
 * 200 id characters are taken.
 */
const WALK = /(?=((?:[:\s]|<[^>]*>)*))\1([A-Za-z0-9._:+/=-]{1,200})/y;

function byPattern(text: string, label: string): string | undefined {
  const head = text.slice(0, 64 * 1024);
  const at = head.indexOf(label);
  if (at === -1) return undefined;
  WALK.lastIndex = at + label.length;
  return WALK.exec(head)?.[2];
}

describe('idAfterLabel', () => {
  it.each([
    ['… RequestId:9b2f-01 Time:x', 'RequestId', '9b2f-01'],
    ['Ray ID: <strong class="x">8a1b2c3d4e5f</strong>', 'Ray ID', '8a1b2c3d4e5f'],
    ['RequestId:\u00a0\u3000abc_=+/.:-Z!', 'RequestId', 'abc_=+/.:-Z'],
    ['RequestId: é', 'RequestId', undefined],
  ])('%s', (text, label, id) => {
    expect(idAfterLabel(text, label)).toBe(id);
    expect(byPattern(text, label)).toBe(id);
  });

  it('agrees with the pattern on any text around a label', () => {
    const piece = fc.constantFrom(
      'Id',
      ':',
      ' ',
      '\t',
      '\u00a0',
      '\u2028',
      '<b>',
      '<',
      '>',
      'a',
      'Z',
      '0',
      '_',
      '.',
      '=',
      '+',
      '/',
      '-',
      '@',
      '[',
      '`',
      '{',
      '~',
      'é',
      '\u0130',
      '\ud83d\ude00',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(idAfterLabel(text, 'Id')).toBe(byPattern(text, 'Id'));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (tail) => {
        expect(idAfterLabel(`Id${tail}`, 'Id')).toBe(byPattern(`Id${tail}`, 'Id'));
      }),
    );
  });
});
