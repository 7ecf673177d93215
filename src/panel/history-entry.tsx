import type { HistoryRecord } from '../core/history/record.ts';
import type { Redacted } from '../core/redact/redacted.ts';
import { CopyButton } from './copy-button.tsx';
import { IdList } from './id-list.tsx';
import { useLocale } from './locale.ts';

interface Props {
  record: HistoryRecord;
  selected: boolean;
  onToggle: () => void;
  onDelete: () => void;
  report: () => Redacted<string>;
}

export function HistoryEntry({ record, selected, onToggle, onDelete, report }: Props) {
  const { t } = useLocale();
  return (
    <li
      class="history-entry"
      data-testid="history-entry"
      data-id={record.id}
      data-code={record.code ?? ''}
      data-status={record.status}
      data-family={record.family}
    >
      <div class="history-head">
        <input
          type="checkbox"
          checked={selected}
          onChange={onToggle}
          aria-label={t.history.select}
          data-testid="select-entry"
        />
        <time dateTime={record.time}>{record.time.slice(0, 19).replace('T', ' ')} UTC</time>
        <span class={`status status-${Math.floor(record.status / 100)}xx`}>{record.status}</span>
        <span class="code">{record.code ?? '—'}</span>
        <span class="host">{record.host}</span>
        <span class="message">{record.message ?? ''}</span>
        <span class="actions">
          <CopyButton text={report} label={t.copy.report} testId="copy-report" />
          <button type="button" class="link-button" data-testid="delete-entry" onClick={onDelete}>
            {t.history.delete}
          </button>
        </span>
      </div>
      <IdList ids={record.correlationIds} />
    </li>
  );
}
