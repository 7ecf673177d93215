import { EmptyState } from './empty-state.tsx';
import { FindingDetail } from './finding-detail.tsx';
import { FindingList } from './finding-list.tsx';
import type { FindingsStore } from './findings-store.ts';
import { useLocale } from './locale.ts';

export function App({ store }: { store: FindingsStore }) {
  const { t } = useLocale();
  const entries = store.entries.value;
  const selected = entries.find((e) => e.seq === store.selected.value);
  return (
    <div class="app">
      <header class="toolbar">
        <strong class="brand">Faultline</strong>
        <span class="count" data-testid="finding-count">
          {t.errors(entries.length)}
        </span>
        <button type="button" class="toolbar-button" onClick={store.clear} disabled={entries.length === 0}>
          {t.clear}
        </button>
      </header>
      {entries.length === 0 ? (
        <EmptyState since={store.startedAt} />
      ) : (
        <main class="split">
          <FindingList entries={entries} selected={store.selected} />
          {selected ? (
            <FindingDetail finding={selected.finding} exchange={selected.exchange} />
          ) : (
            <p class="hint">{t.selectHint}</p>
          )}
        </main>
      )}
    </div>
  );
}
