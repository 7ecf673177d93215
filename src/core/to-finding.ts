import { headerCorrelationIds } from './correlation-headers.ts';
import type { Envelope } from './detector.ts';
import type { Exchange } from './exchange.ts';
import type { BodyState, CorrelationId, Finding } from './finding.ts';
import { computeHints } from './hints/compute-hints.ts';

/** A detector's envelope plus what the exchange itself tells: status, request line, time, header ids. */
export function toFinding(exchange: Exchange, envelope: Envelope, bodyState: BodyState): Finding {
  const { family, code, message } = envelope;
  return {
    family,
    code,
    status: exchange.status,
    message,
    method: exchange.method,
    url: exchange.url,
    startedAt: exchange.startedAt,
    correlationIds: uniqueIds([...envelope.ids, ...headerCorrelationIds(exchange.responseHeaders)]),
    bodyState,
    hints: computeHints(exchange, { family, code, status: exchange.status, message }),
    nested: [],
    ...(envelope.partial ? { partial: true } : {}),
  };
}

function uniqueIds(ids: CorrelationId[]): CorrelationId[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    const key = `${id.source}\u0000${id.name.toLowerCase()}\u0000${id.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
