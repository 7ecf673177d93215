import type { HistoryChange } from './record.ts';

export type ChangeListener = (change: HistoryChange) => void;

/** The subscribers of one store. Subscribing the same function twice calls it once, as addEventListener does. */
export function createChangeListeners() {
  const listeners = new Set<ChangeListener>();
  return {
    subscribe(listener: ChangeListener): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(change: HistoryChange): void {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch (error) {
          // The write already happened: one broken listener must neither fail it nor starve the others,
          // yet its error should still reach the console.
          void Promise.reject(error);
        }
      }
    },
    clear(): void {
      listeners.clear();
    },
  };
}
