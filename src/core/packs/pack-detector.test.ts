import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anExchange } from '../../testing/exchange.ts';
import { analyze } from '../analyze/analyze.ts';
import { annotate } from '../catalog/lookup.ts';
import { redactFinding } from '../redact/redact.ts';
import { reportItem } from '../report/report-item.ts';
import type { Pack } from './pack.ts';
import { checkTeamPack, packEngine } from './team-packs.ts';

const text = readFileSync(new URL('../../../examples/contoso-orders.pack.json', import.meta.url), 'utf8');
const loaded = checkTeamPack(text);
if (!loaded.ok) throw new Error('the example pack is valid');
const contoso = loaded.pack;
const engine = packEngine([contoso]);
const fault = '{"fault":{"errCode":"ORD-4091","text":"Order 17 changed","trace":"tr-5f1c"}}';
const analyzeWith = (draft: Parameters<typeof anExchange>[0]) =>
  analyze(anExchange({ url: 'https://orders.contoso.test/v1/orders/17', ...draft }), engine);

/** A pack with one family recognized by shape alone (no match). */
function shapePack(name: string, id: string, when: string): Pack {
  const check = checkTeamPack(
    JSON.stringify({
      faultline: 'pack/1',
      name,
      families: [{ id, label: id, envelope: { when, code: `${when}/c` } }],
    }),
  );
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.pack;
}

describe('a team family', () => {
  it("reads the pack's envelope: code, message, ids from the body and from a header", () => {
    const finding = analyzeWith({
      status: 409,
      text: fault,
      responseHeaders: [{ name: 'X-Contoso-Trace', value: 'hdr-77' }],
    });
    expect(finding).toMatchObject({
      family: 'contoso-orders',
      code: 'ORD-4091',
      message: 'Order 17 changed',
      correlationIds: [
        { name: 'fault.trace', value: 'tr-5f1c', source: 'body' },
        { name: 'x-contoso-trace', value: 'hdr-77', source: 'header' },
      ],
    });
  });

  it('finds an error under a 2xx, and no error when the marker is null or absent', () => {
    expect(analyzeWith({ status: 200, text: fault })?.family).toBe('contoso-orders');
    expect(analyzeWith({ status: 200, text: '{"fault":null,"order":{"id":17}}' })).toBeNull();
    expect(analyzeWith({ status: 200, text: '{"order":{"id":17}}' })).toBeNull();
  });

  it('applies only on its hosts: exact names and *. wildcards, never the bare parent of a wildcard', () => {
    const at = (url: string) => analyzeWith({ url, status: 409, text: fault })?.family;
    expect(at('https://eu.orders.contoso.test/v1')).toBe('contoso-orders');
    expect(at('https://ORDERS.contoso.test:8443/v1')).toBe('contoso-orders');
    expect(at('https://evilorders.contoso.test/v1')).toBe('generic-http');
    expect(at('https://orders.contoso.test.evil.example/v1')).toBe('generic-http');
  });

  it('ranks a host-matched family before the built-ins and a shape-only one after them', () => {
    const graphShaped =
      '{"error":{"code":"ErrorItemNotFound","message":"m","innerError":{"request-id":"r"}}}';
    const shape = packEngine([shapePack('shapes', 'team-error', '/error')]);
    const onGraph = analyze(
      anExchange({ url: 'https://graph.microsoft.com/v1.0/me', status: 404, text: graphShaped }),
      shape,
    );
    expect(onGraph?.family).toBe('graph');
    const elsewhere = analyze(anExchange({ status: 500, text: '{"error":{"c":"E1"}}' }), shape);
    expect(elsewhere).toMatchObject({ family: 'team-error', code: 'E1' });
  });

  it('changes nothing without packs', () => {
    expect(
      analyze(anExchange({ url: 'https://orders.contoso.test/x', status: 409, text: fault }))?.family,
    ).toBe('generic-http');
  });
});

describe('team text in the catalog', () => {
  it("explains a pack family's code with the pack's text, in any language, naming the pack", () => {
    const annotation = annotate(
      { family: 'contoso-orders', code: 'ORD-4091', status: 409 },
      'ja',
      engine.catalog,
    );
    expect(annotation).toMatchObject({
      source: 'code',
      pack: 'contoso-internal',
      meaning: '読み込んだ後に、ほかの誰かが注文を変更しました (楽観的同時実行制御)。',
      docs: 'https://wiki.contoso.test/errors/ORD-4091',
    });
    const unknownCode = annotate(
      { family: 'contoso-orders', code: 'ORD-1', status: 500 },
      'en',
      engine.catalog,
    );
    expect(unknownCode.source).toBe('family');
    expect(unknownCode.pack).toBe('contoso-internal');
    expect(unknownCode.meaning).toMatch(/^Contoso Orders API error/);
  });

  it('shows team text for a built-in code beside the built-in text, falling back to English', () => {
    const key = { family: 'graph', code: 'itemNotFound', status: 404 };
    const annotation = annotate(key, 'ja', engine.catalog);
    expect(annotation).toMatchObject({ ...annotate(key, 'ja'), source: 'code' });
    expect(annotation.pack).toBeUndefined();
    expect(annotation.others).toEqual([
      {
        pack: 'contoso-internal',
        meaning:
          'At Contoso this usually means the mailbox was moved to the archive tenant: ask IT for its new id.',
        remediation: [],
      },
    ]);
  });

  it("names the pack when it explains a built-in family's code that has no built-in text", () => {
    const check = checkTeamPack(
      JSON.stringify({
        faultline: 'pack/1',
        name: 'graph-notes',
        families: [],
        codes: { graph: { ErrorItemNotFound: { meaning: { en: 'Archived.' } } } },
      }),
    );
    if (!check.ok) throw new Error('valid');
    const key = { family: 'graph', code: 'ErrorItemNotFound', status: 404 };
    expect(annotate(key, 'en', packEngine([check.pack]).catalog)).toMatchObject({
      source: 'code',
      pack: 'graph-notes',
      meaning: 'Archived.',
    });
    expect(annotate(key, 'en').source).toBe('family');
  });

  it('uses the first language present when there is neither the UI language nor English', () => {
    const check = checkTeamPack(
      JSON.stringify({
        faultline: 'pack/1',
        name: 'de-only',
        families: [],
        codes: { stripe: { card_declined: { meaning: { de: 'Karte abgelehnt.', fr: 'Carte refusée.' } } } },
      }),
    );
    if (!check.ok) throw new Error('valid');
    const annotation = annotate(
      { family: 'stripe', code: 'card_declined', status: 402 },
      'ja',
      packEngine([check.pack]).catalog,
    );
    expect(annotation.others?.[0]?.meaning).toBe('Karte abgelehnt.');
  });
});

describe('reports with team packs', () => {
  it("carry the pack's meaning and name, and team notes on built-in codes", () => {
    const finding = analyzeWith({ status: 409, text: fault })!;
    expect(reportItem(redactFinding(finding), 'en', engine.catalog)).toMatchObject({
      family: 'contoso-orders',
      meaning: 'The order was changed by someone else since you read it (optimistic concurrency).',
      pack: 'contoso-internal',
      packNotes: [],
    });
    expect(reportItem(redactFinding(finding), 'en').pack).toBeNull();
  });
});
