import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { createCatalog, type Catalog } from '../../core/catalog/catalog.ts';
import type { Pack } from '../../core/packs/pack.ts';
import { packSet, type PackState, type StoredPack } from '../../core/packs/pack-set.ts';
import { checkTeamPack } from '../../core/packs/team-packs.ts';
import { PACK_LIMITS, type PackProblem } from '../../core/packs/validate-pack.ts';
import { redactText } from '../../core/redact/redact.ts';
import { downloadText } from '../../platform/download.ts';
import {
  loadStoredPacks,
  onPacksChanged,
  removeStoredPack,
  setPackEnabled,
  StorageFullError,
  storePack,
} from '../../platform/pack-storage.ts';

/** What the last import did, for the line under the import button. */
export type ImportOutcome =
  | { kind: 'added'; name: string }
  | { kind: 'refused'; file: string; problems: PackProblem[] }
  | { kind: 'full' }
  | { kind: 'unreadable'; file: string }
  | { kind: 'too-large'; file: string };

export interface PacksStore {
  states: ReadonlySignal<PackState[]>;
  /** The packs turned on and without problems, in import order. */
  enabled: ReadonlySignal<Pack[]>;
  /** The built-in catalog with the enabled packs: what explanations in the panel read. */
  catalog: ReadonlySignal<Catalog>;
  outcome: ReadonlySignal<ImportOutcome | null>;
  importFile(file: File): Promise<void>;
  setEnabled(name: string, enabled: boolean): Promise<void>;
  remove(name: string): Promise<void>;
  exportPack(name: string): void;
}

/**
 * Settings → Packs. Packs live in storage.local; the devtools page reads them too and applies them to
 * capture, so the panel only writes them and follows the changes, from this window or another.
 */
export function createPacksStore(): PacksStore {
  const stored = signal<StoredPack[]>([]);
  const outcome = signal<ImportOutcome | null>(null);
  const set = computed(() => packSet(stored.value));
  const reload = () =>
    loadStoredPacks().then(
      (packs) => (stored.value = packs),
      () => undefined,
    );
  void reload();
  onPacksChanged(() => void reload());

  return {
    states: computed(() => set.value.states),
    enabled: computed(() => set.value.enabled),
    catalog: computed(() => createCatalog(set.value.enabled)),
    outcome,
    async importFile(file) {
      if (file.size > PACK_LIMITS.chars * 4)
        return void (outcome.value = { kind: 'too-large', file: file.name });
      let text: string;
      try {
        text = await file.text();
      } catch {
        return void (outcome.value = { kind: 'unreadable', file: file.name });
      }
      // Checked against the other enabled packs; importing a pack again under its name replaces it.
      const first = checkTeamPack(text);
      const name = first.ok ? first.pack.name : undefined;
      const others = set.value.states.flatMap((s) =>
        s.ok && s.stored.enabled && s.stored.name !== name ? [s.pack] : [],
      );
      const check = checkTeamPack(text, others);
      if (!check.ok)
        return void (outcome.value = { kind: 'refused', file: file.name, problems: check.problems });
      const entry = { name: check.pack.name, text, enabled: true };
      try {
        await storePack(entry);
      } catch (error) {
        outcome.value =
          error instanceof StorageFullError ? { kind: 'full' } : { kind: 'unreadable', file: file.name };
        return;
      }
      stored.value = [...stored.value.filter((s) => s.name !== entry.name), entry];
      outcome.value = { kind: 'added', name: entry.name };
    },
    async setEnabled(name, enabled) {
      stored.value = stored.value.map((s) => (s.name === name ? { ...s, enabled } : s));
      await setPackEnabled(name, enabled).catch(() => void reload());
    },
    async remove(name) {
      stored.value = stored.value.filter((s) => s.name !== name);
      await removeStoredPack(name).catch(() => void reload());
    },
    exportPack(name) {
      const pack = stored.value.find((s) => s.name === name);
      // A pack is the team's own file, yet every export passes redaction: a pasted token would not leak.
      if (pack) {
        const file = `${name.replace(/[^A-Za-z0-9._-]/g, '-')}.pack.json`;
        downloadText(file, 'application/json', redactText(pack.text));
      }
    },
  };
}
