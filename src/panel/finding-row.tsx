import { primaryCorrelationId } from '../core/finding.ts';
import type { SessionEntry } from '../core/session.ts';
import { shortUrl } from './format.ts';

interface Props {
  entry: SessionEntry;
  selected: boolean;
  checked: boolean;
  onSelect: () => void;
  onCheck: () => void;
}

export function FindingRow({ entry, selected, checked, onSelect, onCheck }: Props) {
  const { finding } = entry;
  const id = primaryCorrelationId(finding);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect();
    }
  };
  return (
    <div
      class="row"
      role="option"
      tabIndex={selected ? 0 : -1}
      aria-selected={selected}
      data-testid="finding"
      data-seq={entry.seq}
      data-code={finding.code ?? ''}
      data-status={finding.status}
      data-family={finding.family}
      onClick={onSelect}
      onKeyDown={onKeyDown}
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
