import type { HistoryRecord } from '../core/history/record.ts';
import type { Redacted } from '../core/redact/redacted.ts';
import { CopyButton } from './copy-button.tsx';
import { utcTime } from './history-row.tsx';
import { IdList } from './id-list.tsx';
import { useLocale } from './locale.ts';

interface Props {
  record: HistoryRecord;
  report: () => Redacted<string>;
  onDelete: () => void;
}

/** The selected record: every id, each copyable, its report and its deletion. */
export function HistoryDetail({ record, report, onDelete }: Props) {
  const { t } = useLocale();
  return (
    <section class="detail" data-testid="history-detail" aria-labelledby="history-detail-title">
      <h2 class="detail-title" id="history-detail-title">
        <span class="code">{record.code ?? `HTTP ${record.status}`}</span>
        <span class="family">{record.family}</span>
        <CopyButton text={report} label={t.copy.report} testId="copy-report" />
        <button type="button" class="link-button" data-testid="delete-entry" onClick={onDelete}>
          {t.history.delete}
        </button>
      </h2>
      <p class="detail-request">
        <time dateTime={record.time}>{utcTime(record.time)} UTC</time>{' '}
        <span class="method">{record.method}</span> <span class="url">{record.url}</span> →{' '}
        <span class="status">{record.status}</span>
      </p>
      {record.message !== null && <p class="detail-message">{record.message}</p>}
      <h3>{t.report.ids}</h3>
      <IdList ids={record.correlationIds} />
    </section>
  );
}
