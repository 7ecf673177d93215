import { signal, type Signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '../core/session/settings.ts';
import { loadSettings, onSettingsChanged, saveSetting } from '../platform/settings-storage.ts';

export interface SettingsStore {
  settings: Signal<Settings>;
  /** Saving may fail (storage full, extension reloaded): the panel keeps working with the new value. */
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

export async function createSettingsStore(): Promise<SettingsStore> {
  const settings = signal<Settings>(await loadSettings().catch(() => DEFAULT_SETTINGS));
  onSettingsChanged(() => {
    void loadSettings().then(
      (fresh) => (settings.value = fresh),
      () => undefined,
    );
  });
  return {
    settings,
    set(key, value) {
      settings.value = { ...settings.value, [key]: value };
      void saveSetting(key, value).catch(() => undefined);
    },
  };
}
