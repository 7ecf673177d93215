/**
 * What `npm test` and `npm start` need from the machine besides npm: Debian's Chromium and Firefox,
 * each with its Japanese UI (the Japanese e2e tests run the browsers in Japanese). Pure, so the
 * decision is tested on injected facts; scripts/provision.ts gathers the facts and acts.
 */
export interface MachineFacts {
  /** `CHROMIUM_PATH` / `FIREFOX_PATH` from the environment, when set. */
  chromiumOverride?: string | undefined;
  firefoxOverride?: string | undefined;
  exists: (path: string) => boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  /** `sudo -n true` succeeded: sudo without a password. */
  hasPasswordlessSudo: boolean;
}

/** A Debian package, what it is to the tests, and the files that show it is there (any one of them). */
export interface Requirement {
  package: string;
  what: string;
  files: string[];
}

export type ProvisionPlan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; sudo: boolean }
  | { kind: 'stop'; packages: string[]; message: string };

const CHROMIUM: Requirement = {
  package: 'chromium',
  what: 'Chromium',
  files: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
};
// Debian's chromium ships en-US only; chromium-l10n brings the other UI locales.
const CHROMIUM_JA: Requirement = {
  package: 'chromium-l10n',
  what: "Chromium's Japanese UI",
  files: ['/usr/lib/chromium/locales/ja.pak'],
};
// Debian's Firefox builds are en-US only; the Japanese UI is a language pack its -l10n-ja package puts
// among the application's own add-ons, for the Firefox of exactly the same version (its Depends say so).
const FIREFOX_ESR: Requirement = {
  package: 'firefox-esr',
  what: 'Firefox ESR',
  files: ['/usr/bin/firefox-esr'],
};
const FIREFOX_ESR_JA: Requirement = {
  package: 'firefox-esr-l10n-ja',
  what: "Firefox ESR's Japanese UI",
  files: ['/usr/lib/firefox-esr/browser/extensions/langpack-ja@firefox-esr.mozilla.org.xpi'],
};
const FIREFOX: Requirement = { package: 'firefox', what: 'Firefox', files: ['/usr/bin/firefox'] };
const FIREFOX_JA: Requirement = {
  package: 'firefox-l10n-ja',
  what: "Firefox's Japanese UI",
  files: ['/usr/lib/firefox/browser/extensions/langpack-ja@firefox.mozilla.org.xpi'],
};

/** What this machine must have: the e2e helpers take firefox-esr before firefox (e2e/support/browsers.ts). */
export function requirements(facts: MachineFacts): Requirement[] {
  const needed: Requirement[] = [];
  if (!facts.chromiumOverride) needed.push(CHROMIUM, CHROMIUM_JA);
  if (!facts.firefoxOverride) {
    const onlyFirefox = !FIREFOX_ESR.files.some(facts.exists) && FIREFOX.files.some(facts.exists);
    needed.push(...(onlyFirefox ? [FIREFOX, FIREFOX_JA] : [FIREFOX_ESR, FIREFOX_ESR_JA]));
  }
  return needed;
}

export function unmet(facts: MachineFacts): Requirement[] {
  return requirements(facts).filter((r) => !r.files.some(facts.exists));
}

export function missingPackages(facts: MachineFacts): string[] {
  return unmet(facts).map((r) => r.package);
}

export function provisionPlan(facts: MachineFacts): ProvisionPlan {
  const missing = unmet(facts);
  const packages = missing.map((r) => r.package);
  if (packages.length === 0) return { kind: 'ready' };
  if (facts.hasAptGet && (facts.isRoot || facts.hasPasswordlessSudo))
    return { kind: 'install', packages, sudo: !facts.isRoot };
  const how = facts.hasAptGet
    ? `sudo apt-get install ${packages.join(' ')}`
    : `install ${packages.join(', ')} with your system's package manager`;
  return {
    kind: 'stop',
    packages,
    message:
      `The end-to-end tests and npm start drive real browsers, in English and Japanese, and ` +
      `${missing.map((r) => `${r.package} (${r.what})`).join(', ')} ` +
      `${packages.length === 1 ? 'is' : 'are'} missing. Run: ${how} ` +
      `(or point CHROMIUM_PATH / FIREFOX_PATH at installed browsers), then run the command again.`,
  };
}

/**
 * After apt-get said it installed `packages`: null when every file they were installed for is now
 * there, else what is still missing (apt exits 0 for a package held back or one whose files were
 * diverted or deleted, and the tests would then fail far from the cause).
 */
export function stillMissing(facts: MachineFacts, packages: string[]): string | null {
  const left = unmet(facts).filter((r) => packages.includes(r.package));
  if (left.length === 0) return null;
  const lines = left.map((r) => `${r.package}: no ${r.files.join(' or ')}`);
  return (
    `apt-get reported success, but ${lines.join('; ')}. ` +
    `Check with: dpkg -L ${left.map((r) => r.package).join(' ')}`
  );
}

/**
 * A line for each package `apt-get install -s` would upgrade besides `packages` (its "Inst firefox-esr
 * [140.12.0esr-1~deb12u1] (153.8.0esr-1~deb12u1 …)" lines): a language pack depends on exactly its
 * browser's version, so installing the newest one upgrades an older browser, and the user is told so.
 */
export function upgradeNotes(simulation: string, packages: string[]): string[] {
  return [...simulation.matchAll(/^Inst (\S+) \[([^\]]+)\] \((\S+)/gm)]
    .filter(([, name]) => !packages.includes(name!))
    .map(
      ([, name, from, to]) =>
        `apt-get upgrades ${name} ${from} to ${to} as well: ${packages.join(' ')} ` +
        `${packages.length === 1 ? 'depends' : 'depend'} on that version.`,
    );
}
