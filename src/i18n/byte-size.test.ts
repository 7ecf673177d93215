import { describe, expect, it } from 'vitest';
import { byteSize } from './byte-size.ts';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

describe('byteSize', () => {
  it.each([
    [0, '0 KB'],
    [1, '1 KB'],
    [KB, '1 KB'],
    [KB + 1, '2 KB'],
    [MB - 1, '1024 KB'],
    [MB, '1 MB'],
    [1.5 * MB, '1.5 MB'],
    [8 * MB, '8 MB'],
    [99.94 * MB, '99.9 MB'],
    [300 * MB, '300 MB'],
    [1023.4 * MB, '1023 MB'],
    [GB, '1 GB'],
    [1200 * MB, '1.17 GB'],
    [40 * GB, '40 GB'],
  ])('%d bytes read %s', (bytes, shown) => {
    expect(byteSize('en', bytes)).toBe(shown);
  });

  it('says the same size in Japanese', () => {
    for (const bytes of [0, 700, 3 * MB, 1200 * MB])
      expect(byteSize('ja', bytes)).toBe(byteSize('en', bytes));
  });
});
