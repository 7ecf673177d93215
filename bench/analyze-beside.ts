/**
 * B1 beside another version of the engine, in one process: `npx tsx bench/analyze-beside.ts <root>`, where
 * <root> holds that version's src/ (`git archive <commit> src | tar -x -C <root>`). Both analyze() and a
 * bare JSON.parse of the bench's JSON error bodies run interleaved and are timed by CPU, so that the load
 * of other processes moves both alike; prints each as a ratio to the parse and the two against each other.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/core/analyze/analyze.ts';
import type { Exchange } from '../src/model/exchange.ts';
import { errorBodies } from './error-bodies.ts';

const root = process.argv[2];
if (root === undefined) throw new Error('usage: npx tsx bench/analyze-beside.ts <root of the other src/>');
const other = (await import(pathToFileURL(resolve(root, 'src/core/analyze/analyze.ts')).href)) as {
  analyze: (exchange: Exchange) => unknown;
};
const { exchanges, texts } = errorBodies();
const subjects = {
  this: () => exchanges.forEach((exchange) => analyze(exchange)),
  other: () => exchanges.forEach((exchange) => other.analyze(exchange)),
  parse: () => texts.forEach((text) => JSON.parse(text)),
};
const cpuMs = (fn: () => void, inner: number) => {
  const start = process.cpuUsage();
  for (let i = 0; i < inner; i++) fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000 / inner;
};
for (let i = 0; i < 400; i++) Object.values(subjects).forEach((fn) => fn());
const times = { this: [] as number[], other: [] as number[], parse: [] as number[] };
for (let round = 0; round < 41; round++) {
  for (const key of ['this', 'other', 'parse'] as const) times[key].push(cpuMs(subjects[key], 100));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const [mine, theirs, parse] = [median(times.this), median(times.other), median(times.parse)];
console.log(
  `B1 by CPU time: this ${(mine / parse).toFixed(2)}×, ${root} ${(theirs / parse).toFixed(2)}× a JSON.parse (${(parse * 1000).toFixed(0)} µs for ${texts.length} bodies); this / other ${(mine / theirs).toFixed(3)}`,
);
