import { EmptyState } from './empty-state.tsx';
import { CopyButton } from './copy-button.tsx';
import { FindingDetail } from './finding-detail.tsx';
import { FindingList } from './finding-list.tsx';
import type { FindingsStore } from './findings-store.ts';
import { useLocale } from './locale.ts';
import type { ReportFormat } from '../core/report/report-item.ts';
import type { SessionEntry } from '../core/session/session.ts';
import { exportSessionHar, findingItem, reportOf } from './reports.ts';

export function ErrorsView({ store, reportFormat }: { store: FindingsStore; reportFormat: ReportFormat }) {
  const { t } = useLocale();
  const entries = store.entries.value;
  const ticked = store.checked.value;
  const selected = entries.find((e) => e.seq === store.selected.value);
  const checked = ticked.size === 0 ? [] : entries.filter((e) => ticked.has(e.seq));
  const chosen = checked.length > 0 ? checked : selected ? [selected] : [];
  const withExchange = (entry: SessionEntry): SessionEntry => {
    const preview = store.exchangeOf(entry.seq);
    return preview ? { ...entry, exchange: preview } : entry;
  };
  if (entries.length === 0) return <EmptyState since={store.startedAt} />;
  return (
    <>
      <div class="errors-actions">
        <CopyButton
          text={() =>
            reportOf(
              chosen.map((e) => findingItem(e.finding)),
              reportFormat,
            )
          }
          label={t.copy.reportSelected(checked.length)}
          testId="copy-selected-report"
          disabled={checked.length === 0}
        />
        <button
          type="button"
          data-testid="export-har"
          disabled={chosen.length === 0}
          onClick={() => exportSessionHar(chosen.map(withExchange))}
        >
          {t.errors.exportHar(chosen.length)}
        </button>
        <button type="button" class="toolbar-button" onClick={store.clear}>
          {t.clear}
        </button>
      </div>
      <main class="split">
        <FindingList entries={entries} selected={store.selected} checked={store.checked} />
        {selected ? (
          <FindingDetail
            finding={selected.finding}
            exchange={store.exchangeOf(selected.seq)}
            reportFormat={reportFormat}
          />
        ) : (
          <p class="hint">{t.selectHint}</p>
        )}
      </main>
    </>
  );
}
