import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's own build, read from the package: it runs inside the panel document, in either engine. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * An expression that loads axe into the document it is evaluated in and resolves with its WCAG 2.1 A
 * and AA and best-practice violations: rule, impact and the first few elements each.
 */
export const RUN_AXE = `${AXE_SOURCE}
;(async () => {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '').split('\\n').slice(1, 2).join('')),
  }));
})()`;

/** Moderate rules the panel keeps anyway: where a screen reader user finds the views and their content. */
const STRUCTURE = new Set(['region', 'landmark-one-main', 'page-has-heading-one', 'landmark-unique']);

/**
 * The violations a user of a screen reader or of the keyboard is stopped by, or sees too faintly, and
 * those of the landmarks and headings.
 */
export const blocking = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || STRUCTURE.has(v.id));
