import type { Finding } from '../model/finding.ts';
import type { HistoryRecord, HistoryStore } from '../core/history/record.ts';
import { toRecord } from '../core/history/to-record.ts';
import type { Redacted } from '../core/redact/redact.ts';

export interface RecorderOptions {
  /** Whether findings are kept at all (off in private windows unless the user opts in). */
  enabled: () => boolean;
  /** A burst of failing requests becomes one transaction per flush, not one per request. */
  flushMs?: number;
  onError?: (error: unknown) => void;
}

/** Writes every finding of this DevTools window to the shared history, redacted, in small batches. */
export function createHistoryRecorder(store: HistoryStore, options: RecorderOptions) {
  let pending: HistoryRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    timer = undefined;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return writing;
    // Appends are chained so batches land in order and none is lost when one fails.
    writing = writing.then(() => store.append(batch)).catch((error: unknown) => options.onError?.(error));
    return writing;
  };

  return {
    record(finding: Redacted<Finding>, origin: Redacted<string>): void {
      if (!options.enabled()) return;
      pending.push(toRecord(finding, origin));
      timer ??= setTimeout(() => void flush(), options.flushMs ?? 200);
    },
    flush,
  };
}
