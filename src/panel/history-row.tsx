import type { HistoryRecord } from '../core/history/record.ts';
import { shortUrl } from './format.ts';

interface Props {
  record: HistoryRecord;
  /** Place in the whole table, header row included: only a window of the rows is in the document. */
  rowIndex: number;
  selected: boolean;
  onPick: (event: MouseEvent) => void;
}

export const historyRowId = (id: string) => `record-${id}`;

/** The id a support desk asks for first: the body's own, else the first header's. */
export const primaryId = (record: HistoryRecord) =>
  record.correlationIds.find((id) => id.source === 'body') ?? record.correlationIds[0];

/** UTC, as stored and as reports give it: the time a ticket quotes. */
export const utcTime = (iso: string) => iso.slice(0, 19).replace('T', ' ');

/** One record on one line of the history grid; its ids and actions are in the detail. */
export function HistoryRow({ record, rowIndex, selected, onPick }: Props) {
  const id = primaryId(record);
  return (
    <div
      id={historyRowId(record.id)}
      class="row history-row"
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-testid="history-entry"
      data-id={record.id}
      data-code={record.code ?? ''}
      data-status={record.status}
      data-family={record.family}
      data-host={record.host}
      onClick={onPick}
    >
      <span role="gridcell">
        <time dateTime={record.time}>{utcTime(record.time)}</time>
      </span>
      <span role="gridcell" class="method">
        {record.method}
      </span>
      <span role="gridcell" class="url" title={record.url}>
        <span class="host">{record.host}</span>
        {shortUrl(record.url)}
      </span>
      <span role="gridcell" class={`status status-${Math.floor(record.status / 100)}xx`}>
        {record.status}
      </span>
      <span role="gridcell" class="code">
        {record.code ?? '—'}
      </span>
      <span role="gridcell" class="message">
        {record.message ?? ''}
      </span>
      <span role="gridcell" class="primary-id" title={id?.name}>
        {id && (
          <code data-testid="correlation-id" data-name={id.name}>
            {id.value}
          </code>
        )}
      </span>
    </div>
  );
}
