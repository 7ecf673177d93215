import type { CorrelationId, Family } from '../../model/finding.ts';

/** What a report or an export says about one error: a finding of this session or a history record. */
export interface ReportItem {
  method: string;
  url: string;
  /** When the request started, UTC ISO. */
  time: string;
  status: number;
  family: Family;
  code: string | null;
  message: string | null;
  meaning: string;
  correlationIds: CorrelationId[];
}

/** Where the report was made, for the support desk. */
export interface ReportContext {
  browser: string;
  extensionVersion: string;
}

export type ReportFormat = 'text' | 'markdown';

/** 2024-06-11 09:14:22 UTC: unambiguous for a support desk in another time zone. */
export function utcTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown time';
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
