import type { ReportLayout } from './report-layout.ts';
import type { Report } from './report.ts';
import { formatWith } from './report-layout.ts';

/** Byte for byte `JSON.stringify(report, null, 2)`, written one finding at a time. */
export const jsonLayout: ReportLayout = {
  head: () => '{\n  "version": 1,\n  "findings": [',
  finding: (finding, n) =>
    `${n === 0 ? '\n' : ',\n'}    ${JSON.stringify(finding, null, 2).replace(/\n/g, '\n    ')}`,
  tail: (findings) => `${findings === 0 ? '' : '\n  '}]\n}\n`,
};

export function formatJson(report: Report): string {
  return formatWith(jsonLayout, report, 0, 'en');
}
