/**
 * `npm run package`: the store uploads, built afresh from the sources at hand (a package made from an
 * older dist would not be what the source archive builds):
 *   dist/faultline-chrome-<version>.zip   the Chrome Web Store upload, dist/chrome with manifest.json at its root
 *   dist/faultline-firefox-<version>.zip  the addons.mozilla.org upload, dist/firefox zipped by `web-ext build`
 *   dist/faultline-source-<version>.zip   the source code AMO asks for: git's tracked files, nothing else
 * The version is package.json's; vite.config.ts writes the same into both manifests.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function fail(message: string): never {
  console.error(`npm run package: ${message}`);
  process.exit(1);
}

function git(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/**
 * The files of the source archive. Only git knows which files are the project's: walking the folder
 * would also sweep in whatever lies there (a customer's HAR, an .env, editor files) and publish it.
 */
function trackedFiles(): { files: string[]; untracked: string[] } {
  const top = git('rev-parse', '--show-toplevel');
  if (top.error || top.status !== 0 || resolve(top.stdout.trim()) !== root) {
    fail(
      `the source archive lists git's tracked files, and ${root} is not the top of a git checkout ` +
        '(or git is not installed). Package from a clone of the repository; `npm run build` alone needs no git.',
    );
  }
  const list = (...args: string[]) =>
    git('ls-files', '-z', ...args)
      .stdout.split('\0')
      .filter(Boolean);
  const deleted = new Set(list('--deleted'));
  return {
    files: list('--cached').filter((f) => !deleted.has(f)),
    untracked: list('--others', '--exclude-standard'),
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * Writes a zip of `files` (relative to `base`) with the given time on every entry and each file's Unix
 * mode, so the same sources give the same bytes.
 */
function writeZip(path: string, base: string, files: string[], mtime: Date): void {
  const entries: Zippable = {};
  for (const file of files) {
    const mode = statSync(join(base, file)).mode & 0o777;
    entries[file] = [readFileSync(join(base, file)), { mtime, os: 3, attrs: (0o100000 | mode) << 16 }];
  }
  writeFileSync(path, zipSync(entries, { level: 9 }));
}

function step(what: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) fail(`${what}: ${result.error.message}`);
  if (result.status !== 0) fail(`${what} failed (exit ${result.status})`);
}

const { files, untracked } = trackedFiles();
if (untracked.length > 0) {
  console.warn(
    `npm run package: ${untracked.length} untracked file(s) are left out of the source archive, though the ` +
      `build may use them (public/ is copied whole, src/ is what the code imports); commit or remove them ` +
      `before uploading: ${untracked.slice(0, 5).join(', ')}${untracked.length > 5 ? ', …' : ''}`,
  );
}
// The commit's time, not now: packaging the same commit twice gives the same Chrome and source zips.
const committed = new Date(Number(git('log', '-1', '--format=%ct').stdout.trim()) * 1000 || Date.now());

step('the build', 'npm', ['run', '--silent', 'build']);

const chrome = join(dist, `faultline-chrome-${version}.zip`);
writeZip(chrome, join(dist, 'chrome'), filesUnder(join(dist, 'chrome')), committed);

const firefox = join(dist, `faultline-firefox-${version}.zip`);
step('web-ext build', 'npx', [
  'web-ext',
  'build',
  '--source-dir',
  join(dist, 'firefox'),
  '--artifacts-dir',
  dist,
  '--filename',
  `faultline-firefox-${version}.zip`,
  '--overwrite-dest',
  '--no-input',
  '--no-config-discovery',
]);

const source = join(dist, `faultline-source-${version}.zip`);
writeZip(source, root, files, committed);

for (const path of [chrome, firefox, source]) {
  console.log(`${relative(root, path)}  ${(statSync(path).size / 1024).toFixed(0)} KiB`);
}
