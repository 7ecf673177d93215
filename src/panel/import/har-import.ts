import { signal, type Signal } from '@preact/signals';
import { createSession } from '../../core/session/session.ts';
import { createFindingsStore, type FindingsStore } from '../findings-store.ts';
import type { Pack } from '../../core/packs/pack.ts';
import type { HarProblem } from '../../core/ingest/har-input-error.ts';
import type { ImportProgress, ImportReport, ImportRequest } from './import-messages.ts';

export type ImportState =
  | { kind: 'reading' }
  | { kind: 'done'; malformed: number }
  | { kind: 'cancelled' }
  /** Why the file is not a HAR, or what the browser said (`detail`); both null when the worker died silently. */
  | { kind: 'failed'; problem: HarProblem | null; detail: string | null };

/** A HAR file being read in a worker, or read: its findings are a session of their own. */
export interface HarImport {
  name: string;
  findings: FindingsStore;
  progress: Signal<ImportProgress>;
  state: Signal<ImportState>;
  cancel(): void;
}

function importWorker(): Worker {
  return new Worker(new URL('./har-import-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Reads `file` in a Web Worker; findings go into a session like capture's (the same cap, previews for
 * the newest only), which the errors view shows through its own findings store.
 */
export function startImport(
  file: File,
  packs: readonly Pack[] = [],
  createWorker: () => Worker = importWorker,
): HarImport {
  const session = createSession();
  const progress = signal<ImportProgress>({ read: 0, total: file.size, entries: 0, findings: 0 });
  const state = signal<ImportState>({ kind: 'reading' });
  const worker = createWorker();
  const stop = (next: ImportState) => {
    worker.terminate();
    state.value = next;
  };
  worker.onmessage = ({ data }: MessageEvent<ImportReport>) => {
    if (state.value.kind !== 'reading') return;
    progress.value = data.progress;
    if (data.kind === 'findings')
      for (const { finding, exchange } of data.found) session.add(finding, exchange);
    else if (data.kind === 'done') stop({ kind: 'done', malformed: data.malformed });
    else stop({ kind: 'failed', problem: data.problem, detail: data.detail });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop({ kind: 'failed', problem: null, detail: event.message || null });
  };
  worker.postMessage({ file, packs } satisfies ImportRequest);
  return {
    name: file.name,
    findings: createFindingsStore(session),
    progress,
    state,
    cancel: () => state.value.kind === 'reading' && stop({ kind: 'cancelled' }),
  };
}
