import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORRELATION_HEADERS, headerCorrelationIds } from './correlation-headers.ts';
import type { Header } from '../../model/exchange.ts';

/** Names compared lower-cased, as they were before the comparison by character code: the definition to agree with. */
function byLowerCase(headers: readonly Header[]) {
  const rank = new Map<string, number>(CORRELATION_HEADERS.map((name, i) => [name, i]));
  const idLike = /(?:^|[-_])(?:request|correlation|trace)[-_]?id$/i;
  return headers
    .flatMap(({ name, value }) => {
      const found =
        rank.get(name.toLowerCase()) ??
        (name.slice(-2).toLowerCase() === 'id' && idLike.test(name) ? CORRELATION_HEADERS.length : undefined);
      return found !== undefined && value.trim() !== ''
        ? [{ id: { name, value, source: 'header' }, found }]
        : [];
    })
    .sort((a, b) => a.found - b.found)
    .map((entry) => entry.id);
}

describe('headerCorrelationIds', () => {
  it('keeps the names as sent, known ones first in their order, then id-like ones', () => {
    const headers = [
      { name: 'X-Tasks-CorrelationId', value: 'c' },
      { name: 'CF-Ray', value: 'r' },
      { name: 'Request-Id', value: 'q' },
      { name: 'Content-Type', value: 'application/json' },
      { name: 'x-request-id', value: ' ' },
    ];
    expect(headerCorrelationIds(headers).map((id) => id.name)).toEqual([
      'Request-Id',
      'CF-Ray',
      'X-Tasks-CorrelationId',
    ]);
  });

  it('agrees with lower-casing each name, in any case and with characters that fold oddly', () => {
    const letter = fc.constantFrom(...'-_abcdeiklqrstuxyzAIKDR\r\u212a\u0130\u017f'.split(''));
    const name = fc.oneof(
      fc
        .constantFrom(...CORRELATION_HEADERS)
        .chain((known) =>
          fc
            .array(fc.boolean(), { minLength: known.length, maxLength: known.length })
            .map((upper) => [...known].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')),
        ),
      fc.array(letter, { maxLength: 24 }).map((chars) => chars.join('')),
      fc.constantFrom(
        'request\rid',
        'idempotency-\u212aey',
        'x-slac\u212a-req-id',
        'x-b3-trace\u0130d',
        'Trace-ID',
        'id',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, value: fc.constantFrom('v', ' ', '') }), { maxLength: 6 }),
        (headers) => {
          expect(headerCorrelationIds(headers)).toEqual(byLowerCase(headers));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
