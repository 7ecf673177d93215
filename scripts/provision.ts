/**
 * Makes sure the browsers the e2e tests and `npm start` drive are installed, with their Japanese UI:
 * installs Debian's packages when this machine can (root, or sudo without a password), then looks
 * again for what they were installed for; else stops with the command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { provisionPlan, stillMissing, upgradeNotes, type MachineFacts } from './provision-plan.ts';

function machineFacts(): MachineFacts {
  return {
    chromiumOverride: process.env['CHROMIUM_PATH'],
    firefoxOverride: process.env['FIREFOX_PATH'],
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    hasPasswordlessSudo:
      existsSync('/usr/bin/sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
}

/** Returns when the browsers are there, installing them first if this machine can; exits otherwise. */
export function provisionBrowsers(): void {
  const plan = provisionPlan(machineFacts());
  if (plan.kind === 'ready') return;
  if (plan.kind === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  console.log(
    `Installing ${plan.packages.join(' ')} with apt-get (the e2e tests and npm start drive the browsers, in English and Japanese)`,
  );
  const prefix = plan.sudo ? ['sudo', '-n'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...plan.packages];
  const apt = (args: string[], stdio: 'inherit' | 'pipe') => {
    const [command, ...rest] = [...prefix, ...args] as [string, ...string[]];
    return spawnSync(command, rest, { stdio, env, encoding: 'utf8' });
  };
  const stop = () => {
    console.error(`Could not install ${plan.packages.join(' ')}; run: sudo ${install.join(' ')}`);
    process.exit(1);
  };
  if (apt(['apt-get', 'update', '-qq'], 'inherit').status !== 0) stop();
  // A dry run first, to name a browser apt upgrades along (-qq would hide it); its errors show below.
  const dryRun = apt(['apt-get', 'install', '-s', '--no-install-recommends', ...plan.packages], 'pipe');
  for (const note of upgradeNotes(dryRun.stdout ?? '', plan.packages)) console.log(note);
  if (apt(install, 'inherit').status !== 0) stop();
  const missing = stillMissing(machineFacts(), plan.packages);
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}
