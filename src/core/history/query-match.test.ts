import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './order.ts';
import { DEFAULT_QUERY_LIMIT, normalizeQuery } from './query-match.ts';

describe('normalizeQuery', () => {
  it.each([
    [undefined, DEFAULT_QUERY_LIMIT],
    [Number.NaN, DEFAULT_QUERY_LIMIT],
    [0, 1],
    [-5, 1],
    [12.7, 12],
    [5000, 5000],
  ])('limit %s → %s', (limit, expected) => {
    expect(normalizeQuery(limit === undefined ? {} : { limit }).limit).toBe(expected);
  });

  it('trims and lower-cases text, code and host, and drops blank ones', () => {
    const normalized = normalizeQuery({ text: ' Req-1 ', code: ' ', host: 'API.Example.com' });
    expect([normalized.text, normalized.code, normalized.host]).toEqual([
      'req-1',
      undefined,
      'api.example.com',
    ]);
  });
});

describe('page cursors', () => {
  it('round-trips a position', () => {
    const position = { time: '2024-06-11T09:00:00.000Z', id: 'a"b' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'null', '[1,2]', '["a"]', '{"time":"a","id":"b"}', 'not json'])('refuses %j', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(TypeError);
  });
});
