/**
 * Makes sure the browsers the e2e tests and `npm start` drive are installed, with their Japanese UI:
 * installs Debian's packages when this machine can (root, or sudo without a password), then looks
 * again for what they were installed for; else stops with the command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { provisionPlan, stillMissing, type MachineFacts } from './provision-plan.ts';

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
  console.log(`Installing ${plan.packages.join(' ')} with apt-get (the e2e tests and npm start drive them)`);
  const prefix = plan.sudo ? ['sudo', '-n'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...plan.packages];
  for (const [command, ...args] of [
    [...prefix, 'apt-get', 'update', '-qq'],
    [...prefix, ...install],
  ] as [string, ...string[]][]) {
    if (spawnSync(command, args, { stdio: 'inherit', env }).status !== 0) {
      console.error(`Could not install ${plan.packages.join(' ')}; run: sudo ${install.join(' ')}`);
      process.exit(1);
    }
  }
  const missing = stillMissing(machineFacts(), plan.packages);
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}
