import { describe, expect, it } from 'vitest';
import type { PageChange } from '../core/session/page-change.ts';
import { aFinding } from '../testing/finding.ts';
import { shownEntry, type ShownEntry } from './findings-store.ts';
import { redactedFixture } from '../testing/redacted.ts';
import {
  errorIndexOf,
  errorRowNear,
  isPageChange,
  markPageChanges,
  markerBelow,
} from './page-change-rows.ts';

const t = (s: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, s)).toISOString();
/** Newest first, as the store holds them: one entry per second given. */
const entries = (...seconds: number[]): ShownEntry[] =>
  seconds.map((s, i) => shownEntry(100 - i, aFinding({ startedAt: t(s), code: `c${s}` })));
const change = (s: number, kind: PageChange['kind'] = 'navigate'): PageChange => ({
  at: t(s),
  url: redactedFixture(`https://app.example/${s}`),
  kind,
});
/** The rows as `e<second>` and `|<second>` for markers. */
const shape = (rows: readonly (ShownEntry | PageChange)[]) =>
  rows.map((r) => (isPageChange(r) ? `|${new Date(r.at).getUTCSeconds()}` : `e${r.finding.code?.slice(1)}`));

describe('markPageChanges', () => {
  it('puts each marker under the errors its page made, the oldest page at the bottom', () => {
    const list = entries(40, 31, 30, 21, 20, 5);
    const { rows, markers } = markPageChanges(list, [change(10), change(25, 'reload'), change(30)]);
    expect(shape(rows)).toEqual(['e40', 'e31', 'e30', '|30', 'e21', 'e20', '|10', 'e5']);
    expect(markers).toEqual([3, 6]);
  });

  it('shows no marker for a page without errors among those shown, so none stands alone', () => {
    const list = entries(40, 20);
    expect(shape(markPageChanges(list, [change(10), change(15), change(30), change(35)]).rows)).toEqual([
      'e40',
      '|35',
      'e20',
      '|15',
    ]);
    // Changes after the newest error, or before the session with no error in between.
    expect(markPageChanges(list, [change(50)]).rows).toBe(list);
    expect(markPageChanges([], [change(1), change(2)]).rows).toEqual([]);
  });

  it('counts an error started in the very millisecond of the change as the new page', () => {
    expect(shape(markPageChanges(entries(30, 29), [change(30)]).rows)).toEqual(['e30', '|30', 'e29']);
  });

  it('places 1 000 changes among 10^5 errors with every marker between the right errors', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => 100_000 - i);
    const list = many.map((ms, i) =>
      shownEntry(200_000 - i, aFinding({ startedAt: new Date(ms * 10).toISOString() })),
    );
    const changes = Array.from({ length: 1000 }, (_, i) => ({
      ...change(0),
      at: new Date(i * 1000 + 5).toISOString(),
    }));
    const { rows, markers } = markPageChanges(list, changes);
    expect(rows).toHaveLength(100_000 + 1000);
    for (const m of markers) {
      const at = Date.parse((rows[m] as PageChange).at);
      expect(Date.parse((rows[m - 1] as ShownEntry).finding.startedAt)).toBeGreaterThanOrEqual(at);
      const below = rows[m + 1];
      if (below && !isPageChange(below)) expect(Date.parse(below.finding.startedAt)).toBeLessThan(at);
    }
  });
});

describe('moving among rows', () => {
  const { rows, markers } = markPageChanges(entries(40, 30, 20), [change(10), change(25)]);
  // e40 e30 |25 e20 |10

  it('lands on the nearest error, never on a marker', () => {
    expect(errorRowNear(rows, 2, 1)).toBe(3);
    expect(errorRowNear(rows, 2, -1)).toBe(1);
    expect(errorRowNear(rows, 4, 1)).toBe(3);
    expect(errorRowNear([change(1)], 0, 1)).toBe(-1);
  });

  it('numbers errors without the markers, and names the marker of each group', () => {
    expect([0, 1, 3].map((i) => errorIndexOf(markers, i))).toEqual([0, 1, 2]);
    expect([0, 1, 2, 3, 4].map((i) => markerBelow(markers, i))).toEqual([2, 2, 2, 4, 4]);
    expect(markerBelow([2], 3)).toBeUndefined();
  });
});
