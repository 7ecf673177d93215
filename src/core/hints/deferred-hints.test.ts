import { describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCanaryCases, loadCases } from '../../../e2e/fixtures/corpus.ts';
import { anExchange } from '../../testing/exchange.ts';
import { analyze } from '../analyze/analyze.ts';
import { fromHarEntry } from '../ingest/from-har.ts';
import { previewExchange } from '../ingest/preview.ts';
import { redactExchange, redactFinding, redactFindingWithMarks } from '../redact/redact.ts';
import { createSession } from '../session/session.ts';
import type { Exchange } from '../../model/exchange.ts';
import type { Finding } from '../../model/finding.ts';
import { computeHints } from './compute-hints.ts';
import { hintsMayNameRequestField, settleHints, withHintsRead } from './deferred-hints.ts';
import { unfilledTag } from './lazy-array.ts';

const unread = (finding: Finding) => unfilledTag(finding.hints) !== undefined;

/** A 400 whose message quotes a value, so it has hints to read later. */
function quoting(overrides: Partial<Exchange> = {}): Exchange {
  return anExchange({
    text: JSON.stringify({ error: { code: 'BadArgument', message: "Value 'k3y-1234abcd' is invalid" } }),
    ...overrides,
  });
}

describe('deferred hints', () => {
  const exchanges = [...loadCases(), ...loadCanaryCases()].map((c) => fromHarEntry(caseToHarEntry(c)));

  it('read later, equal what the whole exchange gives at capture, for every corpus and canary case', () => {
    let deferred = 0;
    for (const exchange of exchanges) {
      const finding = analyze(exchange);
      if (!finding) continue;
      if (unread(finding)) deferred++;
      const expected = computeHints(exchange, finding);
      expect(finding.hints, exchange.url).toEqual(expected);
    }
    expect(deferred).toBeGreaterThan(50);
  });

  it('are not read by analysis, only by what shows them', () => {
    const finding = analyze(quoting({ url: 'https://api.example.com/x?id=k3y-1234abcd' }))!;
    expect(unread(finding)).toBe(true);
    expect(JSON.parse(JSON.stringify(finding)).hints).toEqual([
      { kind: 'valueInRequest', value: 'k3y-1234abcd', location: 'query', name: 'id' },
    ]);
    expect(unread(finding)).toBe(false);
  });

  it('are read at once for a finding without a message: status and headers are all they need', () => {
    const finding = analyze(
      anExchange({ status: 429, responseHeaders: [{ name: 'Retry-After', value: '5' }] }),
    )!;
    expect(unread(finding)).toBe(false);
    expect(finding.hints).toEqual([{ kind: 'retryAfter', seconds: 5, source: 'Retry-After' }]);
  });

  it('stay unread when a request with no query and no body is redacted, and read the same later', () => {
    const finding = analyze(quoting())!;
    expect(hintsMayNameRequestField(finding)).toBe(false);
    const redacted = redactFinding(finding);
    expect(unread(finding)).toBe(true);
    expect(redacted.message).toContain('k3y-1234abcd');
    expect(redacted.hints).toEqual(redactFindingWithMarks(finding).finding.hints);
    expect(redacted.hints).toEqual([]);
  });

  it('are read by redaction when the request may hold the secret the message echoes', () => {
    const finding = analyze(quoting({ url: 'https://api.example.com/x?api_key=k3y-1234abcd' }))!;
    expect(hintsMayNameRequestField(finding)).toBe(true);
    const redacted = redactFinding(finding);
    expect(redacted.message).not.toContain('k3y-1234abcd');
    expect(redacted.hints).toEqual(redactFindingWithMarks(finding).finding.hints);
    const body = analyze(quoting({ method: 'POST', requestBody: '{"password":"k3y-1234abcd"}' }))!;
    expect(hintsMayNameRequestField(body)).toBe(true);
    expect(redactFinding(body).message).not.toContain('k3y-1234abcd');
  });

  it('are read into plain arrays for a structured clone, nested ones too', () => {
    for (const exchange of exchanges) {
      const finding = analyze(exchange);
      if (!finding) continue;
      expect(structuredClone(withHintsRead(finding))).toEqual(finding);
    }
    const batch = exchanges.map((exchange) => analyze(exchange)).find((f) => f && f.nested.length > 1);
    expect(batch).toBeDefined();
  });

  it('are settled when the session lets go of the exchange, only where they hold a request body', () => {
    const session = createSession({ exchangesKept: 2 });
    const posted = analyze(quoting({ method: 'POST', requestBody: '{"id":"k3y-1234abcd"}' }))!;
    const got = analyze(quoting())!;
    session.add(posted, previewOf(quoting()));
    session.add(got, previewOf(quoting()));
    expect(unread(posted)).toBe(true);
    session.add(analyze(quoting())!, previewOf(quoting()));
    session.add(analyze(quoting())!, previewOf(quoting()));
    expect(unread(posted)).toBe(false);
    expect(posted.hints).toEqual([
      { kind: 'valueInRequest', value: 'k3y-1234abcd', location: 'body', name: 'id' },
    ]);
    expect(unread(got)).toBe(true);
    settleHints(got);
    expect(unread(got)).toBe(true);
  });
});

function previewOf(exchange: Exchange) {
  return previewExchange(redactExchange(exchange));
}
