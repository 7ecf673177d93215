import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.ts';
import { redactedFixture } from '../../testing/redacted.ts';
import { PAGE_CHANGES_KEPT } from './page-change.ts';
import { EXCHANGES_KEPT, SESSION_CAP, createSession } from './session.ts';

const finding = (code: string): Finding => ({
  family: 'generic-http',
  code,
  status: 500,
  message: null,
  method: 'GET',
  url: 'https://x/',
  startedAt: '',
  correlationIds: [],
  bodyState: 'analyzed',
  hints: [],
  nested: [],
});

const preview = (body: string) =>
  redactedFixture({
    requestHeaders: [],
    requestBody: null,
    responseHeaders: [],
    responseBody: body,
    truncated: false,
  });

describe('createSession', () => {
  it('keeps findings in arrival order and tells subscribers', () => {
    const session = createSession();
    const seen: string[] = [];
    session.subscribe((added) => added.forEach((e) => seen.push(e.finding.code ?? '')));
    session.add(finding('a'));
    session.add(finding('b'));
    expect(session.entries().map((e) => [e.seq, e.finding.code])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(seen).toEqual(['a', 'b']);
  });

  it('drops the oldest past the cap', () => {
    const session = createSession({ cap: 2 });
    ['a', 'b', 'c'].forEach((c) => session.add(finding(c)));
    expect(session.entries().map((e) => e.finding.code)).toEqual(['b', 'c']);
  });

  it('keeps exchange previews for the newest entries only, and finds them by seq', () => {
    const session = createSession({ exchangesKept: 2 });
    ['a', 'b', 'c', 'd'].forEach((c) => session.add(finding(c), preview(c)));
    session.add(finding('e'));
    expect(session.entries().map((e) => e.exchange?.responseBody ?? null)).toEqual([
      null,
      null,
      null,
      'd',
      null,
    ]);
    expect([1, 3, 4, 5, 6].map((seq) => session.exchange(seq)?.responseBody ?? null)).toEqual([
      null,
      null,
      'd',
      null,
      null,
    ]);
  });

  it('holds 10^5 findings by default, with previews for the newest 2 000 only', () => {
    const session = createSession();
    const shared = preview('body');
    const extra = 5;
    for (let i = 0; i < SESSION_CAP + extra; i++) session.add(finding(String(i)), shared);
    const entries = session.entries();
    expect(entries).toHaveLength(SESSION_CAP);
    expect(entries[0]?.seq).toBe(extra + 1);
    expect(entries.at(-1)?.seq).toBe(SESSION_CAP + extra);
    expect(entries.filter((e) => e.exchange)).toHaveLength(EXCHANGES_KEPT);
    expect(entries.slice(-EXCHANGES_KEPT).every((e) => e.exchange === shared)).toBe(true);
    expect(session.exchange(SESSION_CAP + extra)).toBe(shared);
    expect(session.exchange(SESSION_CAP + extra - EXCHANGES_KEPT)).toBeUndefined();
  });

  it('finds no preview after clear', () => {
    const session = createSession();
    session.add(finding('a'), preview('a'));
    session.clear();
    expect(session.exchange(1)).toBeUndefined();
  });

  it('survives a listener that throws and stops calling it', () => {
    const session = createSession();
    let calls = 0;
    session.subscribe(() => {
      calls++;
      throw new Error('dead window');
    });
    session.add(finding('a'));
    session.add(finding('b'));
    expect(calls).toBe(1);
    expect(session.entries()).toHaveLength(2);
  });

  it('stops notifying after unsubscribe, and clear empties the list', () => {
    const session = createSession();
    let calls = 0;
    const off = session.subscribe(() => calls++);
    off();
    session.add(finding('a'));
    session.clear();
    expect(calls).toBe(0);
    expect(session.entries()).toEqual([]);
  });

  it('keeps page changes apart from findings, the newest 1 000, until cleared', () => {
    const session = createSession();
    const told: number[] = [];
    session.subscribePageChanges((changes) => told.push(changes.length));
    const change = (i: number) => ({
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      url: redactedFixture(`https://x/${i}`),
      kind: 'navigate' as const,
    });
    session.add(finding('a'));
    for (let i = 0; i < PAGE_CHANGES_KEPT + 3; i++) session.pageChanged(change(i));
    expect(session.entries()).toHaveLength(1);
    expect(session.pageChanges()).toHaveLength(PAGE_CHANGES_KEPT);
    expect(session.pageChanges()[0]).toEqual(change(3));
    expect(told.at(-1)).toBe(PAGE_CHANGES_KEPT);
    session.clear();
    expect(session.pageChanges()).toEqual([]);
  });
});
