import { idsUnder } from '../body-ids.ts';
import type { Envelope } from '../detector.ts';
import type { Exchange } from '../../../model/exchange.ts';
import type { BodyState, Finding } from '../../../model/finding.ts';
import { toFinding } from '../to-finding.ts';

/**
 * The finding for a batch answered as a whole: its failed parts become nested findings, and the outer
 * finding shows the first non-empty nested code (a Graph sub-response may carry `code: ""`) with every
 * nested id under its place in the batch. A batch whose parts all succeeded under a 2xx is no error.
 */
export function batchFinding(
  exchange: Exchange,
  envelope: Envelope,
  nested: Finding[],
  partCount: number,
  bodyState: BodyState,
): Finding | null {
  const lead = nested.find((finding) => finding.code) ?? nested[0];
  if (lead === undefined) {
    if (exchange.status < 400) return null;
    return toFinding(exchange, { ...envelope, code: String(exchange.status) }, bodyState);
  }
  const ids = nested.flatMap((finding) => idsUnder(finding.part ?? '', finding.correlationIds));
  const outer = {
    family: envelope.family,
    code: lead.code,
    message: lead.message,
    ids: [...envelope.ids, ...ids],
  };
  return { ...toFinding(exchange, outer, bodyState), nested, partial: nested.length < partCount };
}
