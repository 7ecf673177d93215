/**
 * `npm test`: every check CI runs, in order, stopping at the first failure, then one summary line
 * ("N passed, N failed") counted from the test runners' own reports.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provisionBrowsers } from './provision.ts';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

provisionBrowsers();

const reports = join(tmpdir(), `faultline-test-${process.pid}`);
mkdirSync(reports, { recursive: true });
const vitestReport = (name: string) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, name)}`,
];

const steps: { name: string; command: string[]; report?: string }[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unit', command: ['npx', 'vitest', 'run', ...vitestReport('unit.json')], report: 'unit.json' },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'web-ext lint', command: ['npm', 'run', '--silent', 'lint:ext'] },
  {
    name: 'e2e (Chromium and Firefox)',
    command: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts', ...vitestReport('e2e.json')],
    report: 'e2e.json',
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const timings: string[] = [];
let failedStep: string | undefined;

for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const [command, ...args] = step.command as [string, ...string[]];
  const result = spawnSync(command, args, { stdio: 'inherit' });
  timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (step.report) {
    try {
      const report = JSON.parse(readFileSync(join(reports, step.report), 'utf8')) as VitestReport;
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      skipped += report.numPendingTests + report.numTodoTests;
    } catch {
      // No report: the runner itself failed; the exit status below says so.
    }
  }
  if (result.status !== 0) {
    failedStep = step.name;
    if (!step.report) failed += 1;
    break;
  }
}

rmSync(reports, { recursive: true, force: true });
console.log(`\n${timings.join(' · ')}`);
if (failedStep) console.log(`✖ ${failedStep} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
