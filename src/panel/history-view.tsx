import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Redacted } from '../core/redact/redacted.ts';
import { BUILTIN_FAMILIES } from '../model/finding.ts';
import type { HistoryRecord } from '../core/history/record.ts';
import { CopyButton } from './copy-button.tsx';
import { FilterBox } from './filter-box.tsx';
import { HistoryDetail } from './history-detail.tsx';
import type { HistoryState } from './history-state.ts';
import { HistoryTable } from './history-table.tsx';
import { useLocale } from './locale.ts';
import { selectedOf } from './multi-select.ts';

interface Props {
  state: HistoryState;
  report: (records: HistoryRecord[]) => Redacted<string>;
  exportAs: (format: 'json' | 'csv' | 'markdown', records: HistoryRecord[] | null) => void;
}

const inputValue = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function HistoryView({ state, report, exportAs }: Props) {
  const { t } = useLocale();
  const confirming = useSignal(false);
  const grid = useRef<HTMLDivElement>(null);
  const records = state.records.value;
  const selection = state.selection.value;
  const chosen = selection.chosen.size > 0 ? selectedOf(selection, records, (r) => r.id) : [];
  const active = records[state.indexOf(selection.active)];
  const notice = state.notice.value;
  return (
    <section class="history" data-testid="history" aria-label={t.headings.history}>
      <div class="history-filters">
        <FilterBox
          value={state.filterText.value}
          parsed={state.parsed.value}
          placeholder={t.history.search}
          label={t.history.searchLabel}
          testId="history-search"
          onInput={state.setFilterText}
          onLeave={() => grid.current?.focus()}
        />
        <select
          aria-label={t.history.family}
          data-testid="history-family"
          onChange={(e) => state.setFilters({ family: inputValue(e) || undefined })}
        >
          <option value="">{t.history.allFamilies}</option>
          {BUILTIN_FAMILIES.map((f) => (
            <option value={f}>{f}</option>
          ))}
        </select>
        <select
          aria-label={t.history.status}
          data-testid="history-status"
          onChange={(e) => state.setFilters(statusFilter(inputValue(e)))}
        >
          <option value="">{t.history.allStatuses}</option>
          <option value="2">2xx</option>
          <option value="4">4xx</option>
          <option value="5">5xx</option>
        </select>
        <label>
          {t.history.since}{' '}
          <input
            type="date"
            data-testid="history-since"
            onChange={(e) => state.setFilters(dayFilter('since', inputValue(e)))}
          />
        </label>
        <label>
          {t.history.until}{' '}
          <input
            type="date"
            data-testid="history-until"
            onChange={(e) => state.setFilters(dayFilter('until', inputValue(e)))}
          />
        </label>
      </div>
      <div class="history-actions">
        <span data-testid="history-count">
          {t.history.count(
            state.matching.value ?? records.length,
            state.total.value,
            state.matching.value === null && state.more.value,
          )}
        </span>
        <CopyButton
          text={() => report(chosen)}
          label={t.copy.reportSelected(chosen.length)}
          testId="copy-selected-report"
          disabled={chosen.length === 0}
        />
        <button
          type="button"
          disabled={chosen.length === 0}
          data-testid="delete-selected"
          onClick={() => void state.remove(chosen.map((r) => r.id))}
        >
          {t.history.deleteSelected(chosen.length)}
        </button>
        {(['json', 'csv', 'markdown'] as const).map((format) => (
          <button
            type="button"
            data-testid={`export-${format}`}
            onClick={() => exportAs(format, chosen.length > 0 ? chosen : null)}
          >
            {t.history.export(format.toUpperCase(), chosen.length)}
          </button>
        ))}
        {confirming.value ? (
          <span class="confirm">
            {t.history.confirmClear(state.total.value)}
            <button
              type="button"
              data-testid="confirm-clear"
              onClick={() => void state.clear().then(() => (confirming.value = false))}
            >
              {t.history.clear}
            </button>
            <button type="button" onClick={() => (confirming.value = false)}>
              {t.history.cancel}
            </button>
          </span>
        ) : (
          <button
            type="button"
            data-testid="clear-history"
            disabled={state.total.value === 0}
            onClick={() => (confirming.value = true)}
          >
            {t.history.clearAll}
          </button>
        )}
      </div>
      {notice && (
        <p class="notice" role="alert">
          {notice.kind === 'pruned'
            ? t.history.quotaPruned(notice.count)
            : notice.kind === 'problem'
              ? t.history.problem(notice.problem)
              : t.history.failed(notice.detail)}
        </p>
      )}
      <div class="split">
        {records.length === 0 ? (
          <p class="hint" data-testid="history-empty">
            {t.history.empty}
          </p>
        ) : (
          <HistoryTable state={state} gridRef={grid} />
        )}
        {active ? (
          <HistoryDetail
            record={active}
            report={() => report([active])}
            onDelete={() => void state.remove([active.id])}
          />
        ) : (
          <p class="hint">{t.history.selectHint}</p>
        )}
      </div>
    </section>
  );
}

function statusFilter(value: string) {
  return value ? { status: Number(value) } : { status: undefined };
}
/** Date inputs give local calendar days; the bounds are the whole day, in UTC as stored. */
function dayFilter(bound: 'since' | 'until', value: string) {
  if (!value) return { [bound]: undefined };
  const day = new Date(`${value}T${bound === 'since' ? '00:00:00.000' : '23:59:59.999'}`);
  return { [bound]: day.toISOString() };
}
