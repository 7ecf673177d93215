import { describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCases } from '../../e2e/fixtures/corpus.ts';
import { CliError } from './cli-error.ts';
import { scan } from './scan.ts';

const cases = loadCases();
const corpusHar = JSON.stringify({ log: { version: '1.2', entries: cases.map((c) => caseToHarEntry(c)) } });

describe('scan: the corpus as one HAR', () => {
  const { report, entryCount, skipped } = scan(corpusHar, 'en');

  it('reads every entry', () => {
    expect(entryCount).toBe(cases.length);
    expect(skipped).toEqual([]);
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
      'family',
      'code',
      'status',
      'message',
      'correlationIds',
      'meaning',
      'remediation',
      'docs',
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
  function failure(text: string): string {
    try {
      scan(text, 'en');
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return (error as CliError).message;
    }
    throw new Error('scan accepted the input');
  }

  it('says where the JSON breaks, even when V8 does not', () => {
    expect(failure('{"log": {"entries": [}')).toBe(
      'not JSON: unexpected "}" at line 1, column 22 (offset 21)',
    );
    expect(failure('{\n  "log": x\n}')).toBe('not JSON: unexpected "x" at line 2, column 10 (offset 11)');
    expect(failure('')).toBe('not JSON: unexpected end of input at line 1, column 1 (offset 0)');
  });

  it('refuses JSON without a log.entries array', () => {
    for (const text of ['[]', 'null', '{"log":{}}', '{"log":{"entries":{}}}', '{"entries":[]}']) {
      expect(failure(text)).toBe('JSON but not a HAR file: no log.entries array');
    }
  });

  it('accepts a byte order mark and an empty log', () => {
    expect(scan('\uFEFF{"log":{"entries":[]}}', 'en').report).toEqual({ version: 1, findings: [] });
  });
});

describe('scan: malformed entries', () => {
  const good = caseToHarEntry(cases.find((c) => c.expect.isError) ?? cases[0]!);
  const hostile = { request: { method: { toString: 'x' }, url: 'u' }, response: { status: 500 } };
  const entries = [null, 7, 'x', [], { request: {} }, { request: {}, response: { status: '500' } }, hostile];

  it('are skipped and counted, the rest still scanned', () => {
    const result = scan(JSON.stringify({ log: { entries: [...entries, good] } }), 'en');
    expect(result.skipped).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(result.report.findings.map((f) => f.entryIndex)).toEqual([entries.length]);
  });
});
