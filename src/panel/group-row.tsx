import type { ErrorGroup } from './error-groups.ts';
import { clockTime } from './format.ts';
import { useLocale } from './locale.ts';
import { TimeBar } from './time-bar.tsx';

interface Props {
  group: ErrorGroup;
  id: string;
  /** Place among the groups, for assistive technology: only a window of them is in the document. */
  position: number;
  groupCount: number;
  expanded: boolean;
  selected: boolean;
  span: { from: number; to: number };
  onPick: () => void;
}

export const statusSummary = (group: ErrorGroup) =>
  [...group.statuses].map(([status, n]) => (n === group.count ? `${status}` : `${status} ×${n}`)).join(' · ');

/** A group's header line: code, host, count, statuses, first and last seen, and when in between. */
export function GroupRow({ group, id, position, groupCount, expanded, selected, span, onPick }: Props) {
  const { t } = useLocale();
  return (
    <div
      id={id}
      class="row group-row"
      role="treeitem"
      aria-level={1}
      aria-expanded={expanded}
      aria-selected={selected}
      aria-posinset={position + 1}
      aria-setsize={groupCount}
      data-testid="group"
      data-code={group.code}
      data-host={group.host}
      data-count={group.count}
      onClick={onPick}
    >
      <span class="twisty" aria-hidden="true">
        {expanded ? '▾' : '▸'}
      </span>
      <span class="code">{group.code || '—'}</span>
      <span class="host">{group.host}</span>
      <span class="group-count">{t.groups.errors(group.count)}</span>
      <span class="statuses">{statusSummary(group)}</span>
      <span class="seen">
        {clockTime(group.firstMs, true)}–{clockTime(group.lastMs, true)}
      </span>
      <TimeBar times={group.times} from={span.from} to={span.to} />
    </div>
  );
}
