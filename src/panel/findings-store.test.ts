import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redactedFixture } from '../testing/redacted.ts';
import type { Finding } from '../model/finding.ts';
import { createSession } from '../core/session/session.ts';
import { createFindingsStore } from './findings-store.ts';

const finding = (code: string, startedAt: string): Finding => ({
  family: 'mtp',
  code,
  status: 404,
  message: null,
  method: 'GET',
  url: 'https://api.security.microsoft.com/api/machines/1',
  startedAt,
  correlationIds: [],
  bodyState: 'analyzed',
  hints: [],
  nested: [],
});

const frame = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createFindingsStore', () => {
  beforeEach(() => {
    // The panel applies arrivals once per animation frame; Node has no frames, timers stand in.
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows what the session had, newest request first', async () => {
    const session = createSession();
    session.add(finding('B', '2024-06-11T09:00:02.000Z'));
    session.add(finding('A', '2024-06-11T09:00:01.000Z'));
    const store = createFindingsStore(session);
    await frame();
    expect(store.entries.value.map((e) => e.finding.code)).toEqual(['B', 'A']);
  });

  it('orders live arrivals by when the request started, not when its finding arrived', async () => {
    const session = createSession();
    const store = createFindingsStore(session);
    session.add(finding('late-get', '2024-06-11T09:00:03.000Z'));
    session.add(finding('early-post', '2024-06-11T09:00:01.000Z'));
    await frame();
    session.add(finding('middle', '2024-06-11T09:00:02.000Z'));
    await frame();
    expect(store.entries.value.map((e) => e.finding.code)).toEqual(['late-get', 'middle', 'early-post']);
  });

  it('follows the page changes of the session, apart from the errors, and Clear empties both', async () => {
    const session = createSession();
    const change = {
      at: '2024-06-11T09:00:01.500Z',
      url: redactedFixture('https://app.example/?code=4/0AbCdEf'),
      kind: 'reload' as const,
    };
    session.pageChanged(change);
    const store = createFindingsStore(session);
    expect(store.pageChanges.value).toEqual([change]);
    session.add(finding('A', '2024-06-11T09:00:02.000Z'));
    session.pageChanged({ ...change, kind: 'navigate' });
    await frame();
    expect(store.pageChanges.value.map((c) => c.kind)).toEqual(['reload', 'navigate']);
    expect(store.entries.value).toHaveLength(1);
    store.clear();
    expect(store.pageChanges.value).toEqual([]);
    expect(session.pageChanges()).toEqual([]);
  });

  it('applies a burst of arrivals in one update', async () => {
    const session = createSession();
    const store = createFindingsStore(session);
    let updates = 0;
    store.entries.subscribe(() => updates++);
    const before = updates;
    for (let i = 0; i < 50; i++)
      session.add(finding(`E${i}`, `2024-06-11T09:00:${String(i).padStart(2, '0')}.000Z`));
    await frame();
    expect(store.entries.value).toHaveLength(50);
    expect(updates - before).toBe(1);
  });

  it('reads a preview from the session only when asked, and clear empties both sides', async () => {
    const session = createSession();
    const preview = redactedFixture({
      requestHeaders: [],
      requestBody: null,
      responseHeaders: [],
      responseBody: '{}',
      truncated: false,
    });
    session.add(finding('A', '2024-06-11T09:00:01.000Z'), preview);
    const store = createFindingsStore(session);
    await frame();
    const [entry] = store.entries.value;
    expect(entry).not.toHaveProperty('exchange');
    expect(store.exchangeOf(entry!.seq)).toEqual(preview);
    store.clear();
    session.add(finding('B', '2024-06-11T09:00:02.000Z'));
    await frame();
    expect(store.entries.value.map((e) => e.finding.code)).toEqual(['B']);
    expect(session.entries().map((e) => e.finding.code)).toEqual(['B']);
  });
});
