import { annotate } from '../core/catalog/lookup.ts';
import type { Catalog } from '../core/catalog/catalog.ts';
import type { Lang, PackNote } from '../core/catalog/types.ts';
import type { CorrelationId, Family, Finding } from '../model/finding.ts';
import type { Hint } from '../model/hint.ts';

/** What every output format renders; `--format json` prints it as is, so its shape is a public contract. */
export interface Report {
  version: 1;
  findings: ReportFinding[];
}

interface ReportItem {
  method: string;
  url: string;
  family: Family;
  code: string | null;
  status: number;
  message: string | null;
  correlationIds: CorrelationId[];
  meaning: string;
  remediation: string[];
  docs: string | null;
  /** The team pack the meaning comes from; null for built-in text. */
  pack: string | null;
  /** What team packs add about a code that is already explained, each under its pack's name. */
  packNotes: PackNote[];
  hints: Hint[];
  nested: NestedItem[];
}

/** One failing entry of the HAR; `entryIndex` is its index in `log.entries`. */
export type ReportFinding = { entryIndex: number } & ReportItem;

/** A failed part of a batch; `part` says where it sits in the batch response. */
export type NestedItem = { part: string | null } & ReportItem;

export function reportFinding(
  entryIndex: number,
  finding: Finding,
  lang: Lang,
  catalog?: Catalog,
): ReportFinding {
  return { entryIndex, ...reportItem(finding, lang, catalog) };
}

function reportItem(finding: Finding, lang: Lang, catalog: Catalog | undefined): ReportItem {
  const annotation = annotate(finding, lang, catalog);
  return {
    method: finding.method,
    url: finding.url,
    family: finding.family,
    code: finding.code,
    status: finding.status,
    message: finding.message,
    correlationIds: finding.correlationIds.map(({ name, value, source }) => ({ name, value, source })),
    meaning: annotation.meaning,
    remediation: annotation.remediation,
    docs: annotation.docs ?? null,
    pack: annotation.pack ?? null,
    packNotes: annotation.others ?? [],
    hints: finding.hints,
    nested: finding.nested.map((part) => ({ part: part.part ?? null, ...reportItem(part, lang, catalog) })),
  };
}
