import type { Catalog } from '../core/catalog/catalog.ts';
import type { Lang } from '../core/catalog/types.ts';
import type { Finding } from '../model/finding.ts';
import type { Redacted } from '../core/redact/redacted.ts';
import { reportItem, type ReportItem, type ReportPart } from '../core/report/report-item.ts';

/**
 * What every output format renders; `--format json` prints it as is, so its shape is a public contract.
 * Its items are the panel's report model, redacted unless `--raw`.
 */
export interface Report {
  version: 1;
  findings: ReportFinding[];
}

/** One failing entry of the HAR; `entryIndex` is its index in `log.entries`. */
export type ReportFinding = { entryIndex: number } & ReportItem;

export type NestedItem = ReportPart;

export function reportFinding(
  entryIndex: number,
  finding: Redacted<Finding>,
  lang: Lang,
  catalog?: Catalog,
): ReportFinding {
  return { entryIndex, ...reportItem(finding, lang, catalog) };
}
