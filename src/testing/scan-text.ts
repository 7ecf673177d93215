import type { Lang } from '../core/catalog/types.ts';
import type { Report, ReportFinding } from '../cli/report.ts';
import { scan, type ScanSummary } from '../cli/scan.ts';

/** The CLI's streaming scan of a HAR given as text, cut into chunks of `chunk` bytes, collected. */
export async function scanText(
  text: string,
  lang: Lang = 'en',
  chunk = 64 * 1024,
): Promise<ScanSummary & { report: Report }> {
  const bytes = new TextEncoder().encode(text);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const findings: ReportFinding[] = [];
  const summary = await scan(chunks(), lang, (finding) => void findings.push(finding));
  return { ...summary, report: { version: 1, findings } };
}
