import { describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCases, type CorpusCase } from '../../../e2e/fixtures/corpus.ts';
import { analyze } from './analyze.ts';
import { fromHarEntry } from '../ingest/from-har.ts';
import type { Finding } from '../../model/finding.ts';

const cases = loadCases();

function run(c: CorpusCase): Finding | null {
  return analyze(fromHarEntry(caseToHarEntry(c)));
}

/** What the corpus asks of a finding, as one comparable value: null for a response that is no error. */
function expected(c: CorpusCase) {
  if (!c.expect.isError) return null;
  return { family: c.expect.family, code: c.expect.code, correlationIds: c.expect.correlationIds ?? [] };
}

/** The same value read from a finding, keeping only the ids the corpus names. */
function actual(c: CorpusCase, finding: Finding | null) {
  if (finding === null || !c.expect.isError) return finding;
  const found = (c.expect.correlationIds ?? []).filter((id) =>
    finding.correlationIds.some((f) => f.name === id.name && f.value === id.value && f.source === id.source),
  );
  return { family: finding.family, code: finding.code, correlationIds: found };
}

describe('corpus: every case of cases.json', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(actual(c, run(c))).toEqual(expected(c));
  });

  it('scores every case', () => {
    const passing = cases.filter((c) => JSON.stringify(actual(c, run(c))) === JSON.stringify(expected(c)));
    console.info(`corpus score: ${passing.length}/${cases.length}`);
    expect(passing.length).toBe(cases.length);
  });
});
