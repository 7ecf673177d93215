import browser from 'webextension-polyfill';
import type { StoredPack } from '../core/packs/pack-set.ts';

const PREFIX = 'packs.';

/** storage.local refused the write because the extension's quota (about 10 MB in Chrome) is used up. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/** Each pack under its own key, like the settings: two windows changing different packs cannot collide. */
export async function loadStoredPacks(): Promise<StoredPack[]> {
  const stored = await browser.storage.local.get(null);
  const packs: (StoredPack & { added: number })[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(PREFIX) || typeof value !== 'object' || value === null) continue;
    const { text, enabled, added } = value as Record<string, unknown>;
    if (typeof text !== 'string') continue;
    packs.push({
      name: key.slice(PREFIX.length),
      text,
      enabled: enabled !== false,
      added: typeof added === 'number' ? added : 0,
    });
  }
  return packs.sort((a, b) => a.added - b.added).map(({ name, text, enabled }) => ({ name, text, enabled }));
}

export async function storePack(pack: StoredPack, added = Date.now()): Promise<void> {
  try {
    await browser.storage.local.set({
      [PREFIX + pack.name]: { text: pack.text, enabled: pack.enabled, added },
    });
  } catch (error) {
    // Chrome: "QUOTA_BYTES quota exceeded"; Firefox names the quota in its DOMException.
    if (/quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error))) {
      throw new StorageFullError('storage.local', { cause: error });
    }
    throw error;
  }
}

/** Turns a stored pack on or off, keeping its place in the order. */
export async function setPackEnabled(name: string, enabled: boolean): Promise<void> {
  const key = PREFIX + name;
  const current = (await browser.storage.local.get(key))[key];
  if (typeof current !== 'object' || current === null) return;
  await browser.storage.local.set({ [key]: { ...(current as object), enabled } });
}

export async function removeStoredPack(name: string): Promise<void> {
  await browser.storage.local.remove(PREFIX + name);
}

export function onPacksChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
