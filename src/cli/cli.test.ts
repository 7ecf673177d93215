import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCases, type CorpusCase } from '../../e2e/fixtures/corpus.ts';
import { annotate } from '../core/catalog/lookup.ts';
import type { Family } from '../model/finding.ts';
import type { HarEntry } from '../model/har.ts';
import type { Report } from './report.ts';
import { runCli as run } from '../testing/run-cli.ts';
import { scanText } from '../testing/scan-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'faultline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases = loadCases();
const errors = cases.filter((c) => c.expect.isError);

function harFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function har(list: readonly CorpusCase[]): string {
  return JSON.stringify({ log: { version: '1.2', entries: list.map((c) => caseToHarEntry(c)) } });
}

const corpusText = har(cases);
const corpus = harFile('corpus.har', corpusText);

function expectCorpus(report: Report): void {
  cases.forEach((c, index) => {
    const finding = report.findings.find((f) => f.entryIndex === index);
    if (!c.expect.isError) return expect(finding, c.id).toBeUndefined();
    expect(finding, c.id).toMatchObject({ family: c.expect.family, code: c.expect.code });
    for (const id of c.expect.correlationIds ?? []) expect(finding?.correlationIds, c.id).toContainEqual(id);
  });
}

describe('faultline scan, as a process', { timeout: 30_000 }, () => {
  it('prints the JSON report of a HAR file', async () => {
    const { code, stdout, stderr } = await run(['scan', corpus, '--format', 'json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout) as Report;
    expectCorpus(report);
    expect(report).toEqual((await scanText(corpusText)).report);
  });

  it('reads the HAR from stdin with -', async () => {
    const { code, stdout } = await run(['scan', '-', '--format', 'json'], corpusText);
    expect(code).toBe(0);
    expectCorpus(JSON.parse(stdout) as Report);
  });

  it('reads stdin as it streams in, cut anywhere, and says nothing on stderr off a terminal', async () => {
    const bytes = Buffer.from(corpusText);
    const pieces = Array.from({ length: 40 }, (_, i) =>
      bytes.subarray(Math.floor((i * bytes.length) / 40), Math.floor(((i + 1) * bytes.length) / 40)),
    );
    const { code, stdout, stderr } = await run(['scan', '-', '--format', 'json'], pieces);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual((await scanText(corpusText)).report);
  });

  it('reads a gzipped HAR from a file and from stdin', async () => {
    const gzipped = gzipSync(corpusText);
    const expected = (await run(['scan', corpus, '--format', 'json'])).stdout;
    const file = join(dir, 'corpus.har.gz');
    writeFileSync(file, gzipped);
    expect(await run(['scan', file, '--format', 'json'])).toEqual({ code: 0, stdout: expected, stderr: '' });
    const chunks = [gzipped.subarray(0, 1000), gzipped.subarray(1000)];
    expect(await run(['scan', '-', '--format', 'json'], chunks)).toEqual({
      code: 0,
      stdout: expected,
      stderr: '',
    });
  });

  it('refuses a truncated gzip file with exit 2', async () => {
    const gzipped = gzipSync(corpusText);
    const file = harFile('cut.har.gz', '');
    writeFileSync(file, gzipped.subarray(0, gzipped.length >> 1));
    const { code, stderr } = await run(['scan', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^faultline: (not a valid gzip file: unexpected end of file|not JSON: unexpected end of input)/,
    );
  });

  it('exits 1 with --fail-on-error only when something failed', async () => {
    expect((await run(['scan', corpus, '--fail-on-error'])).code).toBe(1);
    expect((await run(['scan', corpus])).code).toBe(0);
    const clean = harFile('clean.har', har(cases.filter((c) => !c.expect.isError)));
    expect(await run(['scan', clean, '--fail-on-error', '--format', 'json'])).toEqual({
      code: 0,
      stdout: '{\n  "version": 1,\n  "findings": []\n}\n',
      stderr: '',
    });
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.har')], `file not found: ${join(dir, 'nope.har')}`],
    ['a directory', () => [dir], `is a directory, not a HAR file: ${dir}`],
    [
      'text that is not JSON',
      () => [harFile('broken.har', '{"log": {"entries": [}')],
      'not JSON: unexpected "}" at line 1, column 22 (offset 21)',
    ],
    [
      'JSON that is not a HAR',
      () => [harFile('other.json', '{"entries": []}')],
      'JSON but not a HAR file: no log.entries array',
    ],
  ])('refuses %s with exit 2 and one line on stderr', async (_what, args, message) => {
    expect(await run(['scan', ...args()])).toEqual({
      code: 2,
      stdout: '',
      stderr: `faultline: ${message}\n`,
    });
  });

  it.each([
    [['scan', corpus, '--bogus'], 'unknown option: --bogus'],
    [['scan', corpus, '--format', 'xml'], 'unknown format: xml (expected json, markdown, text)'],
    [['scan'], 'missing file argument'],
  ])('refuses %j with exit 2, the problem, then the usage', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    const [first, usage] = stderr.split('\n');
    expect(first).toBe(`faultline: ${message}`);
    expect(usage).toMatch(/^usage: faultline scan FILE\.har/);
  });

  it('tells problems, warnings and the sanitize summary in --lang', async () => {
    const missing = join(dir, 'nope.har');
    expect(await run(['scan', missing, '--lang', 'ja'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `faultline: ファイルが見つかりません: ${missing}\n`,
    });
    const wrong = await run(['scan', corpus, '--bogus', '--lang', 'ja']);
    expect(wrong.stderr).toMatch(
      /^faultline: 不明なオプションです: --bogus\n使い方: faultline scan FILE\.har/,
    );
    const raw = await run(['scan', corpus, '--raw', '--format', 'json', '--lang', 'ja']);
    expect(raw.stderr).toMatch(/^faultline: 警告: --raw: この出力は秘密情報を伏せておらず/);
    const sanitized = await run(['sanitize', corpus, '--lang', 'ja']);
    expect(sanitized.stderr).toMatch(
      new RegExp(`^faultline: ${cases.length} 件のエントリをサニタイズしました: \\d+ 個の値を伏せました`),
    );
  });

  it('skips malformed entries with a counted warning and scans the rest', async () => {
    const good = caseToHarEntry(errors[0]!);
    const file = harFile('mixed.har', JSON.stringify({ log: { entries: [null, good, { request: {} }] } }));
    const { code, stdout, stderr } = await run(['scan', file, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^faultline: warning: skipped 2 malformed entries of log\.entries \(index 0, 2\)/);
    expect((JSON.parse(stdout) as Report).findings.map((f) => f.entryIndex)).toEqual([1]);
  });

  it('explains a Defender error in Japanese with --lang ja', async () => {
    const index = cases.findIndex((c) => c.expect.isError && c.family === 'mtp');
    const { stdout } = await run(['scan', corpus, '--format', 'json', '--lang', 'ja']);
    const finding = (JSON.parse(stdout) as Report).findings.find((f) => f.entryIndex === index);
    const key = { family: 'mtp' as Family, code: finding?.code ?? null, status: finding?.status ?? 0 };
    const ja = annotate(key, 'ja');
    expect(finding).toMatchObject({ meaning: ja.meaning, remediation: ja.remediation });
    expect(ja.meaning).not.toBe(annotate(key, 'en').meaning);
  });

  it('names every code and exact id in markdown and text', async () => {
    const markdown = (await run(['scan', corpus, '--format', 'markdown'])).stdout;
    const text = (await run(['scan', corpus, '--format', 'text'])).stdout;
    for (const c of errors) {
      if (c.expect.code !== null) expect(markdown, c.id).toContain(`\`${c.expect.code}\``);
      if (c.expect.code !== null) expect(text, c.id).toContain(` ${c.expect.code}  `);
      for (const id of c.expect.correlationIds ?? []) {
        expect(markdown, c.id).toContain(`(${id.source}): \`${id.value}\``);
        expect(text, c.id).toContain(`${id.name} = ${id.value} (${id.source})`);
      }
    }
  });

  it('redacts every format by default; --raw prints secrets and says so on stderr', async () => {
    const secret = 'sk_live_51CliCanaryAbCdEfGhIjKl';
    const leak = caseToHarEntry({
      ...errors[0]!,
      request: { ...errors[0]!.request, url: `https://api.example.com/v1?api_key=${secret}&page=2` },
    });
    const file = harFile('leak.har', JSON.stringify({ log: { entries: [leak] } }));
    for (const format of ['json', 'markdown', 'text']) {
      const { stdout, stderr } = await run(['scan', file, '--format', format]);
      expect(stdout, format).not.toContain(secret);
      expect(stdout, format).toContain('page=2');
      expect(stderr, format).toBe('');
    }
    const raw = await run(['scan', file, '--format', 'json', '--raw']);
    expect(raw.stdout).toContain(secret);
    expect(raw.stderr).toMatch(/^faultline: warning: --raw: this output is not redacted/);
  });

  it('sanitize writes a valid HAR with every entry, to stdout or -o, and sums up on stderr', async () => {
    const { code, stdout, stderr } = await run(['sanitize', corpus]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { log: { entries: unknown[] } };
    expect(out.log.entries).toHaveLength(cases.length);
    expect(stderr).toMatch(
      new RegExp(`^faultline: sanitized ${cases.length} entries: \\d+ values? redacted`),
    );
    const target = join(dir, 'out.har');
    const written = await run(['sanitize', '-', '-o', target], corpusText);
    expect(written.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(stdout);
  });

  it('sanitize streams: the same HAR from gzip on stdin in pieces, members of log in place, bodies whole', async () => {
    const entries = cases.slice(0, 3).map((c) => caseToHarEntry(c));
    const big = 'B'.repeat(100_000);
    entries[0]!.response.content = { mimeType: 'text/plain', text: big, size: big.length };
    const text = JSON.stringify({
      log: { version: '1.2', creator: { name: 'x' }, entries, pages: [{ id: 'p1' }], comment: 'after' },
    });
    const whole = await run(['sanitize', harFile('members.har', text)]);
    expect(whole.code).toBe(0);
    const out = JSON.parse(whole.stdout) as { log: Record<string, unknown> & { entries: HarEntry[] } };
    expect(Object.keys(out.log)).toEqual(['version', 'creator', 'entries', 'pages', 'comment']);
    expect(out.log.entries[0]?.response.content?.text).toBe(big);
    expect(whole.stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
    const gzipped = gzipSync(text);
    const pieces = [gzipped.subarray(0, 50), gzipped.subarray(50, 400), gzipped.subarray(400)];
    expect(await run(['sanitize', '-'], pieces)).toEqual(whole);
  });

  it('sanitize of a malformed HAR exits 2 and leaves no output file behind', async () => {
    const target = join(dir, 'never.har');
    const broken = harFile(
      'broken-late.har',
      `{"log":{"entries":[${JSON.stringify(caseToHarEntry(errors[0]!))},{"x":]}}`,
    );
    const { code, stderr } = await run(['sanitize', broken, '-o', target]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^faultline: not JSON: unexpected "\]" at line 1/);
    expect(readdirSync(dir).filter((f) => f.startsWith('never.har'))).toEqual([]);
  });
});
