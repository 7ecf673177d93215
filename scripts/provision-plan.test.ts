import { describe, expect, it } from 'vitest';
import { missingPackages, provisionPlan, type MachineFacts } from './provision-plan.ts';

const ALL = ['/usr/bin/chromium', '/usr/lib/chromium/locales/ja.pak', '/usr/bin/firefox-esr'];
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
    [[], ['chromium', 'chromium-l10n', 'firefox-esr']],
    [['/usr/bin/chromium', '/usr/bin/firefox-esr'], ['chromium-l10n']],
    [['/usr/bin/chromium-browser', '/usr/lib/chromium/locales/ja.pak', '/usr/bin/firefox'], []],
  ])('with %j present: %j', (present, expected) => {
    expect(missingPackages(facts(present))).toEqual(expected);
  });

  it('trusts CHROMIUM_PATH and FIREFOX_PATH instead of looking for Debian packages', () => {
    expect(missingPackages(facts([], { chromiumOverride: '/opt/c', firefoxOverride: '/opt/f' }))).toEqual([]);
  });
});

describe('provisionPlan', () => {
  it('does nothing when everything is there', () => {
    expect(provisionPlan(facts(ALL, { isRoot: true }))).toEqual({ kind: 'ready' });
  });

  it('installs with apt-get as root', () => {
    expect(provisionPlan(facts(['/usr/bin/chromium'], { isRoot: true }))).toEqual({
      kind: 'install',
      packages: ['chromium-l10n', 'firefox-esr'],
      sudo: false,
    });
  });

  it('installs through sudo without a password', () => {
    expect(provisionPlan(facts(ALL.slice(0, 2), { hasPasswordlessSudo: true }))).toEqual({
      kind: 'install',
      packages: ['firefox-esr'],
      sudo: true,
    });
  });

  it('stops with the exact command when it may not install', () => {
    const plan = provisionPlan(facts([]));
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain(
      'Run: sudo apt-get install chromium chromium-l10n firefox-esr',
    );
  });

  it('without apt-get, names the packages and the environment overrides', () => {
    const plan = provisionPlan(facts([], { hasAptGet: false, isRoot: true }));
    expect(plan.kind === 'stop' && plan.message).toMatch(
      /chromium, chromium-l10n, firefox-esr.*CHROMIUM_PATH/,
    );
  });
});
