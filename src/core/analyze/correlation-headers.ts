import type { Header } from '../../model/exchange.ts';
import type { CorrelationId } from '../../model/finding.ts';

/**
 * Response headers that carry an id a vendor's support desk can look up, most useful first.
 * Compared case-insensitively; the id keeps the name as the server sent it.
 */
export const CORRELATION_HEADERS = [
  'request-id',
  'client-request-id',
  'x-ms-request-id',
  'x-ms-correlation-request-id',
  'x-ms-client-request-id',
  'x-ms-routing-request-id',
  'x-ms-ags-diagnostic',
  'x-request-id',
  'x-correlation-id',
  'traceparent',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-amz-apigw-id',
  'x-amz-cf-id',
  'x-github-request-id',
  'x-slack-req-id',
  'twilio-request-id',
  'cf-ray',
  'x-cloud-trace-context',
  'x-b3-traceid',
  'idempotency-key',
] as const;

const RANK = new Map<string, number>(CORRELATION_HEADERS.map((name, i) => [name, i]));
/** Vendors keep inventing names (Graph workloads send `X-Tasks-CorrelationId`); these follow the known ones. */
const ID_LIKE = /(?:^|[-_])(?:request|correlation|trace)[-_]?id$/i;

export function headerCorrelationIds(headers: readonly Header[]): CorrelationId[] {
  const ids: { id: CorrelationId; rank: number }[] = [];
  for (const { name, value } of headers) {
    const rank = RANK.get(name.toLowerCase()) ?? (idLike(name) ? CORRELATION_HEADERS.length : undefined);
    if (rank !== undefined && value.trim() !== '') ids.push({ id: { name, value, source: 'header' }, rank });
  }
  return ids.sort((a, b) => a.rank - b.rank).map((entry) => entry.id);
}

/** Most header names do not end in `id`; the pattern runs only on those that do. */
function idLike(name: string): boolean {
  const end = name.slice(-2).toLowerCase();
  return end === 'id' && ID_LIKE.test(name);
}
