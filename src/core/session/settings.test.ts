import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings.ts';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [{ historyCap: 500 }, { historyCap: 500 }],
    [{ historyCap: 10_000_000 }, { historyCap: 100_000 }],
    [{ historyCap: -3 }, { historyCap: 100 }],
    [{ historyCap: 'many' }, { historyCap: 10_000 }],
    [{ recordPrivate: true }, { recordPrivate: true }],
    [{ recordPrivate: 'yes' }, { recordPrivate: false }],
    [{ reportFormat: 'markdown' }, { reportFormat: 'markdown' }],
    [{ reportFormat: 'html' }, { reportFormat: 'text' }],
    [{ language: 'ja' }, { language: 'ja' }],
    [{ language: 'fr' }, { language: 'auto' }],
  ])('%j → %j', (stored, expected) => {
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });
});
