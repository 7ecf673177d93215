import { describe, expect, it } from 'vitest';
import { newRecordId } from './record-id.ts';

describe('newRecordId', () => {
  it('sorts as the times do, whatever the random part', () => {
    const times = [
      '2024-06-11T09:00:00.000Z',
      '2024-06-11T09:00:00.001Z',
      '2024-06-12T00:00:00.000Z',
      '2031-01-01T00:00:00.000Z',
    ];
    const ids = times.map((time, i) => newRecordId(time, () => 1 - (i + 1) / 10));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs within one millisecond', () => {
    const ids = new Set(
      Array.from({ length: 1000 }, () => newRecordId('2024-06-11T09:00:00.000Z', Math.random)),
    );
    expect(ids.size).toBe(1000);
  });

  it.each([
    ['2024-06-11T09:00:00.000Z', 19],
    ['1960-01-01T00:00:00.000Z', 19],
    ['+275760-09-13T00:00:00.000Z', 19],
  ])('has a fixed width: %s', (time, width) => {
    expect(newRecordId(time, () => 0.5)).toHaveLength(width);
  });

  it('refuses a time that is not one', () => {
    expect(() => newRecordId('yesterday', Math.random)).toThrow(RangeError);
  });
});
