import { EmptyState } from './empty-state.tsx';
import { CopyButton } from './copy-button.tsx';
import { FindingDetail } from './finding-detail.tsx';
import { FindingList } from './finding-list.tsx';
import type { FindingsStore } from './findings-store.ts';
import { useLocale } from './locale.ts';
import type { ReportFormat } from '../core/report/report-item.ts';
import { exportSessionHar, findingItem, reportOf } from './reports.ts';

export function ErrorsView({ store, reportFormat }: { store: FindingsStore; reportFormat: ReportFormat }) {
  const { t } = useLocale();
  const entries = store.entries.value;
  const selected = entries.find((e) => e.seq === store.selected.value);
  const checked = entries.filter((e) => store.checked.value.has(e.seq));
  const chosen = checked.length > 0 ? checked : selected ? [selected] : [];
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
          onClick={() => exportSessionHar(chosen)}
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
            exchange={selected.exchange}
            reportFormat={reportFormat}
          />
        ) : (
          <p class="hint">{t.selectHint}</p>
        )}
      </main>
    </>
  );
}
