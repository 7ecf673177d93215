import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.ts';
import { anExchange } from '../../testing/exchange.ts';
import { analyze } from '../analyze/analyze.ts';
import { unfilledTag } from '../hints/lazy-array.ts';
import { redactFinding, redactText } from '../redact/redact.ts';
import { pageOrigin, toRecord } from './to-record.ts';
import { validateRecord } from './validate.ts';

const raw: Finding = {
  family: 'graph',
  code: 'InvalidAuthenticationToken',
  status: 401,
  message:
    'Token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U expired',
  method: 'GET',
  url: 'https://graph.microsoft.com/v1.0/me?code=SECRETCODE1&$top=1',
  startedAt: '2024-06-11T09:14:22.000Z',
  correlationIds: [{ name: 'request-id', value: 'AbC-123', source: 'header' }],
  bodyState: 'analyzed',
  hints: [],
  nested: [],
};

const finding = redactFinding(raw);
const origin = redactText('https://app.contoso.com');

describe('toRecord', () => {
  it('is a valid record: redacted URL and message, exact ids, UTC time, host', () => {
    const record = toRecord(finding, origin, () => 0.5);
    expect(validateRecord(record)).toEqual(record);
    expect(record.url).not.toContain('SECRETCODE1');
    expect(record.url).toContain('$top=1');
    expect(record.message).not.toContain('eyJzdWIiOiIxMjM0NTY3ODkwIn0');
    expect(record.correlationIds).toEqual(raw.correlationIds);
    expect(record.idValues).toEqual(['abc-123']);
    expect(record.host).toBe('graph.microsoft.com');
    expect(record.time).toBe('2024-06-11T09:14:22.000Z');
    expect(record.meaning.length).toBeGreaterThan(0);
  });

  it('gives two records of the same millisecond different ids', () => {
    let n = 0;
    const random = () => (n++ % 2) / 2 + 0.1;
    expect(toRecord(finding, origin, random).id).not.toBe(toRecord(finding, origin, random).id);
  });
});

describe('toRecord of a finding whose hints are not read yet', () => {
  // The message quotes the value; only the hints tell that the request sent it under a secret's name.
  const echoing = (request: Parameters<typeof anExchange>[0]) =>
    analyze(
      anExchange({
        text: JSON.stringify({ error: { code: 'BadArgument', message: "Value 'k3y-1234abcd' is invalid" } }),
        ...request,
      }),
    )!;
  const record = (raw: Finding) => toRecord(redactFinding(raw), origin, () => 0.5);

  it.each([
    ['its query', { url: 'https://api.example.com/x?api_key=k3y-1234abcd' }],
    ['its body', { method: 'POST', requestBody: '{"password":"k3y-1234abcd"}' }],
  ])('stores no secret the message echoes from %s: the hints are read to find it', (_, request) => {
    const raw = echoing(request);
    expect(unfilledTag(raw.hints)).toBeDefined();
    const stored = record(raw);
    expect(JSON.stringify(stored)).not.toContain('k3y-1234abcd');
    expect(stored.message).toBe("Value '[REDACTED]' is invalid");
    // Without its hints the same finding would store the secret: they are not read for nothing.
    expect(record({ ...raw, hints: [] }).message).toContain('k3y-1234abcd');
  });

  it('reads no hints for a request with neither query nor body, and stores what it would after', () => {
    const raw = echoing({});
    const stored = record(raw);
    expect(unfilledTag(raw.hints)).toBeDefined();
    expect(stored.message).toContain('k3y-1234abcd');
    // Read now: the value is nowhere in the request, so there is no hint to redact by.
    expect(raw.hints).toEqual([]);
    expect(unfilledTag(raw.hints)).toBeUndefined();
    expect(record(raw)).toEqual(stored);
  });
});

describe('pageOrigin', () => {
  it.each([
    [[{ name: 'Origin', value: 'https://app.contoso.com' }], 'https://app.contoso.com'],
    [[{ name: 'Referer', value: 'https://app.contoso.com/page?x=1' }], 'https://app.contoso.com'],
    [[{ name: 'Origin', value: 'null' }], ''],
    [[], ''],
  ])('%j → %s', (headers, expected) => {
    expect(pageOrigin(headers)).toBe(expected);
  });
});
