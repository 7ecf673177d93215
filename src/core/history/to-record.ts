import { annotate } from '../catalog/lookup.ts';
import { headerValue, type Header } from '../../model/exchange.ts';
import type { Finding } from '../../model/finding.ts';
import { hostOf } from '../parse/host.ts';
import { lowerRedacted, type Redacted } from '../redact/redacted.ts';
import { HISTORY_SCHEMA_VERSION, type HistoryRecord } from './record.ts';
import { newRecordId } from './record-id.ts';

/** The page that made the request, from what the request itself says; '' when it does not say. */
export function pageOrigin(requestHeaders: readonly Header[]): string {
  const origin = headerValue(requestHeaders, 'origin');
  if (origin && origin !== 'null') return origin;
  const referer = headerValue(requestHeaders, 'referer');
  if (!referer) return '';
  try {
    return new URL(referer).origin;
  } catch {
    return '';
  }
}

/**
 * A finding as the history stores it. It takes a redacted finding and origin (the type says so), so
 * nothing unredacted can be written; correlation ids are kept exactly.
 */
export function toRecord(
  finding: Redacted<Finding>,
  origin: Redacted<string>,
  random: () => number = Math.random,
): HistoryRecord {
  const time = Number.isNaN(Date.parse(finding.startedAt)) ? new Date().toISOString() : finding.startedAt;
  const correlationIds = finding.correlationIds.map(({ name, value, source }) => ({ name, value, source }));
  return {
    schema: HISTORY_SCHEMA_VERSION,
    id: newRecordId(time, random),
    time: new Date(time).toISOString(),
    origin,
    host: hostOf(finding.url),
    method: finding.method,
    url: finding.url,
    status: finding.status,
    family: finding.family,
    code: finding.code,
    message: finding.message,
    correlationIds,
    meaning: annotate(finding, 'en').meaning,
    idValues: [...new Set(correlationIds.map((id) => lowerRedacted(id.value)))],
  };
}
