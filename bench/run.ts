/**
 * `npm run bench`: the budgets of the performance guide, each measured side by side in one run and
 * printed as a ratio with the medians. `--quick` runs tiny sizes, as a smoke test; `--cpu` times CPU, not wall time.
 */
import { analyze } from '../src/core/analyze/analyze.ts';
import { bodyText } from '../src/core/ingest/body.ts';
import { fromHarEntry } from '../src/core/ingest/from-har.ts';
import type { HarEntry } from '../src/model/har.ts';
import { mayFailUnder400, triage, worthParsing } from '../src/core/ingest/precheck.ts';
import { findingOf } from '../src/devtools/capture.ts';
import { HarReader, type HarItem } from '../src/core/ingest/har-reader.ts';
import { analyzeItem } from '../src/core/ingest/item-exchange.ts';
import { benchCliStream } from './cli-stream.ts';
import { errorBodies } from './error-bodies.ts';
import { benchPanelImport } from './panel-import.ts';
import { benchHistory } from './history.ts';
import { benchIngest } from './ingest.ts';
import { benchPacks } from './packs.ts';
import { benchPanel } from './panel.ts';
import { benchRedaction } from './redaction.ts';
import { benchTriage } from './triage.ts';
import { compare, timeByCpu, type Comparison } from './measure.ts';
import { sessionHar, successBody } from './traffic.ts';

const quick = process.argv.includes('--quick');
if (process.argv.includes('--cpu')) timeByCpu();
/** `--only=B1,B3`: just those in-process comparisons (P, R and B ids), nothing that starts a browser. */
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (id: string) => only === undefined || only.includes(id);
const metaOf = (entry: HarEntry) => ({
  url: entry.request.url,
  status: entry.response.status,
  mimeType: entry.response.content?.mimeType ?? '',
  size: entry.response.content?.size ?? -1,
});
const rounds = quick ? 3 : 21;
const results: Comparison[] = [];

// B1: full analysis of the error corpus vs a bare JSON.parse of the same bodies.
const { exchanges: errorExchanges, texts: errorTexts } = errorBodies();
if (wanted('B1'))
  results.push(
    compare(
      {
        id: 'B1',
        what: `analyze() of ${errorExchanges.length} JSON error bodies vs JSON.parse`,
        budget: '≤ 1.3×',
        ok: (r) => r <= 1.3,
      },
      () => errorExchanges.forEach((ex) => analyze(ex)),
      () => errorTexts.forEach((t) => JSON.parse(t)),
      { rounds, inner: 50 },
    ),
  );

// B2: pre-check of ordinary successful bodies (≥ 1 KB) vs parsing them.
const okBodies = Array.from({ length: 200 }, (_, i) => successBody(1024 + i * 40, i));
if (wanted('B2'))
  results.push(
    compare(
      {
        id: 'B2',
        what: '200 success bodies of 1-9 KB: worthParsing() vs JSON.parse',
        budget: '≤ 0.05×',
        ok: (r) => r <= 0.05,
      },
      () => okBodies.forEach((b) => worthParsing(200, b)),
      () => okBodies.forEach((b) => JSON.parse(b)),
      { rounds, inner: 20 },
    ),
  );

// B3: replay of a 10 000-entry session with 2 % errors vs parsing every JSON body. A round is one replay
// (a few ms) beside one baseline (tens of ms); 31 of them, so that a collection or another process
// landing in a few rounds does not move the medians.
const har = sessionHar(quick ? 1000 : 10_000, 0.02);
// As capture and the HAR readers do: metadata first, then a success's body ends, then the exchange.
const replay = (entries: HarEntry[]) => {
  let findings = 0;
  for (const entry of entries) {
    if (triage(metaOf(entry)) === 'ignore') continue;
    if (!mayFailUnder400(entry.response.status, entry.response.content ?? {})) continue;
    if (analyze(fromHarEntry(entry))) findings++;
  }
  return findings;
};
const parseEveryJson = (entries: HarEntry[]) => {
  for (const entry of entries) {
    const content = entry.response.content;
    if (content?.text && /json/.test(content.mimeType ?? '')) {
      try {
        JSON.parse(content.text);
      } catch {
        // a truncated body: the baseline pays for the attempt, as a naive tool would
      }
    }
  }
};
if (wanted('B3'))
  results.push(
    compare(
      {
        id: 'B3',
        what: `replay of ${har.length} entries (2 % errors) vs parse every JSON body`,
        budget: '≤ 0.05× (≥ 20× faster)',
        ok: (r) => r <= 0.05,
      },
      () => replay(har),
      () => parseEveryJson(har),
      { rounds: quick ? 3 : 31, inner: 1 },
    ),
  );

