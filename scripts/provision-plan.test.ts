import { describe, expect, it } from 'vitest';
import {
  missingPackages,
  provisionPlan,
  stillMissing,
  upgradeNotes,
  type MachineFacts,
} from './provision-plan.ts';

const ESR_JA = '/usr/lib/firefox-esr/browser/extensions/langpack-ja@firefox-esr.mozilla.org.xpi';
const FIREFOX_JA = '/usr/lib/firefox/browser/extensions/langpack-ja@firefox.mozilla.org.xpi';
const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/locales/ja.pak'];
const ALL = [...CHROMIUM, '/usr/bin/firefox-esr', ESR_JA];
const facts = (present: string[], more: Partial<MachineFacts> = {}): MachineFacts => ({
  exists: (path) => present.includes(path),
  isRoot: false,
  hasAptGet: true,
  hasPasswordlessSudo: false,
  ...more,
});

describe('missingPackages', () => {
  it.each([
    [ALL, []],
    [[], ['chromium', 'chromium-l10n', 'firefox-esr', 'firefox-esr-l10n-ja']],
    [['/usr/bin/chromium', '/usr/bin/firefox-esr', ESR_JA], ['chromium-l10n']],
    [[...CHROMIUM, '/usr/bin/firefox-esr'], ['firefox-esr-l10n-ja']],
    // The language pack alone is not Firefox (a package removed, its add-on left behind).
    [[...CHROMIUM, ESR_JA], ['firefox-esr']],
    [['/usr/bin/chromium-browser', '/usr/lib/chromium/locales/ja.pak', '/usr/bin/firefox', FIREFOX_JA], []],
    [[...CHROMIUM, '/usr/bin/firefox'], ['firefox-l10n-ja']],
    // Both Firefoxes: the tests drive firefox-esr, so its language pack is the one needed.
    [[...CHROMIUM, '/usr/bin/firefox', FIREFOX_JA, '/usr/bin/firefox-esr'], ['firefox-esr-l10n-ja']],
  ])('with %j present: %j', (present, expected) => {
    expect(missingPackages(facts(present))).toEqual(expected);
  });

  it('trusts CHROMIUM_PATH and FIREFOX_PATH instead of looking for Debian packages', () => {
    expect(missingPackages(facts([], { chromiumOverride: '/opt/c', firefoxOverride: '/opt/f' }))).toEqual([]);
    expect(missingPackages(facts([], { firefoxOverride: '/opt/f' }))).toEqual(['chromium', 'chromium-l10n']);
  });
});

describe('provisionPlan', () => {
  it('does nothing when everything is there', () => {
    expect(provisionPlan(facts(ALL, { isRoot: true }))).toEqual({ kind: 'ready' });
  });

  it('installs with apt-get as root', () => {
    expect(provisionPlan(facts(['/usr/bin/chromium'], { isRoot: true }))).toEqual({
      kind: 'install',
      packages: ['chromium-l10n', 'firefox-esr', 'firefox-esr-l10n-ja'],
      sudo: false,
    });
  });

  it("installs Firefox's Japanese language pack alone when Firefox is there", () => {
    expect(provisionPlan(facts([...CHROMIUM, '/usr/bin/firefox-esr'], { isRoot: true }))).toEqual({
      kind: 'install',
      packages: ['firefox-esr-l10n-ja'],
      sudo: false,
    });
  });

  it('installs through sudo without a password', () => {
    expect(provisionPlan(facts(CHROMIUM, { hasPasswordlessSudo: true }))).toEqual({
      kind: 'install',
      packages: ['firefox-esr', 'firefox-esr-l10n-ja'],
      sudo: true,
    });
  });

  it('stops with the exact command when it may not install', () => {
    const plan = provisionPlan(facts([]));
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain(
      'Run: sudo apt-get install chromium chromium-l10n firefox-esr firefox-esr-l10n-ja ',
    );
  });

  it('says what a missing language pack is for, and the command', () => {
    const plan = provisionPlan(facts([...CHROMIUM, '/usr/bin/firefox-esr']));
    expect(plan).toEqual({
      kind: 'stop',
      packages: ['firefox-esr-l10n-ja'],
      message:
        'The end-to-end tests and npm start drive real browsers, in English and Japanese, and ' +
        "firefox-esr-l10n-ja (Firefox ESR's Japanese UI) is missing. " +
        'Run: sudo apt-get install firefox-esr-l10n-ja ' +
        '(or point CHROMIUM_PATH / FIREFOX_PATH at installed browsers), then run the command again.',
    });
  });

  it('without apt-get, names the packages and the environment overrides', () => {
    const plan = provisionPlan(facts([], { hasAptGet: false, isRoot: true }));
    expect(plan.kind === 'stop' && plan.message).toMatch(
      /install chromium, chromium-l10n, firefox-esr, firefox-esr-l10n-ja with your system's package manager.*CHROMIUM_PATH/,
    );
  });
});

