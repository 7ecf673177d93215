import { computed, signal } from '@preact/signals';
import type { HistoryStore } from '../../core/history/record.ts';
import { pageOrigin, toRecord } from '../../core/history/to-record.ts';
import { redactFinding, redactText } from '../../core/redact/redact.ts';
import { createErrorsTriage, type ErrorsTriage } from '../errors-triage.ts';
import type { FindingsStore } from '../findings-store.ts';
import type { Pack } from '../../core/packs/pack.ts';
import { startImport, type HarImport } from './har-import.ts';

/** What the errors view shows: a source's findings, with its own filter and groups. */
export interface SourceView extends ErrorsTriage {
  findings: FindingsStore;
}

/** Records go to the history this many at a time, as capture writes them. */
const HISTORY_BATCH = 500;

/**
 * Which findings the errors view shows: the live capture, or the HAR file opened last. Opening a file
 * switches to it; an imported file's findings reach the history only when the user asks.
 */
export function createSources(
  live: SourceView,
  history: HistoryStore | null,
  /** The team packs an opened file is read with: those enabled when it is opened. */
  packs: () => readonly Pack[] = () => [],
) {
  const imported = signal<HarImport | null>(null);
  const importedView = signal<SourceView | null>(null);
  const showing = signal<'live' | 'file'>('live');
  const added = signal<'no' | 'adding' | 'yes' | 'failed'>('no');
  return {
    imported,
    showing,
    added,
    canAddToHistory: history !== null,
    current: computed(() => (showing.value === 'file' && importedView.value) || live),
    open(file: File, start: (file: File, packs: readonly Pack[]) => HarImport = startImport): void {
      imported.value?.cancel();
      const next = start(file, packs());
      imported.value = next;
      importedView.value = { findings: next.findings, ...createErrorsTriage(next.findings) };
      added.value = 'no';
      showing.value = 'file';
    },
    show(which: 'live' | 'file'): void {
      showing.value = which;
    },
    async addToHistory(): Promise<void> {
      const source = imported.value;
      if (!history || !source || added.value !== 'no') return;
      added.value = 'adding';
      try {
        const entries = [...source.findings.entries.value].reverse();
        for (let i = 0; i < entries.length; i += HISTORY_BATCH) {
          const records = entries.slice(i, i + HISTORY_BATCH).map(({ seq, finding }) => {
            const headers = source.findings.exchangeOf(seq)?.requestHeaders ?? [];
            return toRecord(redactFinding(finding), redactText(pageOrigin(headers)));
          });
          await history.append(records);
        }
        added.value = 'yes';
      } catch {
        added.value = 'failed';
      }
    },
  };
}

export type Sources = ReturnType<typeof createSources>;
