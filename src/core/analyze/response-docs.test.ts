import { describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCanaryCases, loadCases } from '../../../e2e/fixtures/corpus.ts';
import { analyze } from './analyze.ts';
import { fromHarEntry } from '../ingest/from-har.ts';

const cases = [...loadCases(), ...loadCanaryCases()];
const docsOf = (id: string) => analyze(fromHarEntry(caseToHarEntry(cases.find((c) => c.id === id)!)))?.docs;

describe('the documentation link a response gives', () => {
  it.each([
    ['stripe-402-card-declined', 'https://stripe.com/docs/error-codes/card-declined'],
    ['github-404-not-found', 'https://docs.github.com/rest/repos/repos#get-a-repository'],
    ['twilio-400-21211-invalid-to', 'https://www.twilio.com/docs/errors/21211'],
    ['problem-rfc9457-out-of-credit', 'https://example.com/probs/out-of-credit'],
    ['problem-about-blank-500', undefined],
    ['stripe-401-no-api-key', undefined],
    ['mtp-badrequest', undefined],
  ])('%s → %s', (id, expected) => {
    expect(docsOf(id)).toBe(expected);
  });

  it('is kept as the response gave it, even when hostile: the panel decides what becomes a link', () => {
    expect(docsOf('hostile-problem-type-javascript')).toBe('JaVaScRiPt:alert(document.domain)');
  });
});
