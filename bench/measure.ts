/** Side-by-side timing: both subjects run interleaved in the same process, and medians are compared. */
export interface Comparison {
  id: string;
  what: string;
  subjectMs: number;
  baselineMs: number;
  ratio: number;
  budget: string;
  withinBudget: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const wallMs = () => Number(process.hrtime.bigint()) / 1e6;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let clock = wallMs;

/**
 * Times the process's CPU (its GC threads included) instead of the wall clock: on a machine other
 * processes share, their load stretches wall time and moves ratios by tens of percent from run to run,
 * CPU time by a few.
 */
export function timeByCpu(): void {
  clock = cpuMs;
}

function time(fn: () => void, inner: number): number {
  const start = clock();
  for (let i = 0; i < inner; i++) fn();
  return (clock() - start) / inner;
}

export function compare(
  spec: { id: string; what: string; budget: string; ok: (ratio: number) => boolean },
  subject: () => void,
  baseline: () => void,
  { rounds = 21, inner = 5 } = {},
): Comparison {
  for (let i = 0; i < 3; i++) {
    subject();
    baseline();
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    s.push(time(subject, inner));
    b.push(time(baseline, inner));
  }
  const subjectMs = median(s);
  const baselineMs = median(b);
  const ratio = subjectMs / baselineMs;
  return { ...spec, subjectMs, baselineMs, ratio, withinBudget: spec.ok(ratio) };
}
