import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCanaryCases, type CanaryCase } from '../../e2e/fixtures/corpus.ts';
import { analyze } from '../core/analyze/analyze.ts';
import { toRecord } from '../core/history/to-record.ts';
import { validateRecord } from '../core/history/validate.ts';
import { fromHarEntry } from '../core/ingest/from-har.ts';
import { previewExchange } from '../core/ingest/preview.ts';
import { redactExchange, redactFinding, redactText } from '../core/redact/redact.ts';
import { sanitizeEntry } from '../core/redact/har.ts';
import { sanitizedHar } from '../core/report/export-har.ts';
import { exportCsv, exportJson, exportMarkdown } from '../core/report/export-records.ts';
import { recordItem, reportItem } from '../core/report/report-item.ts';
import { supportReport } from '../core/report/support-report.ts';
import type { Finding } from '../model/finding.ts';
import { runCli } from '../testing/run-cli.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The canary corpus through every surface that lets data out of the engine: one cell per surface and
 * canary exchange. A cell fails when any planted secret of its exchange is in the surface's text, or
 * when one of its correlation ids is not there exactly.
 */
const cases = loadCanaryCases();
const context = { browser: 'Chromium 140', extensionVersion: '0.1.0' };

/** Markdown backslash-escapes punctuation: a secret must not hide behind `sk\_live\_`. */
const unescaped = (text: string) => text.replace(/\\(.)/g, '$1');

interface Captured {
  finding: Finding;
  exchange: ReturnType<typeof fromHarEntry>;
}

function captured(c: CanaryCase): Captured {
  const exchange = fromHarEntry(caseToHarEntry(c));
  const finding = analyze(exchange);
  if (!finding) throw new Error(`${c.id} is no finding`);
  return { finding, exchange };
}

type Surface = (c: CanaryCase) => string;

const record = (c: CanaryCase) => {
  const { finding, exchange } = captured(c);
  const origin = redactText(exchange.requestHeaders.find((h) => h.name === 'Origin')?.value ?? '');
  // As IndexedDB gives it back: structured data, read through the validator.
  const stored = validateRecord(JSON.parse(JSON.stringify(toRecord(redactFinding(finding), origin))));
  if (!stored) throw new Error(`${c.id}: the record does not validate`);
  return stored;
};

const item = (c: CanaryCase) => reportItem(redactFinding(captured(c).finding), 'en');

const IN_PROCESS: Record<string, Surface> = {
  'stored record': (c) => JSON.stringify(record(c)),
  'report text': (c) => supportReport([item(c)], context, 'text', 'en'),
  'report Markdown': (c) => unescaped(supportReport([item(c)], context, 'markdown', 'en')),
  'export JSON': (c) => exportJson([recordItem(record(c))], '2024-06-12T00:00:00.000Z'),
  'export CSV': (c) => exportCsv([recordItem(record(c))]),
  'export Markdown': (c) => unescaped(exportMarkdown([recordItem(record(c))], 'en')),
  'sanitized HAR (panel)': (c) => {
    const { finding, exchange } = captured(c);
    return sanitizedHar([{ seq: 1, finding, exchange: previewExchange(redactExchange(exchange)) }], '0.1.0');
  },
  sanitizeEntry: (c) => sanitizeEntry(caseToHarEntry(c)).json,
};

/** What the real CLI printed for the whole corpus, per format; a secret is unique to its exchange. */
const cliOutput: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'faultline-canary-'));
const harPath = join(dir, 'canary.har');

beforeAll(async () => {
  writeFileSync(
    harPath,
    JSON.stringify({ log: { version: '1.2', entries: cases.map((c) => caseToHarEntry(c)) } }),
  );
  const runs = await Promise.all([
    ...(['json', 'markdown', 'text'] as const).map(async (format) => {
      const { stdout } = await runCli(['scan', harPath, '--format', format]);
      cliOutput[`CLI scan ${format}`] = format === 'markdown' ? unescaped(stdout) : stdout;
    }),
    (async () => {
      const { stdout } = await runCli(['sanitize', harPath]);
      cliOutput['CLI sanitize'] = stdout;
      const har = JSON.parse(stdout) as { log: { entries: unknown[] } };
      cliOutput['CLI sanitize entries'] = String(har.log.entries.length);
    })(),
  ]);
  expect(runs).toHaveLength(4);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectClean(surface: string, c: CanaryCase, text: string, ids: readonly string[]): void {
  for (const secret of c.canaries)
    expect(text, `${surface} × ${c.id}: holds ${secret}`).not.toContain(secret);
  for (const id of ids) expect(text, `${surface} × ${c.id}: lacks ${id}`).toContain(id);
}

describe('the canary corpus', () => {
  it('is large and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.flatMap((c) => c.canaries).length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.canaries.length === 0).length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(Object.keys(IN_PROCESS))('%s', (surface) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expectClean(surface, c, IN_PROCESS[surface]!(c), c.keep);
  });
});

describe.each(['CLI scan json', 'CLI scan markdown', 'CLI scan text', 'CLI sanitize'])('%s', (surface) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expectClean(surface, c, cliOutput[surface] ?? '', c.keep);
  });
});

describe('CLI sanitize', () => {
  it('keeps every entry', () => {
    expect(cliOutput['CLI sanitize entries']).toBe(String(cases.length));
  });
});
