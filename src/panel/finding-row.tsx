import { primaryCorrelationId } from '../model/finding.ts';
import type { SessionEntry } from '../core/session/session.ts';
import { hostOf } from '../core/parse/host.ts';
import { shortUrl } from './format.ts';
import { redactFinding } from '../core/redact/redact.ts';

interface Props {
  entry: SessionEntry;
  /** Place in the whole list: only a window of it is in the document, so assistive technology is told. */
  index: number;
  count: number;
  selected: boolean;
  onPick: (event: MouseEvent) => void;
  /** Under a group of the grouped view: a tree item of level 2 rather than an option. */
  inGroup?: boolean;
}

/** The listbox points at its active row by this id (aria-activedescendant). */
export const rowId = (seq: number) => `finding-${seq}`;

/** One error on one line. Its actions live in the detail: an option holds no controls of its own. */
export function FindingRow({ entry, index, count, selected, onPick, inGroup = false }: Props) {
  const host = hostOf(entry.finding.url);
  // Shown as a report would hold it (screens are shared in support calls); a host carries no secret.
  const finding = redactFinding(entry.finding);
  const id = primaryCorrelationId(finding);
  return (
    <div
      id={rowId(entry.seq)}
      class="row"
      role={inGroup ? 'treeitem' : 'option'}
      aria-level={inGroup ? 2 : undefined}
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      data-testid="finding"
      data-seq={entry.seq}
      data-code={finding.code ?? ''}
      data-status={finding.status}
      data-family={finding.family}
      data-host={host}
      onClick={onPick}
    >
      <span class="method">{finding.method}</span>
      <span class="host">{host}</span>
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
