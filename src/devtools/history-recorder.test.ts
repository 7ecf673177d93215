import { describe, expect, it } from 'vitest';
import { redactFinding, redactText } from '../core/redact/redact.ts';
import { createMemoryHistoryStore } from '../testing/history/memory-store.ts';
import { createHistoryRecorder } from './history-recorder.ts';

const finding = (code: string) =>
  redactFinding({
    family: 'mtp',
    code,
    status: 404,
    message: 'Machine 1 was not found',
    method: 'GET',
    url: 'https://api.security.microsoft.com/api/machines/1',
    startedAt: '2024-06-11T09:14:22.000Z',
    correlationIds: [{ name: 'error.target', value: `target-${code}`, source: 'body' }],
    bodyState: 'analyzed',
    hints: [],
    nested: [],
  });
const origin = redactText('https://app.example');

describe('createHistoryRecorder', () => {
  it('writes a burst of findings as one batch, in order, with the page origin', async () => {
    const store = createMemoryHistoryStore();
    const batches: number[] = [];
    store.subscribe((change) => change.kind === 'appended' && batches.push(change.ids.length));
    const recorder = createHistoryRecorder(store, { enabled: () => true, flushMs: 10_000 });
    for (const code of ['A', 'B', 'C']) recorder.record(finding(code), origin);
    await recorder.flush();
    const page = await store.query({});
    expect(page.records.map((r) => r.code).sort()).toEqual(['A', 'B', 'C']);
    expect(page.records.every((r) => r.origin === 'https://app.example')).toBe(true);
    expect(batches).toEqual([3]);
  });

  it('records nothing while disabled (a private window without opt-in)', async () => {
    const store = createMemoryHistoryStore();
    let enabled = false;
    const recorder = createHistoryRecorder(store, { enabled: () => enabled, flushMs: 10_000 });
    recorder.record(finding('A'), origin);
    enabled = true;
    recorder.record(finding('B'), origin);
    await recorder.flush();
    expect((await store.query({})).records.map((r) => r.code)).toEqual(['B']);
  });

  it('reports a failed write and keeps going', async () => {
    const store = createMemoryHistoryStore();
    const errors: unknown[] = [];
    const failing = { ...store, append: () => Promise.reject(new Error('quota')) };
    const recorder = createHistoryRecorder(failing, { enabled: () => true, onError: (e) => errors.push(e) });
    recorder.record(finding('A'), origin);
    await recorder.flush();
    expect(errors).toHaveLength(1);
  });
});
