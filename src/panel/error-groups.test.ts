import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aFinding } from '../testing/finding.ts';
import { createSession } from '../core/session/session.ts';
import { createErrorGroups, groupKey, timeBuckets } from './error-groups.ts';
import { createErrorsFilter } from './errors-filter.ts';
import { createFindingsStore } from './findings-store.ts';
import { groupLines } from './group-rows.ts';

const finding = (status: number, host: string, code: string | null) =>
  aFinding({ status, code, url: `https://${host}/x` });

const frame = () => new Promise((resolve) => setTimeout(resolve, 5));
const summary = (groups: ReturnType<typeof createErrorGroups>) =>
  groups.groups.value.map((g) => [g.code, g.host, g.count, Object.fromEntries(g.statuses)]);

function setup() {
  const session = createSession();
  session.add(finding(429, 'a.test', 'TooManyRequests'));
  session.add(finding(503, 'a.test', 'TooManyRequests'));
  session.add(finding(429, 'b.test', 'TooManyRequests'));
  session.add(finding(404, 'a.test', null));
  session.add(finding(429, 'A.test', 'TooManyRequests'));
  const store = createFindingsStore(session);
  const filter = createErrorsFilter(store);
  const groups = createErrorGroups(filter);
  return { session, store, filter, groups };
}

describe('createErrorGroups', () => {
  beforeEach(() => vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0)));
  afterEach(() => vi.unstubAllGlobals());

  it('one group per code × host, most errors first, counts adding up to the rows', async () => {
    const { store, groups } = setup();
    await frame();
    expect(summary(groups)).toEqual([
      ['TooManyRequests', 'a.test', 3, { 429: 2, 503: 1 }],
      ['', 'a.test', 1, { 404: 1 }],
      ['TooManyRequests', 'b.test', 1, { 429: 1 }],
    ]);
    const total = groups.groups.value.reduce((n, g) => n + g.count, 0);
    expect(total).toBe(store.entries.value.length);
    const first = groups.groups.value[0]!;
    expect(first.entries.map((e) => e.finding.status)).toEqual([429, 503, 429]);
    expect(first.lastMs - first.firstMs).toBe(4000);
  });

  it('adds arrivals to their own group only, and follows the filter', async () => {
    const { session, filter, groups } = setup();
    await frame();
    const untouched = groups.groups.value.find((g) => g.host === 'b.test');
    session.add(finding(500, 'a.test', null));
    await frame();
    expect(groups.groups.value.find((g) => g.host === 'b.test')).toBe(untouched);
    expect(summary(groups)[1]).toEqual(['', 'a.test', 2, { 404: 1, 500: 1 }]);

    // While the list is shown, a new filter regroups only when the groups are shown again.
    filter.setText('status:429');
    expect(summary(groups)).toHaveLength(3);
    groups.setGrouped(true);
    expect(summary(groups)).toEqual([
      ['TooManyRequests', 'a.test', 2, { 429: 2 }],
      ['TooManyRequests', 'b.test', 1, { 429: 1 }],
    ]);
    filter.setText('-host:a.test');
    expect(summary(groups)).toEqual([['TooManyRequests', 'b.test', 1, { 429: 1 }]]);
  });

  it("keeps a group's times oldest first when errors arrive out of order", async () => {
    const session = createSession();
    const at = (s: number) =>
      aFinding({ url: 'https://a.test/x', startedAt: new Date(s * 1000).toISOString() });
    [5, 1, 3].forEach((s) => session.add(at(s)));
    const groups = createErrorGroups(createErrorsFilter(createFindingsStore(session)));
    await frame();
    session.add(at(2));
    await frame();
    session.add(at(9));
    await frame();
    expect(groups.groups.value[0]!.times).toEqual([1, 2, 3, 5, 9].map((s) => s * 1000));
  });

  it('lists an expanded group as lines under its header', async () => {
    const { groups } = setup();
    await frame();
    const key = groupKey('toomanyrequests', 'a.test');
    groups.toggle(key);
    const lines = groupLines(groups.groups.value, groups.expanded.value);
    expect(lines.count).toBe(3 + 3);
    expect(lines.at(0)).toMatchObject({ kind: 'group', group: { key } });
    expect(lines.at(3)).toMatchObject({ kind: 'error', posInGroup: 2 });
    expect(lines.at(4)).toMatchObject({ kind: 'group', group: { host: 'a.test', code: '' } });
    expect(lines.at(6)).toBeUndefined();
    expect(lines.indexOfGroup(groupKey('toomanyrequests', 'b.test'))).toBe(5);
    groups.toggle(key);
    expect(groupLines(groups.groups.value, groups.expanded.value).count).toBe(3);
  });
});

describe('timeBuckets', () => {
  it.each([
    [[0, 5, 10], 0, 10, 2, [1, 2]],
    [[0, 1, 2, 3], 0, 4, 4, [1, 1, 1, 1]],
    [[7, 7], 7, 7, 3, [0, 0, 2]],
    [[-5, 50], 0, 10, 2, [1, 1]],
  ])('%j in [%d, %d] over %d buckets → %j', (times, from, to, buckets, expected) => {
    expect(timeBuckets(times, from, to, buckets)).toEqual(expected);
  });

  it('counts as one pass over every time would', () => {
    const naive = (times: number[], from: number, to: number, buckets: number) => {
      const counts = new Array<number>(buckets).fill(0);
      for (const ms of times) {
        const at = to - from <= 0 ? buckets - 1 : Math.floor(((ms - from) / (to - from)) * buckets);
        counts[Math.min(buckets - 1, Math.max(0, at))]!++;
      }
      return counts;
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 1050 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 20 }),
        (times, from, width, buckets) => {
          const sorted = times.sort((a, b) => a - b);
          expect(timeBuckets(sorted, from, from + width, buckets)).toEqual(
            naive(sorted, from, from + width, buckets),
          );
        },
      ),
    );
  });
});
