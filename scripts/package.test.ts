import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

it('refuses, with the reason, to make a source archive outside a git checkout, before building anything', () => {
  // The project's files without .git, as an unpacked source archive is.
  copy = mkdtempSync(join(tmpdir(), 'faultline-no-git-'));
  mkdirSync(join(copy, 'scripts'));
  for (const file of ['package.json', 'scripts/package.ts']) copyFileSync(join(root, file), join(copy, file));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/package.ts'],
    {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() },
    },
  );
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${copy} is not the top of a git checkout`);
  expect(result.stderr).toContain('Package from a clone');
  expect(existsSync(join(copy, 'dist'))).toBe(false);
}, 30_000);