// B3 on the streaming path: the same session as the bytes of a HAR file, read by the core's reader and
// analysed entry by entry as the CLI and the panel's import do, vs what a naive tool does: JSON.parse the
// HAR text, then every JSON body.
const harText = JSON.stringify({ log: { version: '1.2', entries: har } });
const harBytes = new TextEncoder().encode(harText);
const streamReplay = () => {
  const reader = new HarReader();
  let findings = 0;
  const each = (items: HarItem[]) => items.forEach((item) => analyzeItem(item) && findings++);
  for (let i = 0; i < harBytes.length; i += 1024 * 1024)
    each(reader.push(harBytes.subarray(i, i + 1024 * 1024)));
  each(reader.end());
  return findings;
};
if (wanted('B3s'))
  results.push(
    compare(
      {
        id: 'B3s',
        what: `${har.length} entries streamed from ${(harBytes.length / 1024 / 1024).toFixed(0)} MB of HAR vs JSON.parse of it + every JSON body`,
        budget: '≤ 0.05× (as B3)',
        ok: (r) => r <= 0.05,
      },
      streamReplay,
      () => parseEveryJson((JSON.parse(harText) as { log: { entries: HarEntry[] } }).log.entries),
      { rounds: quick ? 3 : 31, inner: 1 },
    ),
  );

// P1, P2: a session with three team packs loaded, against the same work with none.
if (wanted('P1') || wanted('P2')) results.push(...benchPacks(errorExchanges, har, rounds));

// R1: redaction of each adversarial 1 MB input vs typical traffic of the same size; the worst counts.
const redaction = wanted('R1') ? benchRedaction(quick) : [];
results.push(...redaction);
const worst = redaction.reduce<Comparison | undefined>(
  (a, b) => (a && a.ratio >= b.ratio ? a : b),
  undefined,
);

// B4: base64 (ASCII) body decode vs parsing the decoded body.
const base64Bodies = okBodies.map((b) => Buffer.from(b, 'utf8').toString('base64'));
if (wanted('B4'))
  results.push(
    compare(
      {
        id: 'B4',
        what: '200 base64 ASCII bodies: bodyText() decode vs JSON.parse',
        budget: '≤ 0.5×',
        ok: (r) => r <= 0.5,
      },
      () => base64Bodies.forEach((data) => bodyText({ kind: 'base64', data })),
      () => okBodies.forEach((b) => JSON.parse(b)),
      { rounds, inner: 5 },
    ),
  );

// B2, counted: entries ruled out by metadata cost no getContent round trip and no parse.
const ruledOut = har.filter((e) => triage(metaOf(e)) === 'ignore');
const realParse = JSON.parse;
let parses = 0;
let bodyReads = 0;
JSON.parse = ((text: string, reviver?: Parameters<typeof realParse>[1]) => {
  parses++;
  return realParse(text, reviver);
}) as typeof JSON.parse;
await Promise.all(
  ruledOut.map((entry) =>
    findingOf({
      entry,
      backfilled: false,
      readBody: async () => {
        bodyReads++;
        return { text: entry.response.content?.text ?? null, base64: false };
      },
    }),
  ),
);
JSON.parse = realParse;

console.log(
  `id  ratio    subject median   baseline median  budget                   what (${process.argv.includes('--cpu') ? 'CPU' : 'wall'} time)`,
);
for (const r of results) {
  console.log(
    `${r.id}  ${r.ratio.toFixed(3).padStart(6)}×  ${r.subjectMs.toFixed(3).padStart(10)} ms  ${r.baselineMs.toFixed(3).padStart(12)} ms   ${(r.withinBudget ? 'ok  ' : 'OVER') + ' ' + r.budget.padEnd(20)} ${r.what}`,
  );
}
if (worst)
  console.log(
    `R1 worst: ${worst.what}, ${worst.ratio.toFixed(2)}× typical (${worst.subjectMs.toFixed(1)} ms vs ${worst.baselineMs.toFixed(1)} ms per ${quick ? '1/16 ' : ''}MB; budget ≤ 5×)`,
  );
console.log(
  `B2 counted: ${ruledOut.length} entries ruled out by metadata → ${bodyReads} getContent calls, ${parses} parses`,
);
if (parses > 0 || bodyReads > 0) process.exitCode = 1;
if (results.some((r) => !r.withinBudget)) process.exitCode = 1;
if (only === undefined) {
  if (!(await benchHistory(quick))) process.exitCode = 1;
  if (!(await benchPanel(quick))) process.exitCode = 1;
  if (!(await benchTriage(quick))) process.exitCode = 1;
  if (!(await benchIngest(quick))) process.exitCode = 1;
  if (!(await benchCliStream(quick))) process.exitCode = 1;
  if (!(await benchPanelImport(quick))) process.exitCode = 1;
}
