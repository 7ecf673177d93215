import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../../testing/history/sample-record.ts';
import { checkRecords, validateRecord, validateRemoteChange } from './validate.ts';

const good = sampleRecord(7);

describe('validateRecord', () => {
  it('gives a copy with only the known fields', () => {
    const stored = { ...good, hostKey: 'x', extra: { nested: true } };
    const record = validateRecord(stored);
    expect(record).toEqual(good);
    expect(record?.correlationIds).not.toBe(good.correlationIds);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [good]],
    ['a string', JSON.stringify(good)],
    ['a newer schema', { ...good, schema: 2 }],
    ['no schema', { ...good, schema: undefined }],
    ['an empty id', { ...good, id: '' }],
    ['a time with an offset', { ...good, time: '2024-06-11T11:00:00.000+02:00' }],
    ['a time without milliseconds', { ...good, time: '2024-06-11T09:00:00Z' }],
    ['an impossible date', { ...good, time: '2024-13-40T09:00:00.000Z' }],
    ['an empty family', { ...good, family: '' }],
    ['a status as text', { ...good, status: '404' }],
    ['a fractional status', { ...good, status: 404.5 }],
    ['a status past 999', { ...good, status: 1000 }],
    ['a numeric code', { ...good, code: 404 }],
    ['a missing message', { ...good, message: undefined }],
    ['a missing host', { ...good, host: undefined }],
    ['a missing meaning', { ...good, meaning: undefined }],
    ['correlation ids not a list', { ...good, correlationIds: {} }],
    [
      'a correlation id without a value',
      { ...good, correlationIds: [{ name: 'x-ms-request-id', source: 'header' }] },
    ],
    [
      'a correlation id of unknown source',
      { ...good, correlationIds: [{ name: 'a', value: 'b', source: 'url' }] },
    ],
    ['an id value in upper case', { ...good, idValues: ['REQ-1'] }],
    ['id values not strings', { ...good, idValues: [1] }],
  ])('skips %s', (_name, row) => {
    expect(validateRecord(row)).toBeNull();
  });

  it('keeps a record of a family it does not know (a team pack, a newer version)', () => {
    const team = { ...good, family: 'contoso-orders', code: 'ORD-4091' };
    expect(validateRecord(team)).toEqual(team);
  });

  it('never throws, even on a throwing getter', () => {
    const hostile = {
      ...good,
      get host(): string {
        throw new Error('boom');
      },
    };
    expect(validateRecord(hostile)).toBeNull();
  });
});

describe('checkRecords', () => {
  it('refuses the whole batch, naming the bad record', () => {
    expect(() => checkRecords([good, { ...good, status: 'x' }])).toThrow(/record 1 of 2 is not valid/);
  });
});

describe('validateRemoteChange', () => {
  it.each<[unknown, unknown]>([
    [
      { kind: 'appended', ids: ['a', 'b'] },
      { kind: 'appended', ids: ['a', 'b'] },
    ],
    [
      { kind: 'deleted', ids: [] },
      { kind: 'deleted', ids: [] },
    ],
    [{ kind: 'cleared', extra: 1 }, { kind: 'cleared' }],
    [
      { kind: 'pruned', count: 3, reason: 'quota' },
      { kind: 'pruned', count: 3, reason: 'quota' },
    ],
    [{ kind: 'appended', ids: [1] }, null],
    [{ kind: 'pruned', count: -1, reason: 'cap' }, null],
    [{ kind: 'pruned', count: 1, reason: 'disk' }, null],
    [{ kind: 'closed', reason: 'upgrade', message: 'not from another window' }, null],
    [{ kind: 'renamed' }, null],
    ['appended', null],
  ])('%j → %j', (message, expected) => {
    expect(validateRemoteChange(message)).toEqual(expected);
  });
});
