import { primaryCorrelationId } from '../model/finding.ts';
import type { SessionEntry } from '../core/session/session.ts';
import { shortUrl } from './format.ts';

interface Props {
  entry: SessionEntry;
  /** Place in the whole list: only a window of it is in the document, so assistive technology is told. */
  index: number;
  count: number;
  selected: boolean;
  checked: boolean;
  onSelect: () => void;
  onCheck: () => void;
}

/** The listbox points at its active row by this id (aria-activedescendant). */
export const rowId = (seq: number) => `finding-${seq}`;

export function FindingRow({ entry, index, count, selected, checked, onSelect, onCheck }: Props) {
  const { finding } = entry;
  const id = primaryCorrelationId(finding);
  return (
    <div
      id={rowId(entry.seq)}
      class="row"
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      data-testid="finding"
      data-seq={entry.seq}
      data-code={finding.code ?? ''}
      data-status={finding.status}
      data-family={finding.family}
      onClick={onSelect}
    >
      <input
        type="checkbox"
        checked={checked}
        data-testid="select-finding"
        aria-label="select"
        onClick={(event) => event.stopPropagation()}
        onChange={onCheck}
      />
      <span class="method">{finding.method}</span>
      <span class="url" title={finding.url}>
        {shortUrl(finding.url)}
      </span>
      <span class={`status status-${Math.floor(finding.status / 100)}xx`}>{finding.status}</span>
      <span class="code">{finding.code ?? '—'}</span>
      <span class="message">{finding.message ?? ''}</span>
      <span class="primary-id" title={id ? id.name : undefined}>
        {id?.value ?? ''}
      </span>
    </div>
  );
}
