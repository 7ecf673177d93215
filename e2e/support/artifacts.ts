import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../e2e-artifacts');

/** Keeps a picture of the DevTools window when a test fails, named after the test. */
export async function saveFailureScreenshot(
  name: string,
  take: (path: string) => Promise<void>,
): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = resolve(ARTIFACTS_DIR, `${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`);
  try {
    await take(file);
    console.error(`screenshot of the failure: ${file}`);
  } catch (error) {
    console.error(`no screenshot of the failure: ${String(error)}`);
  }
}
