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

/** Known names by length: a header's name is compared with those of its length, without lower-casing it. */
const BY_LENGTH: { name: string; rank: number }[][] = [];
CORRELATION_HEADERS.forEach((name, rank) => (BY_LENGTH[name.length] ??= []).push({ name, rank }));
/** Vendors keep inventing names (Graph workloads send `X-Tasks-CorrelationId`); these follow the known ones. */
const ID_LIKE = /(?:^|[-_])(?:request|correlation|trace)[-_]?id$/i;

export function headerCorrelationIds(headers: readonly Header[]): CorrelationId[] {
  const ids: CorrelationId[] = [];
  const ranks: number[] = [];
  let sorted = true;
  for (const { name, value } of headers) {
    const rank = rankOf(name) ?? (idLike(name) ? CORRELATION_HEADERS.length : undefined);
    if (rank === undefined || value.trim() === '') continue;
    sorted &&= ranks.length === 0 || (ranks[ranks.length - 1] ?? 0) <= rank;
    ids.push({ name, value, source: 'header' });
    ranks.push(rank);
  }
  // Responses send a handful of id headers, mostly in order already: only sort when they are not.
  if (sorted) return ids;
  return ids
    .map((id, i) => ({ id, rank: ranks[i] ?? 0 }))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.id);
}

function rankOf(name: string): number | undefined {
  const known = BY_LENGTH[name.length];
  if (known === undefined) return undefined;
  for (const { name: lower, rank } of known) if (sameName(name, lower)) return rank;
  return undefined;
}

/** `name` is `lower` in any case. ASCII letters are folded here; other characters as toLowerCase does. */
function sameName(name: string, lower: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80) return name.toLowerCase() === lower;
    if ((code >= 0x41 && code <= 0x5a ? code | 0x20 : code) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** Most header names do not end in `id`; the pattern runs only on those that do. */
function idLike(name: string): boolean {
  const i = name.charCodeAt(name.length - 2) | 0x20;
  const d = name.charCodeAt(name.length - 1) | 0x20;
  return i === 0x69 && d === 0x64 && ID_LIKE.test(name);
}
