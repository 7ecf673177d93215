/**
 * B8: `faultline scan` (the built CLI, a separate process) on a generated HAR past V8's ~512 MiB
 * string cap, against a bare JSON.parse of a smaller HAR of the same traffic in this process: time per
 * byte as a ratio, the CLI's peak RSS, and its findings against the errors written into the file.
 * Both files go to the system's temporary folder and are deleted at the end. `--quick` uses 40 MB and 8 MB.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeHar, type WrittenHar } from './har-file.ts';

const MB = 1024 * 1024;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/faultline.js');
// The CLI reports its own peak RSS as it exits, so nothing outside Node is needed to measure it.
const REPORT_RSS =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))";

export interface CliRun {
  ms: number;
  maxRssKb: number;
  findings: number;
  code: number | null;
}

/** Runs the built CLI on `file` with --format json; counts the findings of its report. */
export function runCli(file: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_RSS, CLI, 'scan', file, '--format', 'json']);
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const maxRssKb = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);
      let findings = -1;
      try {
        findings = (JSON.parse(Buffer.concat(out).toString('utf8')) as { findings: unknown[] }).findings
          .length;
      } catch {
        // counted as -1: the report was not JSON
      }
      resolve({ ms, maxRssKb, findings, code });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A bare JSON.parse per byte of `file`, the median of `rounds`. */
export function parseMsPerByte(file: string, rounds: number): { msPerByte: number; bytes: number } {
  const text = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    JSON.parse(text);
    times.push(performance.now() - started);
  }
  return { msPerByte: median(times) / text.length, bytes: text.length };
}

export async function benchCliStream(quick: boolean): Promise<boolean> {
  const big = join(tmpdir(), `faultline-b8-${process.pid}.har`);
  const small = join(tmpdir(), `faultline-b8-small-${process.pid}.har`);
  try {
    const written: WrittenHar = writeHar(big, (quick ? 40 : 1230) * MB);
    writeHar(small, (quick ? 8 : 200) * MB);
    const baseline = parseMsPerByte(small, quick ? 3 : 5);
    const runs: CliRun[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(await runCli(big));
    const ms = median(runs.map((r) => r.ms));
    const ratio = ms / written.bytes / baseline.msPerByte;
    const rssMb = Math.max(...runs.map((r) => r.maxRssKb)) / 1024;
    const found = runs.every((r) => r.code === 0 && r.findings === written.errors);
    const ok = (pass: boolean) => (pass ? 'ok  ' : 'OVER');
    console.log(
      `\nB8 faultline scan of ${(written.bytes / MB).toFixed(0)} MB (${written.entries} entries) vs JSON.parse of ${(baseline.bytes / MB).toFixed(0)} MB, per byte`,
    );
    console.log(
      `B8  ${ratio.toFixed(3).padStart(6)}×  ${ms.toFixed(0).padStart(8)} ms  JSON.parse ${(baseline.msPerByte * written.bytes).toFixed(0)} ms for as many bytes   ${ok(ratio <= 1.3)} ≤ 1.3×`,
    );
    console.log(`B8  peak RSS ${rssMb.toFixed(0)} MB   ${ok(rssMb <= 300)} ≤ 300 MB`);
    console.log(
      `B8  findings ${runs.map((r) => r.findings).join(', ')} of ${written.errors} expected   ${found ? 'ok' : 'WRONG'}`,
    );
    return ratio <= 1.3 && rssMb <= 300 && found;
  } finally {
    rmSync(big, { force: true });
    rmSync(small, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await benchCliStream(process.argv.includes('--quick')))) process.exitCode = 1;
}
