import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

/** The store packages, made by `npm run package` as a release would, then unpacked and read. */
const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const zips = {
  chrome: join(root, `dist/faultline-chrome-${version}.zip`),
  firefox: join(root, `dist/faultline-firefox-${version}.zip`),
  source: join(root, `dist/faultline-source-${version}.zip`),
};

type Files = Record<string, Uint8Array>;
const unpacked: Record<keyof typeof zips, Files> = { chrome: {}, firefox: {}, source: {} };
const text = (files: Files, path: string): string => {
  const bytes = files[path];
  if (!bytes) throw new Error(`${path} is not in the zip`);
  return new TextDecoder().decode(bytes);
};
const json = <T>(files: Files, path: string): T => JSON.parse(text(files, path)) as T;
/** Every file under `dir`, relative to it with forward slashes, sorted. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
/** Files only: web-ext also writes an entry for each folder. */
const filesOf = (files: Files) => Object.keys(files).filter((p) => !p.endsWith('/'));

beforeAll(() => {
  const result = spawnSync('npx', ['tsx', 'scripts/package.ts'], { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  for (const [kind, path] of Object.entries(zips)) {
    unpacked[kind as keyof typeof zips] = unzipSync(readFileSync(path));
  }
}, 120_000);

interface Messages {
  [key: string]: { message: string } | undefined;
}

describe.each(['chrome', 'firefox'] as const)('dist/faultline-%s-<version>.zip', (browser) => {
  const files = () => unpacked[browser];
  const manifest = () => json<Record<string, unknown>>(files(), 'manifest.json');

  it("is the built folder, whole: the tested extension, with manifest.json at the root and package.json's version", () => {
    expect(filesOf(files()).sort()).toEqual(filesUnder(join(root, 'dist', browser)));
    expect(manifest()['manifest_version']).toBe(3);
    expect(manifest()['version']).toBe(version);
  });

  it('ships a production build: no source maps, no node_modules, no local paths, no markup assignment', () => {
    const paths = filesOf(files());
    expect(paths.filter((p) => p.endsWith('.map') || p.includes('node_modules'))).toEqual([]);
    const scripts = paths.filter((p) => p.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = text(files(), script);
      expect(code, script).not.toContain('innerHTML');
      // A development bundle names its sources by absolute path (the JSX dev runtime's __source) and
      // announces itself to the Preact DevTools.
      expect(code.includes(root), `${script} holds ${root}`).toBe(false);
      expect(code, script).not.toContain('__PREACT_DEVTOOLS__');
    }
  });

  it('names and describes itself in English and Japanese through _locales', () => {
    expect(manifest()['default_locale']).toBe('en');
    expect(manifest()['name']).toBe('__MSG_extName__');
    expect(manifest()['description']).toBe('__MSG_extDescription__');
    const [en, ja] = (['en', 'ja'] as const).map((lang) => {
      const messages = json<Messages>(files(), `_locales/${lang}/messages.json`);
      const resolve = (key: string) => messages[key]?.message ?? '';
      return { name: resolve('extName'), description: resolve('extDescription') };
    });
    for (const locale of [en!, ja!]) {
      expect(locale.name).toMatch(/^Faultline\b/);
      // The Chrome Web Store's limits: 75 characters of name, 132 of description.
      expect(locale.name.length).toBeLessThanOrEqual(75);
      expect(locale.description.length).toBeGreaterThan(20);
      expect(locale.description.length).toBeLessThanOrEqual(132);
    }
    expect(ja!.name).not.toBe(en!.name);
    expect(ja!.description).not.toBe(en!.description);
    expect(ja!.description).toMatch(/[\u3040-\u30ff]/);
  });

  it('holds the devtools page, the panel page it opens, and every script, style and icon they name', () => {
    const devtoolsPage = String(manifest()['devtools_page']);
    // The panel is named at run time by devtools.panels.create, in the devtools page's script.
    const panelPage = 'src/panel/panel.html';
    const devtoolsScripts = filesOf(files()).filter(
      (p) => p.endsWith('.js') && text(files(), p).includes(`/${panelPage}`),
    );
    expect(devtoolsScripts.length).toBeGreaterThan(0);
    for (const page of [devtoolsPage, panelPage]) {
      const html = text(files(), page);
      const named = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(named.length, page).toBeGreaterThan(0);
      for (const ref of named) {
        const path = ref.startsWith('/') ? ref.slice(1) : join(page, '..', ref).split('\\').join('/');
        expect(files(), `${page} names ${ref}`).toHaveProperty([path]);
      }
    }
    for (const icon of Object.values(manifest()['icons'] as Record<string, string>)) {
      expect(files()).toHaveProperty([icon]);
    }
  });

  if (browser === 'firefox') {
    it('carries the gecko id and nothing Chrome-only', () => {
      const settings = manifest()['browser_specific_settings'] as { gecko: { id: string } };
      expect(settings.gecko.id).toBe('faultline@faultline.dev');
      expect(manifest()).not.toHaveProperty('minimum_chrome_version');
    });
  } else {
    it('carries no Firefox settings', () => {
      expect(manifest()).not.toHaveProperty('browser_specific_settings');
    });
  }
});

describe('dist/faultline-source-<version>.zip', () => {
  it("is git's tracked files, with the lock file and the README's build steps, without node_modules or dist", () => {
    const paths = filesOf(unpacked.source);
    const git = (...args: string[]) =>
      spawnSync('git', ['-C', root, 'ls-files', '-z', ...args], { encoding: 'utf8' })
        .stdout.split('\0')
        .filter(Boolean);
    const deleted = new Set(git('--deleted'));
    expect(paths.sort()).toEqual(
      git('--cached')
        .filter((p) => !deleted.has(p))
        .sort(),
    );
    for (const path of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'vite.config.ts',
      'src/devtools/devtools.ts',
    ]) {
      expect(unpacked.source, path).toHaveProperty([path]);
    }
    expect(paths.filter((p) => /^(node_modules|dist)\//.test(p))).toEqual([]);
    expect(text(unpacked.source, 'README.md').includes('npm ci && npm run build'), 'the build steps').toBe(
      true,
    );
    expect(json<{ version: string }>(unpacked.source, 'package.json').version).toBe(version);
  });

  it('builds, unpacked on its own, the very files of both store packages, whatever NODE_ENV the shell has', () => {
    // As a reviewer does with `npm ci && npm run build`, with this checkout's node_modules standing in for
    // `npm ci` (tests run offline): a file the build needs but git does not track would be missing here.
    // The shell's NODE_ENV=development would make vite build a development bundle, unless the build forbids it.
    const dir = mkdtempSync(join(tmpdir(), 'faultline-source-'));
    try {
      for (const [path, bytes] of Object.entries(unpacked.source)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), bytes);
      }
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const build = spawnSync('npm', ['run', '--silent', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'development' },
      });
      expect(build.status, build.stderr).toBe(0);
      for (const browser of ['chrome', 'firefox'] as const) {
        const rebuilt = filesUnder(join(dir, 'dist', browser));
        expect(rebuilt).toEqual(filesOf(unpacked[browser]).sort());
        for (const file of rebuilt) {
          expect(readFileSync(join(dir, 'dist', browser, file)).equals(unpacked[browser][file]!), file).toBe(
            true,
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run package in a checkout with an untracked file the build uses', () => {
  it('builds it into the extension, leaves it out of the source archive, and names it in a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-untracked-'));
    try {
      const tracked = spawnSync('git', ['-C', root, 'ls-files', '-z'], { encoding: 'utf8' }).stdout;
      for (const path of tracked.split('\0').filter(Boolean)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        copyFileSync(join(root, path), join(dir, path));
      }
      const git = (...args: string[]) =>
        spawnSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
          encoding: 'utf8',
        });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'copy');
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      // .gitignore's node_modules/ matches a folder only, and this one is a link.
      writeFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
      writeFileSync(join(dir, 'public/stray.txt'), 'not committed');

      const result = spawnSync(
        process.execPath,
        [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/package.ts'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('1 untracked file(s) are left out of the source archive');
      expect(result.stderr).toContain('public/stray.txt');
      const zip = (kind: string) =>
        unzipSync(readFileSync(join(dir, `dist/faultline-${kind}-${version}.zip`)));
      expect(zip('chrome')).toHaveProperty(['stray.txt']);
      expect(zip('source')).not.toHaveProperty(['public/stray.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
