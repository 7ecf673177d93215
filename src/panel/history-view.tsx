import { useSignal } from '@preact/signals';
import type { Redacted } from '../core/redact/redacted.ts';
import { BUILTIN_FAMILIES, type Family } from '../model/finding.ts';
import type { HistoryRecord } from '../core/history/record.ts';
import { CopyButton } from './copy-button.tsx';
import { HistoryEntry } from './history-entry.tsx';
import type { HistoryState } from './history-state.ts';
import { useLocale } from './locale.ts';

interface Props {
  state: HistoryState;
  report: (records: HistoryRecord[]) => Redacted<string>;
  exportAs: (format: 'json' | 'csv' | 'markdown', records: HistoryRecord[] | null) => void;
}

const inputValue = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function HistoryView({ state, report, exportAs }: Props) {
  const { t } = useLocale();
  const confirming = useSignal(false);
  const records = state.records.value;
  const selection = records.filter((r) => state.selected.value.has(r.id));
  return (
    <section class="history" data-testid="history">
      <div class="history-filters">
        <input
          type="search"
          placeholder={t.history.search}
          data-testid="history-search"
          aria-label={t.history.search}
          onInput={(e) => state.setFilters({ text: inputValue(e) })}
        />
        <select
          aria-label="family"
          data-testid="history-family"
          onChange={(e) => state.setFilters(familyFilter(inputValue(e)))}
        >
          <option value="">{t.history.allFamilies}</option>
          {BUILTIN_FAMILIES.map((f) => (
            <option value={f}>{f}</option>
          ))}
        </select>
        <select
          aria-label="status"
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
          {t.history.count(records.length, state.total.value, state.next.value !== undefined)}
        </span>
        <CopyButton
          text={() => report(selection)}
          label={t.copy.reportSelected(selection.length)}
          testId="copy-selected-report"
          disabled={selection.length === 0}
        />
        <button
          type="button"
          disabled={selection.length === 0}
          data-testid="delete-selected"
          onClick={() => void state.remove(selection.map((r) => r.id))}
        >
          {t.history.deleteSelected(selection.length)}
        </button>
        {(['json', 'csv', 'markdown'] as const).map((format) => (
          <button
            type="button"
            data-testid={`export-${format}`}
            onClick={() => exportAs(format, selection.length > 0 ? selection : null)}
          >
            {t.history.export(format.toUpperCase(), selection.length)}
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
      {state.notice.value && (
        <p class="notice" role="alert">
          {state.notice.value}
        </p>
      )}
      {records.length === 0 ? (
        <p class="hint" data-testid="history-empty">
          {t.history.empty}
        </p>
      ) : (
        <ul class="history-list">
          {records.map((record) => (
            <HistoryEntry
              key={record.id}
              record={record}
              selected={state.selected.value.has(record.id)}
              onToggle={() => state.toggle(record.id)}
              onDelete={() => void state.remove([record.id])}
              report={() => report([record])}
            />
          ))}
        </ul>
      )}
      {state.next.value && (
        <button
          type="button"
          class="load-more"
          data-testid="history-more"
          onClick={() => void state.loadMore()}
        >
          {t.history.more}
        </button>
      )}
    </section>
  );
}

function familyFilter(value: string) {
  return value ? { family: value as Family } : { family: undefined };
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
