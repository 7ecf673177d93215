import { annotate } from '../catalog/lookup.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Lang, PackNote } from '../catalog/types.ts';
import type { CorrelationId, Family, Finding } from '../../model/finding.ts';
import type { Hint } from '../../model/hint.ts';
import type { HistoryRecord } from '../history/record.ts';
import type { Redacted } from '../redact/redacted.ts';
import type { ReportWords } from '../../i18n/report-words.ts';

/**
 * What a report, an export or the CLI says about one error: a finding of this session, of a HAR file, or
 * a history record. Every text that came from the traffic is `Redacted`: an item cannot be built from a
 * raw finding. The catalog's words (meaning, remediation, docs) are the product's own.
 */
export interface ReportItem {
  method: Redacted<string>;
  url: Redacted<string>;
  /** When the request started, UTC ISO. */
  time: string;
  status: number;
  family: Family;
  code: Redacted<string> | null;
  message: Redacted<string> | null;
  correlationIds: Redacted<CorrelationId>[];
  meaning: string;
  remediation: string[];
  docs: string | null;
  /** The team pack the meaning comes from; null for built-in text. */
  pack: string | null;
  /** What team packs add about a code that is already explained, each under its pack's name. */
  packNotes: PackNote[];
  hints: Redacted<Hint>[];
  nested: ReportPart[];
}

/** A failed part of a batch; `part` says where it sits in the batch response. */
export type ReportPart = { part: Redacted<string> | null } & ReportItem;

/** Where the report was made, for the support desk. */
export interface ReportContext {
  /** Name and major version; null when the user agent names no browser Faultline knows. */
  browser: string | null;
  extensionVersion: string;
}

export type ReportFormat = 'text' | 'markdown';

/** Ids as the reports list them: name, exact value, where found (no other field of the finding's ids). */
const ids = (list: readonly Redacted<CorrelationId>[]): Redacted<CorrelationId>[] =>
  list.map(({ name, value, source }) => ({ name, value, source }));

export function reportItem(finding: Redacted<Finding>, lang: Lang, catalog?: Catalog): ReportItem {
  const annotation = annotate(finding, lang, catalog);
  return {
    method: finding.method,
    url: finding.url,
    time: finding.startedAt,
    family: finding.family,
    code: finding.code,
    status: finding.status,
    message: finding.message,
    correlationIds: ids(finding.correlationIds),
    meaning: annotation.meaning,
    remediation: annotation.remediation,
    docs: annotation.docs ?? null,
    pack: annotation.pack ?? null,
    packNotes: annotation.others ?? [],
    hints: finding.hints,
    nested: finding.nested.map((part) => ({ part: part.part ?? null, ...reportItem(part, lang, catalog) })),
  };
}

/** A history record keeps the English meaning it was stored with; steps and hints are not stored. */
export function recordItem(record: HistoryRecord): ReportItem {
  const { method, url, time, status, family, code, message, meaning } = record;
  return {
    method,
    url,
    time,
    status,
    family,
    code,
    message,
    correlationIds: ids(record.correlationIds),
    meaning,
    remediation: [],
    docs: null,
    pack: null,
    packNotes: [],
    hints: [],
    nested: [],
  };
}

/** 2024-06-11 09:14:22 UTC: unambiguous for a support desk in another time zone. */
export function utcTime(iso: string, words: ReportWords): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return words.unknownTime;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
