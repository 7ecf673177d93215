import type { Finding } from '../../model/finding.ts';
import type { HistoryRecord } from '../history/record.ts';
import { hostOf } from '../parse/host.ts';
import type { FilterSubject } from './match.ts';

export function findingSubject(finding: Finding): FilterSubject {
  return {
    url: finding.url,
    host: hostOf(finding.url),
    method: finding.method,
    status: finding.status,
    code: finding.code,
    family: finding.family,
    message: finding.message,
    ids: finding.correlationIds.map((id) => id.value),
  };
}

export function recordSubject(record: HistoryRecord): FilterSubject {
  return {
    url: record.url,
    host: record.host,
    method: record.method,
    status: record.status,
    code: record.code,
    family: record.family,
    message: record.message,
    // The values the exact-id index holds.
    ids: record.idValues,
  };
}
