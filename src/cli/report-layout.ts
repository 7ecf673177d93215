import type { Lang } from '../core/catalog/types.ts';
import type { Report, ReportFinding } from './report.ts';

/**
 * A report format in three parts, so the CLI can write each finding as soon as it is found: what comes
 * before the findings, one finding (`n` counts from 0), and what comes after, once the counts are known.
 */
export interface ReportLayout {
  head(lang: Lang): string;
  finding(finding: ReportFinding, n: number, lang: Lang): string;
  tail(findings: number, entryCount: number, lang: Lang): string;
}

/** The whole report at once: exactly what the streamed parts add up to. */
export function formatWith(layout: ReportLayout, report: Report, entryCount: number, lang: Lang): string {
  const parts = [layout.head(lang), ...report.findings.map((finding, n) => layout.finding(finding, n, lang))];
  return parts.join('') + layout.tail(report.findings.length, entryCount, lang);
}
