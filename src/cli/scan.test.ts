import { describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCases } from '../../e2e/fixtures/corpus.ts';
import { CliError } from './cli-error.ts';
import { scanText } from '../testing/scan-text.ts';

const cases = loadCases();
const corpusHar = JSON.stringify({ log: { version: '1.2', entries: cases.map((c) => caseToHarEntry(c)) } });

describe('scan: the corpus as one HAR', async () => {
  const { report, entryCount, skipped } = await scanText(corpusHar);

  it('reads every entry', () => {
    expect(entryCount).toBe(cases.length);
    expect(skipped).toEqual({ count: 0, first: [] });
  });

  it('finds the same in chunks of 7 bytes as in one piece', async () => {
    expect((await scanText(corpusHar, 'en', 7)).report).toEqual(report);
    expect((await scanText(corpusHar, 'en', corpusHar.length * 4)).report).toEqual(report);
  });

  it.each(cases.map((c, index) => [c.id, index, c] as const))('%s', (_id, index, c) => {
    const finding = report.findings.find((f) => f.entryIndex === index);
    if (!c.expect.isError) {
      expect(finding).toBeUndefined();
      return;
    }
    expect(finding).toMatchObject({ family: c.expect.family, code: c.expect.code });
    for (const id of c.expect.correlationIds ?? []) expect(finding?.correlationIds).toContainEqual(id);
  });

  it('lists findings in entry order with every JSON field', () => {
    const indexes = report.findings.map((f) => f.entryIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(Object.keys(report.findings[0] ?? {})).toEqual([
      'entryIndex',
      'method',
      'url',
      'time',
      'family',
      'code',
      'status',
      'message',
      'correlationIds',
      'meaning',
      'remediation',
      'docs',
      'pack',
      'packNotes',
      'hints',
      'nested',
    ]);
  });

  it('gives nested parts the same shape with their place in the batch', () => {
    const nested = report.findings.flatMap((f) => f.nested);
    expect(nested.length).toBeGreaterThan(0);
    for (const part of nested) {
      expect(part).not.toHaveProperty('entryIndex');
      expect(typeof part.part).toBe('string');
      expect(part).toHaveProperty('docs');
    }
  });
});

describe('scan: input that is not a HAR', () => {
  async function failure(text: string): Promise<string> {
    try {
      await scanText(text);
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return (error as CliError).message;
    }
    throw new Error('scan accepted the input');
  }

  it('says where the JSON breaks, even when V8 does not', async () => {
    expect(await failure('{"log": {"entries": [}')).toBe(
      'not JSON: unexpected "}" at line 1, column 22 (offset 21)',
    );
    expect(await failure('{\n  "log": x\n}')).toBe(
      'not JSON: unexpected "x" at line 2, column 10 (offset 11)',
    );
    expect(await failure('')).toBe('not JSON: unexpected end of input at line 1, column 1 (offset 0)');
  });

  it('refuses JSON without a log.entries array', async () => {
    for (const text of ['[]', 'null', '{"log":{}}', '{"log":{"entries":{}}}', '{"entries":[]}']) {
      expect(await failure(text)).toBe('JSON but not a HAR file: no log.entries array');
    }
  });

  it('accepts a byte order mark and an empty log', async () => {
    expect((await scanText('\uFEFF{"log":{"entries":[]}}')).report).toEqual({ version: 1, findings: [] });
  });
});

describe('scan: malformed entries', () => {
  const good = caseToHarEntry(cases.find((c) => c.expect.isError) ?? cases[0]!);
  const hostile = { request: { method: { toString: 'x' }, url: 'u' }, response: { status: 500 } };
  const entries = [null, 7, 'x', [], { request: {} }, { request: {}, response: { status: '500' } }, hostile];

  it('are skipped and counted, the rest still scanned', async () => {
    const result = await scanText(JSON.stringify({ log: { entries: [...entries, good] } }));
    expect(result.skipped).toEqual({ count: 7, first: [0, 1, 2, 3, 4, 5, 6] });
    expect(result.report.findings.map((f) => f.entryIndex)).toEqual([entries.length]);
  });
});
