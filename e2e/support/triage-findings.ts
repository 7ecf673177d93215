import { analyze } from '../../src/core/analyze/analyze.ts';
import { filterMatcher, prepareSubject } from '../../src/core/filter/match.ts';
import { parseFilter } from '../../src/core/filter/parse.ts';
import { findingSubject } from '../../src/core/filter/subjects.ts';
import { fromHarEntry } from '../../src/core/ingest/from-har.ts';
import type { Finding } from '../../src/model/finding.ts';
import { caseToHarEntry, loadCases, loadDefenderExtras, loadHostileCases } from '../fixtures/corpus.ts';
import { servedCase } from '../fixtures/server.ts';

/**
 * What the engine finds in the exchanges the demo's "every API family" scenario serves, request i
 * sent to origins[i % origins.length] as `fireDemo` sends it.
 */
export function engineFindings(origins: string[]): Finding[] {
  const cases = [...loadCases(), ...loadDefenderExtras(), ...loadHostileCases()];
  return cases.flatMap(
    (c, i) => analyze(fromHarEntry(caseToHarEntry(servedCase(c, origins[i % origins.length]!)))) ?? [],
  );
}

/** The findings a filter keeps, by the filter's own definition. */
export function matching(findings: Finding[], filter: string): Finding[] {
  const matches = filterMatcher(parseFilter(filter));
  return findings.filter((f) => matches(prepareSubject(findingSubject(f))));
}
