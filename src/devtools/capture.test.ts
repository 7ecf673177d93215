import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseToHarEntry, loadCases } from '../../e2e/fixtures/corpus.ts';
import type { FetchedContent } from '../model/exchange.ts';
import type { Finding } from '../model/finding.ts';
import type { HarEntry } from '../model/har.ts';
import type { CapturedRequest, NetworkSource } from '../platform/network-source.ts';
import { startCapture } from './capture.ts';

const cases = loadCases();
const byId = (id: string) => cases.find((c) => c.id === id)!;

function fakeSource() {
  let listener: ((r: CapturedRequest) => void) | undefined;
  let reads = 0;
  const source: Pick<NetworkSource, 'subscribe'> = {
    subscribe(l) {
      listener = l;
      return () => (listener = undefined);
    },
  };
  const emit = (entry: HarEntry, backfilled = false, body?: FetchedContent | null, id?: string) =>
    listener?.({
      entry,
      backfilled,
      ...(id === undefined ? {} : { id }),
      readBody: async () => {
        reads++;
        if (body !== undefined) return body;
        const content = entry.response.content;
        return { text: content?.text ?? null, base64: content?.encoding === 'base64' };
      },
    });
  return { source, emit, reads: () => reads };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('startCapture', () => {
  it('turns finished requests into findings and ignores successes', async () => {
    const { source, emit } = fakeSource();
    const found: Finding[] = [];
    startCapture(source, (c) => found.push(c.finding));
    emit(caseToHarEntry(byId('mtp-resourcenotfound-doc-example')));
    emit(caseToHarEntry(byId('generic-200-error-null-not-error')));
    await settle();
    expect(found.map((f) => f.code)).toEqual(['ResourceNotFound']);
  });

  it('counts a request reported live and by the HAR backfill once', async () => {
    const { source, emit } = fakeSource();
    const found: Finding[] = [];
    startCapture(source, (c) => found.push(c.finding));
    const entry = caseToHarEntry(byId('mtp-badrequest'));
    emit(entry);
    emit(entry, true);
    await settle();
    expect(found).toHaveLength(1);
  });

  it('counts once by DevTools id, even when the HAR log and the live event disagree on timings', async () => {
    const { source, emit } = fakeSource();
    const found: Finding[] = [];
    startCapture(source, (c) => found.push(c.finding));
    const entry = caseToHarEntry(byId('mtp-badrequest'));
    emit({ ...entry, startedDateTime: '2024-06-11T09:14:22.001Z' }, true, undefined, '41');
    emit({ ...entry, startedDateTime: '2024-06-11T09:14:22.004Z' }, false, undefined, '41');
    emit({ ...entry, startedDateTime: '2024-06-11T09:14:22.004Z' }, false, undefined, '42');
    await settle();
    expect(found).toHaveLength(2);
  });

  it('skips a request still in flight when the log was read, and takes its finished report', async () => {
    const { source, emit } = fakeSource();
    const found: Finding[] = [];
    startCapture(source, (c) => found.push(c.finding));
    const entry = caseToHarEntry(byId('mtp-notfound'));
    emit({ ...entry, response: { ...entry.response, status: 0 } }, true, undefined, '9');
    emit(entry, false, undefined, '9');
    await settle();
    expect(found.map((f) => f.code)).toEqual(['NotFound']);
  });

  it('never asks for the body of an entry ruled out by metadata', async () => {
    const { source, emit, reads } = fakeSource();
    const found: Finding[] = [];
    startCapture(source, (c) => found.push(c.finding));
    const image = caseToHarEntry(byId('mtp-badrequest'));
    image.response.content = { mimeType: 'image/png', size: 10 };
    image.response.status = 200;
    const huge = caseToHarEntry(byId('mtp-notfound'));
    huge.response.content = { mimeType: 'application/json', size: 50 * 1024 * 1024 };
    emit(image);
    emit(huge);
    await settle();
    expect(reads()).toBe(0);
    expect(found.map((f) => [f.status, f.bodyState])).toEqual([[404, 'too-large']]);
  });

  describe('a failure first answered without its body', () => {
    afterEach(() => vi.useRealTimers());
    /** The request as the live listener reports it, its body read from `answers` in turn. */
    const failure = (id: string, size: number | undefined, answers: (FetchedContent | null)[]) => {
      let listener: ((r: CapturedRequest) => void) | undefined;
      const found: Finding[] = [];
      let reads = 0;
      startCapture({ subscribe: (l) => ((listener = l), () => undefined) }, (c) => found.push(c.finding));
      const entry = caseToHarEntry(byId(id));
      const { size: _, ...content } = entry.response.content!;
      entry.response.content = size === undefined ? content : { ...content, size };
      const text = content.text!;
      listener?.({
        entry,
        backfilled: false,
        readBody: async () => {
          reads++;
          return answers.shift() ?? null;
        },
      });
      return { found, reads: () => reads, body: { text, base64: false } };
    };

    it('asks again while the browser says it had a body, and finds its ids', async () => {
      vi.useFakeTimers();
      const answers: (FetchedContent | null)[] = [null, null, { text: '', base64: false }];
      const request = failure('mtp-internalservererror', 120, answers);
      answers.push(request.body);
      await vi.advanceTimersByTimeAsync(549);
      expect(request.found).toEqual([]);
      await vi.advanceTimersByTimeAsync(1001);
      expect(request.reads()).toBe(4);
      expect(request.found.map((f) => [f.family, f.code, f.bodyState])).toEqual([
        ['mtp', 'InternalServerError', 'analyzed'],
      ]);
      expect(request.found[0]!.correlationIds.length).toBeGreaterThan(0);
    });

    it('marks it once every retry came back empty', async () => {
      vi.useFakeTimers();
      const request = failure('mtp-notfound', 120, []);
      await vi.advanceTimersByTimeAsync(1549);
      expect(request.found).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(request.reads()).toBe(4);
      expect(request.found[0]).toMatchObject({
        status: 404,
        bodyState: 'not-captured',
        family: 'generic-http',
      });
    });

    it('reads a failure whose entry says its body is empty, and finds its code and ids', async () => {
      const text = caseToHarEntry(byId('mtp-internalservererror')).response.content!.text!;
      const request = failure('mtp-internalservererror', 0, [{ text, base64: false }]);
      await settle();
      expect(request.reads()).toBe(1);
      expect(request.found.map((f) => [f.family, f.code, f.bodyState])).toEqual([
        ['mtp', 'InternalServerError', 'analyzed'],
      ]);
    });

    it('marks a failure whose body really is empty as empty, after one more look', async () => {
      vi.useFakeTimers();
      const request = failure('mtp-notfound', 0, [{ text: '', base64: false }]);
      await vi.advanceTimersByTimeAsync(150);
      expect(request.reads()).toBe(2);
      expect(request.found[0]).toMatchObject({ status: 404, bodyState: 'empty', family: 'generic-http' });
    });

    it('asks once more only when the browser gave the body no size', async () => {
      vi.useFakeTimers();
      const request = failure('mtp-notfound', undefined, []);
      await vi.advanceTimersByTimeAsync(150);
      expect(request.reads()).toBe(2);
      expect(request.found).toHaveLength(1);
    });
  });
});
