import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from './json-syntax.ts';

/** JSON.parse's verdict: null when the text parses, else its message. */
function v8Error(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A JSON text with one character inserted, deleted or replaced: mostly invalid, sometimes not. */
const damaged = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.constantFrom('insert', 'delete', 'replace'),
    fc.string({ maxLength: 1, unit: 'binary' }),
  )
  .map(([json, at, edit, char]) => {
    const i = at % (json.length + 1);
    return json.slice(0, i) + (edit === 'delete' ? '' : char) + json.slice(edit === 'insert' ? i : i + 1);
  });

const texts = fc.oneof(
  fc.json(),
  damaged,
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary' }).map((s) => `"${s}"`),
  fc.stringMatching(/^-?\d{0,2}(\.\d{0,2})?([eE][+-]?\d{0,2})?[\]x]?$/),
);

describe('jsonErrorOffset', () => {
  it('finds an error exactly when JSON.parse does, at the position V8 names when it names one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const message = v8Error(text);
        const offset = jsonErrorOffset(text);
        expect(offset === null).toBe(message === null);
        const v8Position = message === null ? undefined : /at position (\d+)/.exec(message)?.[1];
        if (v8Position !== undefined) expect(offset).toBe(Number(v8Position));
      }),
      { numRuns: 5000 },
    );
  });

  it('points at the token V8 only quotes', () => {
    expect(v8Error('{"a":}')).not.toMatch(/position/);
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset('[1, tru]')).toBe(7);
  });

  it('survives nesting deeper than any stack', () => {
    expect(jsonErrorOffset(`${'['.repeat(200_000)}x`)).toBe(200_000);
  });
});

describe('lineAndColumn', () => {
  it('counts from 1 the way editors do', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 8)).toEqual({ line: 3, column: 3 });
  });
});
