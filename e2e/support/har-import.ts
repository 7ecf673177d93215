import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { caseToHarEntry, loadCases } from '../fixtures/corpus.ts';
import type { PanelRow } from './panel-dom.ts';

const CLI = resolve(import.meta.dirname, '../../dist/cli/faultline.js');

/** What the panel and the CLI are compared on, one line per finding, sorted. */
export type FindingKey = string;

/**
 * A customer's HAR as a file: every corpus exchange, plus successful traffic and a large base64 body
 * that must be read past, pretty-printed as DevTools saves it.
 */
export function writeCustomerHar(): string {
  const entries = loadCases().map((c, i) =>
    caseToHarEntry(c, new Date(Date.UTC(2026, 10, 30, 9, 0, i)).toISOString()),
  );
  entries.push({
    startedDateTime: '2026-11-30T09:10:00.000Z',
    request: { method: 'GET', url: 'https://media.example.com/clip.mp4', headers: [] },
    response: {
      status: 200,
      headers: [],
      content: { size: 3_000_000, mimeType: 'video/mp4', text: 'AAAA'.repeat(1_000_000), encoding: 'base64' },
    },
  });
  const path = join(mkdtempSync(join(tmpdir(), 'faultline-import-')), 'customer.har');
  writeFileSync(
    path,
    JSON.stringify({ log: { version: '1.2', creator: { name: 'e2e' }, entries } }, null, 2),
  );
  return path;
}

/** `faultline scan FILE --format json` of the built CLI, as keys comparable with panel rows. */
export function cliFindings(path: string): FindingKey[] {
  const run = spawnSync(process.execPath, [CLI, 'scan', path, '--format', 'json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`faultline scan failed: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    findings: { family: string; code: string | null; status: number; url: string }[];
  };
  return report.findings
    .map((f) => `${f.status} ${f.family} ${f.code ?? ''} ${new URL(f.url).hostname}`)
    .sort();
}

export function rowKeys(rows: PanelRow[]): FindingKey[] {
  return rows.map((r) => `${r.status} ${r.family} ${r.code ?? ''} ${r.host}`).sort();
}

export const READ_IMPORT_STATUS = `document.querySelector('[data-testid="import-status"]')?.textContent ?? null`;
