import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    apt: 'chromium',
  },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], apt: 'firefox-esr' },
} as const;

/** The browser binary: the environment override first, then Debian's paths; a clear error otherwise. */
export function browserPath(kind: keyof typeof CANDIDATES): string {
  const { env, paths, apt } = CANDIDATES[kind];
  const override = process.env[env];
  if (override) {
    if (!existsSync(override)) throw new Error(`${env}=${override}, but no ${kind} is there.`);
    return override;
  }
  const found = paths.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No ${kind} found (looked at ${paths.join(', ')}). Install it (Debian: apt-get install ${apt}) or set ${env}.`,
    );
  }
  return found;
}

/** Chromium as the tests run it: no sandbox (root in CI), and no reaching for hosts this network lacks. */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
