import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze/analyze.ts';
import { previewExchange } from '../core/ingest/preview.ts';
import { redactExchange } from '../core/redact/exchange.ts';
import { packSet } from '../core/packs/pack-set.ts';
import { packEngine } from '../core/packs/team-packs.ts';
import { createSession, type SessionEntry } from '../core/session/session.ts';
import { anExchange } from '../testing/exchange.ts';
import { reanalyzeSession } from './reanalyze.ts';

const text = readFileSync(new URL('../../examples/contoso-orders.pack.json', import.meta.url), 'utf8');
const orders = anExchange({
  url: 'https://orders.contoso.test/v1/orders/17',
  status: 409,
  text: '{"fault":{"errCode":"ORD-4091","text":"Changed","trace":"tr-5f1c"}}',
});
const defender = anExchange({
  url: 'https://api.security.microsoft.com/api/machines/1',
  status: 404,
  text: '{"error":{"code":"NotFound","message":"m","target":"4a8e0b1c-3d2f-4e5a-9b6c-7d8e9f0a1b2c"}}',
});

function sessionOf(...exchanges: ReturnType<typeof anExchange>[]) {
  const session = createSession();
  for (const exchange of exchanges)
    session.add(analyze(exchange)!, previewExchange(redactExchange(exchange)));
  return session;
}

describe('reanalyzeSession', () => {
  it('reads listed errors again with the packs, in place, and tells the panel which', () => {
    const session = sessionOf(orders, defender);
    const told: SessionEntry[][] = [];
    session.subscribeReplaced((replaced) => told.push(replaced));
    const { enabled } = packSet([{ name: 'contoso-internal', text, enabled: true }]);
    expect(reanalyzeSession(session, packEngine(enabled))).toBe(1);
    expect(session.entries().map((e) => [e.seq, e.finding.family])).toEqual([
      [1, 'contoso-orders'],
      [2, 'mtp'],
    ]);
    expect(told).toHaveLength(1);
    expect(told[0]?.[0]).toMatchObject({ seq: 1, finding: { code: 'ORD-4091' } });
    expect(session.exchange(1)).toBeDefined();

    // Turned off again: the error reads as it did before the pack.
    const off = packSet([{ name: 'contoso-internal', text, enabled: false }]);
    expect(off.enabled).toEqual([]);
    expect(reanalyzeSession(session, packEngine(off.enabled))).toBe(1);
    expect(session.entries()[0]?.finding).toEqual(analyze(orders));
  });

  it('leaves entries whose exchange was cut or dropped', () => {
    const session = createSession({ exchangesKept: 0 });
    session.add(analyze(orders)!, previewExchange(redactExchange(orders)));
    session.add(analyze(orders)!, previewExchange(redactExchange(orders), 10));
    const { enabled } = packSet([{ name: 'contoso-internal', text, enabled: true }]);
    expect(reanalyzeSession(session, packEngine(enabled))).toBe(0);
  });
});

describe('packSet', () => {
  it('keeps a stored pack that no longer passes, with its problems, and uses only enabled ones', () => {
    const { states, enabled } = packSet([
      { name: 'contoso-internal', text, enabled: true },
      { name: 'again', text, enabled: true },
      { name: 'broken', text: '{', enabled: true },
    ]);
    expect(states.map((s) => s.ok)).toEqual([true, false, false]);
    expect(enabled.map((p) => p.name)).toEqual(['contoso-internal']);
    expect(states[1]?.ok === false && states[1].problems[0]?.pointer).toBe('/families/0/id');
  });
});
