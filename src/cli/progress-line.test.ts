import { describe, expect, it } from 'vitest';
import { createProgressLine, describeProgress } from './progress-line.ts';

describe('the progress line', () => {
  it('names bytes, percent, entries, findings and the time left', () => {
    const progress = { read: 300 * 1024 * 1024, total: 1200 * 1024 * 1024, entries: 4000, findings: 12 };
    expect(describeProgress(progress, 10_000, 'en')).toBe(
      '300 MB of 1.17 GB, 25 %, 4000 entries, 12 findings, ETA 0:30',
    );
    expect(describeProgress({ ...progress, total: null }, 10_000, 'en')).toBe(
      '300 MB, 4000 entries, 12 findings',
    );
    expect(describeProgress({ ...progress, entries: 1, findings: 1 }, 10_000, 'en')).toContain(
      '1 entry, 1 finding',
    );
    expect(describeProgress(progress, 10_000, 'ja')).toBe(
      '300 MB / 1.17 GB、25 %、4000 件のエントリ、12 件のエラー、残り 0:30',
    );
  });

  it('redraws at most every 200 ms, on one line, and erases itself at the end', () => {
    const written: string[] = [];
    let now = 0;
    const stream = { write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const line = createProgressLine(stream, 'en', () => now);
    const counts = { read: 1024, total: 2048, entries: 1, findings: 0 };
    now = 250;
    line.update(counts);
    now = 300;
    line.update(counts);
    now = 500;
    line.update({ ...counts, read: 2048 });
    line.done();
    expect(written).toEqual([
      '\r\u001b[2Kfaultline: 1 KB of 2 KB, 50 %, 1 entry, 0 findings',
      '\r\u001b[2Kfaultline: 2 KB of 2 KB, 100 %, 1 entry, 0 findings',
      '\r\u001b[2K',
    ]);
  });
});
