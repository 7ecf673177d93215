import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI from source, as a separate process: `npm test` runs these before anything is built. */
export function runCli(
  args: string[],
  stdin: string | Buffer | Buffer[] = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/faultline.ts', ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (!Array.isArray(stdin)) return void child.stdin.end(stdin);
    // Piece by piece, a moment apart, as a slow pipe delivers them.
    const next = (i: number) => {
      if (i === stdin.length) return void child.stdin.end();
      child.stdin.write(stdin[i]);
      setTimeout(() => next(i + 1), 5);
    };
    next(0);
  });
}
