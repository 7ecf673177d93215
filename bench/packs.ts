/** Team packs loaded: analysis with three packs against the same analysis with none, side by side. */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/core/analyze/analyze.ts';
import { fromHarEntry } from '../src/core/ingest/from-har.ts';
import { mayFailUnder400, triage } from '../src/core/ingest/precheck.ts';
import type { Exchange } from '../src/model/exchange.ts';
import type { HarEntry } from '../src/model/har.ts';
import type { Pack } from '../src/core/packs/pack.ts';
import { checkTeamPack, packEngine } from '../src/core/packs/team-packs.ts';
import { compare, type Comparison } from './measure.ts';

function pack(text: string, others: Pack[]): Pack {
  const check = checkTeamPack(text, others);
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.pack;
}

/** The README's example, a host-matched pack with 500 codes, and one recognized by shape alone. */
function threePacks(): Pack[] {
  const contoso = pack(
    readFileSync(new URL('../examples/contoso-orders.pack.json', import.meta.url), 'utf8'),
    [],
  );
  const codes = Object.fromEntries(
    Array.from({ length: 500 }, (_, i) => [
      `BIL-${i}`,
      { meaning: { en: `Billing error ${i}`, ja: `請求エラー ${i}` } },
    ]),
  );
  const billing = pack(
    JSON.stringify({
      faultline: 'pack/1',
      name: 'fabrikam-billing',
      families: [
        {
          id: 'fabrikam-billing',
          label: 'Fabrikam Billing',
          match: { hosts: ['*.billing.fabrikam.test'], headers: ['x-fabrikam-request'] },
          envelope: { when: '/failure', code: '/failure/id', message: '/failure/detail' },
        },
      ],
      codes: { 'fabrikam-billing': codes },
    }),
    [contoso],
  );
  const shape = pack(
    JSON.stringify({
      faultline: 'pack/1',
      name: 'tailspin-shape',
      families: [
        {
          id: 'tailspin',
          label: 'Tailspin',
          envelope: { when: [{ pointer: '/status', equals: 'failed' }, '/reason'], code: '/reason/code' },
        },
      ],
    }),
    [contoso, billing],
  );
  return [contoso, billing, shape];
}

export function benchPacks(
  errors: readonly Exchange[],
  har: readonly HarEntry[],
  rounds: number,
): Comparison[] {
  const engine = packEngine(threePacks());
  const replay = (options: Parameters<typeof analyze>[1]) => {
    for (const entry of har) {
      const meta = {
        url: entry.request.url,
        status: entry.response.status,
        mimeType: entry.response.content?.mimeType ?? '',
        size: entry.response.content?.size ?? -1,
      };
      if (triage(meta) === 'ignore') continue;
      if (mayFailUnder400(entry.response.status, entry.response.content ?? {})) {
        analyze(fromHarEntry(entry), options);
      }
    }
  };
  return [
    compare(
      {
        id: 'P1',
        what: `analyze() of ${errors.length} error bodies, 3 packs loaded vs none`,
        budget: '≤ 1.15×',
        ok: (r) => r <= 1.15,
      },
      () => errors.forEach((ex) => analyze(ex, engine)),
      () => errors.forEach((ex) => analyze(ex)),
      { rounds, inner: 50 },
    ),
    compare(
      {
        id: 'P2',
        what: `replay of ${har.length} entries, 3 packs loaded vs none`,
        budget: '≤ 1.15×',
        ok: (r) => r <= 1.15,
      },
      () => replay(engine),
      () => replay({}),
      { rounds: Math.min(rounds, 11), inner: 1 },
    ),
  ];
}
