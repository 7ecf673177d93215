/**
 * What `npm test` and `npm start` need from the machine besides npm: Debian's Chromium (with its
 * Japanese UI strings, which the Japanese e2e test reads) and Firefox ESR. Pure, so the decision is
 * tested on injected facts; scripts/provision.ts gathers the facts and acts.
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

export type ProvisionPlan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; sudo: boolean }
  | { kind: 'stop'; packages: string[]; message: string };

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
// Debian's chromium ships en-US only; chromium-l10n brings the other UI locales.
const CHROMIUM_JA = '/usr/lib/chromium/locales/ja.pak';

export function missingPackages(facts: MachineFacts): string[] {
  const missing: string[] = [];
  if (!facts.chromiumOverride) {
    if (!CHROMIUM.some(facts.exists)) missing.push('chromium');
    if (!facts.exists(CHROMIUM_JA)) missing.push('chromium-l10n');
  }
  if (!facts.firefoxOverride && !FIREFOX.some(facts.exists)) missing.push('firefox-esr');
  return missing;
}

export function provisionPlan(facts: MachineFacts): ProvisionPlan {
  const packages = missingPackages(facts);
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
      `The end-to-end tests and npm start drive real browsers, and ${packages.join(', ')} ` +
      `${packages.length === 1 ? 'is' : 'are'} missing. Run: ${how} ` +
      `(or point CHROMIUM_PATH / FIREFOX_PATH at installed browsers), then run the command again.`,
  };
}
