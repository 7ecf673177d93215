import { describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCases, loadDefenderExtras } from '../../../e2e/fixtures/corpus.ts';
import { analyze } from './analyze.ts';
import type { Detector } from './detector.ts';
import { detectorsWith, DETECTORS } from './registry.ts';
import { fromHarEntry } from '../ingest/from-har.ts';
import { withHintsRead } from '../hints/deferred-hints.ts';
import type { Exchange } from '../../model/exchange.ts';
import { checkTeamPack } from '../packs/team-packs.ts';

/** The same detectors without their member gates: every one is asked about every body, in order. */
const ungated = (detectors: readonly Detector[]): Detector[] =>
  detectors.map(({ family, detect }) => ({ family, detect }));

const HOSTS = [
  'https://graph.microsoft.com/v1.0/$batch',
  'https://acct.table.core.windows.net/t',
  'https://api.github.com/x',
  'https://s3.amazonaws.com/b',
  'https://api.stripe.com/v1/charges',
  'https://login.microsoftonline.com/t/oauth2/v2.0/token',
  'https://api.twilio.com/2010-04-01/x',
  'https://shop.myshopify.com/admin/api/x',
  'https://management.azure.com/subscriptions/x',
  'https://www.googleapis.com/x',
  'https://api.security.microsoft.com/api/x',
];
const MEDIA = ['application/problem+json', 'application/vnd.api+json', 'multipart/mixed; boundary=b'];

/** Each corpus response, and variants of it a gate could get wrong: a member missing, alone or in capitals. */
function variants(exchange: Exchange): Exchange[] {
  const list = [exchange, { ...exchange, responseHeaders: [] }];
  for (const status of [200, 401, 404, 429, 500]) list.push({ ...exchange, status });
  for (const url of HOSTS) list.push({ ...exchange, url });
  for (const mimeType of MEDIA) list.push({ ...exchange, mimeType });
  const text = exchange.body.kind === 'text' ? exchange.body.text : '';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return list;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return list;
  const entries = Object.entries(json);
  const withBody = (value: unknown): Exchange => ({
    ...exchange,
    body: { kind: 'text', text: JSON.stringify(value) },
  });
  for (const [name, value] of entries) {
    const others = entries.filter(([key]) => key !== name);
    list.push(withBody(Object.fromEntries(others)));
    list.push(withBody({ [name]: value }));
    list.push(withBody(Object.fromEntries([[name.toUpperCase(), value], ...others])));
    list.push({ ...withBody(Object.fromEntries(others)), status: 200 });
  }
  list.push(withBody({}), withBody([json]));
  return list;
}

const exchanges = [...loadCases(), ...loadDefenderExtras()]
  .map((c) => fromHarEntry(caseToHarEntry(c)))
  .flatMap(variants);

function same(detectors: readonly Detector[]) {
  const all = ungated(detectors);
  const differing = exchanges.filter((exchange) => {
    const gated = analyze(exchange, { detectors });
    const asked = analyze(exchange, { detectors: all });
    return JSON.stringify(gated && withHintsRead(gated)) !== JSON.stringify(asked && withHintsRead(asked));
  });
  return differing.map((exchange) => `${exchange.status} ${exchange.url} ${JSON.stringify(exchange.body)}`);
}

describe('detector index: asking only the detectors a body’s members call for', () => {
  it('finds what asking every detector finds, on the corpus and variants of it', () => {
    expect(exchanges.length).toBeGreaterThan(2500);
    expect(same(DETECTORS)).toEqual([]);
  });

  it('finds the same with team packs, recognized by host and by shape', () => {
    const contoso = checkTeamPack(
      JSON.stringify({
        faultline: 'pack/1',
        name: 'contoso',
        families: [
          {
            id: 'contoso',
            label: 'Contoso',
            match: { hosts: ['api.example.com'] },
            envelope: { when: '/Failure/Code', code: '/failure/code' },
          },
          {
            id: 'tailspin',
            label: 'Tailspin',
            envelope: { when: [{ pointer: '/error/kind', equals: 'x' }], code: '/error/code' },
          },
        ],
      }),
    );
    if (!contoso.ok) throw new Error(JSON.stringify(contoso.problems));
    expect(same(detectorsWith([contoso.pack]))).toEqual([]);
  });

  it('passes over a gated detector whose members are absent, and asks it when one is there', () => {
    const asked: string[] = [];
    const spy = (family: string, members?: string[]): Detector => ({
      family,
      ...(members ? { members } : {}),
      detect: () => (asked.push(family), null),
    });
    const detectors = [spy('a', ['Error']), spy('b', ['data', 'errors']), spy('c'), spy('d', [])];
    const run = (text: string) => {
      asked.length = 0;
      analyze({ ...exchanges[0]!, body: { kind: 'text', text } }, { detectors });
      return [...asked];
    };
    expect(run('{"ERROR":{}}')).toEqual(['a', 'c']);
    expect(run('{"errors":[],"x":1}')).toEqual(['b', 'c']);
    expect(run('{"x":1}')).toEqual(['c']);
    expect(run('[{"error":1}]')).toEqual(['a', 'b', 'c', 'd']);
    expect(run('<Fault/>')).toEqual(['a', 'b', 'c', 'd']);
  });
});
