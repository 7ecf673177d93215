import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_VERSION, type Settings } from '../core/session/settings.ts';

const PREFIX = 'settings.';

/**
 * storage.local has no transactions: each setting lives under its own key, so two windows changing
 * different settings cannot undo each other's change (a read-modify-write of one object would).
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(null);
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith(PREFIX)) values[key.slice(PREFIX.length)] = value;
  }
  return parseSettings(values);
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await browser.storage.local.set({ [PREFIX + key]: value, [`${PREFIX}version`]: SETTINGS_VERSION });
}

export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
