import { useRef } from 'preact/hooks';
import { EmptyState } from './empty-state.tsx';
import { CopyButton } from './copy-button.tsx';
import type { ErrorsTriage } from './errors-triage.ts';
import { FilterBox } from './filter-box.tsx';
import { FindingDetail } from './finding-detail.tsx';
import { FindingList } from './finding-list.tsx';
import type { FindingsStore } from './findings-store.ts';
import { GroupDetail } from './group-detail.tsx';
import { GroupTree } from './group-tree.tsx';
import { useLocale } from './locale.ts';
import type { ReportFormat } from '../core/report/report-item.ts';
import type { SessionEntry } from '../core/session/session.ts';
import { exportSessionHar, findingItem, reportOf } from './reports.ts';
import { useCatalog } from './packs/catalog-context.ts';

interface Props {
  store: FindingsStore;
  triage: ErrorsTriage;
  reportFormat: ReportFormat;
}

export function ErrorsView({ store, triage, reportFormat }: Props) {
  const { t } = useLocale();
  const catalog = useCatalog();
  const { filter, groups } = triage;
  const list = useRef<HTMLDivElement>(null);
  const entries = store.entries.value;
  const shown = filter.shown.value;
  const grouped = groups.grouped.value;
  const ticked = grouped ? new Set<number>() : store.checked.value;
  // The toolbar acts on what the filter shows: the rows selected among them, else all of them.
  const chosen = ticked.size === 0 ? shown : shown.filter((e) => ticked.has(e.seq));
  const withExchange = (entry: SessionEntry): SessionEntry => {
    const preview = store.exchangeOf(entry.seq);
    return preview ? { ...entry, exchange: preview } : entry;
  };
  if (entries.length === 0) return <EmptyState since={store.startedAt} />;
  const filtering = filter.parsed.value.active.length > 0;
  const line = groups.active.value;
  const activeGroup = grouped && line ? groups.groups.value.find((g) => g.key === line.key) : undefined;
  const wanted = grouped ? (line?.kind === 'error' && activeGroup ? line.seq : null) : store.selected.value;
  const selected = wanted === null ? undefined : shown.find((e) => e.seq === wanted);
  return (
    <>
      <div class="errors-actions">
        <FilterBox
          value={filter.text.value}
          parsed={filter.parsed.value}
          placeholder={t.filter.placeholder}
          label={t.filter.label}
          testId="filter"
          onInput={filter.setText}
          count={filtering ? t.filter.count(shown.length, entries.length) : undefined}
          onLeave={() => list.current?.focus()}
        />
        <button
          type="button"
          data-testid="view-groups"
          aria-pressed={grouped}
          title={t.errors.viewGroups}
          onClick={() => groups.setGrouped(!grouped)}
        >
          {t.errors.viewGroups}
        </button>
        <CopyButton
          text={() =>
            reportOf(
              chosen.map((e) => findingItem(e.finding, catalog)),
              reportFormat,
            )
          }
          label={t.copy.reportSelected(chosen.length)}
          testId="copy-selected-report"
          disabled={chosen.length === 0}
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
      <div class="split" aria-busy={filter.busy.value || undefined}>
        {shown.length === 0 ? (
          <p class="hint" data-testid="filter-none">
            {t.filter.none}
          </p>
        ) : grouped ? (
          <GroupTree store={groups} treeRef={list} />
        ) : (
          <FindingList
            entries={shown}
            pageChanges={store.pageChanges.value}
            selected={store.selected}
            checked={store.checked}
            listRef={list}
          />
        )}
        {selected ? (
          <FindingDetail
            finding={selected.finding}
            exchange={store.exchangeOf(selected.seq)}
            reportFormat={reportFormat}
          />
        ) : activeGroup ? (
          <GroupDetail group={activeGroup} reportFormat={reportFormat} />
        ) : (
          <p class="hint">{t.selectHint}</p>
        )}
      </div>
    </>
  );
}