describe('stillMissing (after apt-get reported success)', () => {
  it('is null when every installed package left its files', () => {
    expect(stillMissing(facts(ALL), ['chromium-l10n', 'firefox-esr-l10n-ja'])).toBeNull();
  });

  it('names each package whose files are still not there, with the file looked for', () => {
    expect(stillMissing(facts([...CHROMIUM, '/usr/bin/firefox-esr']), ['firefox-esr-l10n-ja'])).toBe(
      `apt-get reported success, but firefox-esr-l10n-ja: no ${ESR_JA}. Check with: dpkg -L firefox-esr-l10n-ja`,
    );
    expect(stillMissing(facts(['/usr/bin/firefox-esr']), ['chromium', 'chromium-l10n'])).toBe(
      'apt-get reported success, but chromium: no /usr/bin/chromium or /usr/bin/chromium-browser; ' +
        'chromium-l10n: no /usr/lib/chromium/locales/ja.pak. Check with: dpkg -L chromium chromium-l10n',
    );
  });

  it('looks only at what was installed: other gaps were reported before', () => {
    expect(stillMissing(facts(['/usr/bin/firefox-esr', ESR_JA]), ['firefox-esr-l10n-ja'])).toBeNull();
  });
});

describe('upgradeNotes (from apt-get install -s)', () => {
  // Simulated on this Debian 12 machine with a dpkg status that has firefox-esr 140.12 and no language pack.
  const SIMULATION = `NOTE: This is only a simulation!
The following NEW packages will be installed:
  firefox-esr-l10n-ja
The following packages will be upgraded:
  firefox-esr
1 upgraded, 1 newly installed, 0 to remove and 143 not upgraded.
Inst firefox-esr [140.12.0esr-1~deb12u1] (153.8.0esr-1~deb12u1 Debian-Security:12/oldstable-security [amd64])
Inst firefox-esr-l10n-ja (153.8.0esr-1~deb12u1 Debian-Security:12/oldstable-security [all])
Conf firefox-esr (153.8.0esr-1~deb12u1 Debian-Security:12/oldstable-security [amd64])
Conf firefox-esr-l10n-ja (153.8.0esr-1~deb12u1 Debian-Security:12/oldstable-security [all])
`;

  it('names the browser apt upgrades to the version of its language pack', () => {
    expect(upgradeNotes(SIMULATION, ['firefox-esr-l10n-ja'])).toEqual([
      'apt-get upgrades firefox-esr 140.12.0esr-1~deb12u1 to 153.8.0esr-1~deb12u1 as well: ' +
        'firefox-esr-l10n-ja depends on that version.',
    ]);
  });

  it('says nothing of the packages asked for, nor of new installs', () => {
    expect(upgradeNotes(SIMULATION, ['firefox-esr', 'firefox-esr-l10n-ja'])).toEqual([]);
    expect(upgradeNotes(SIMULATION.replace(/^Inst firefox-esr \[.*$/m, ''), ['firefox-esr-l10n-ja'])).toEqual(
      [],
    );
  });
});
