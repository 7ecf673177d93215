import { headerCorrelationIds } from './correlation-headers.ts';
import type { Envelope } from './detector.ts';
import type { Exchange } from '../../model/exchange.ts';
import type { BodyState, CorrelationId, Finding } from '../../model/finding.ts';
import { deferredHints } from '../hints/deferred-hints.ts';

/** A detector's envelope plus what the exchange itself tells: status, request line, time, header ids. */
export function toFinding(exchange: Exchange, envelope: Envelope, bodyState: BodyState): Finding {
  const { family, code, message } = envelope;
  const headerIds = headerCorrelationIds(exchange.responseHeaders);
  const finding: Finding = {
    family,
    code,
    status: exchange.status,
    message,
    method: exchange.method,
    url: exchange.url,
    startedAt: exchange.startedAt,
    correlationIds: uniqueIds(headerIds.length === 0 ? envelope.ids : [...envelope.ids, ...headerIds]),
    bodyState,
    hints: deferredHints(exchange, { family, code, status: exchange.status, message }),
    nested: [],
  };
  if (envelope.partial) finding.partial = true;
  if (envelope.docs) finding.docs = envelope.docs;
  return finding;
}

/**
 * Drops an id repeated under the same source and value with a name that differs only in case. Values
 * rarely repeat, so the composite key is built only for those that do: batches carry dozens of long ids.
 */
function uniqueIds(ids: CorrelationId[]): CorrelationId[] {
  if (ids.length < 2) return ids;
  const firstByValue = new Map<string, CorrelationId>();
  let repeated: Set<string> | undefined;
  return ids.filter((id) => {
    const first = firstByValue.get(id.value);
    if (first === undefined) {
      firstByValue.set(id.value, id);
      return true;
    }
    repeated ??= new Set();
    repeated.add(keyOf(first));
    const key = keyOf(id);
    if (repeated.has(key)) return false;
    repeated.add(key);
    return true;
  });
}

function keyOf(id: CorrelationId): string {
  return `${id.source}\u0000${id.name.toLowerCase()}\u0000${id.value}`;
}
