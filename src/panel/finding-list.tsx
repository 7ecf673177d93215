import type { Signal } from '@preact/signals';
import type { SessionEntry } from '../core/session.ts';
import { FindingRow } from './finding-row.tsx';

const NEXT: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

interface Props {
  entries: SessionEntry[];
  selected: Signal<number | null>;
  checked: Signal<ReadonlySet<number>>;
}

export function FindingList({ entries, selected, checked }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = NEXT[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = entries.findIndex((e) => e.seq === selected.value);
    const next = entries[Math.min(entries.length - 1, Math.max(0, index === -1 ? 0 : index + step))];
    if (!next) return;
    selected.value = next.seq;
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-seq="${next.seq}"]`)?.focus();
  };
  return (
    <div class="list" role="listbox" aria-label="API errors" onKeyDown={onKeyDown}>
      {entries.map((entry) => (
        <FindingRow
          key={entry.seq}
          entry={entry}
          selected={entry.seq === selected.value}
          checked={checked.value.has(entry.seq)}
          onSelect={() => (selected.value = entry.seq)}
          onCheck={() => {
            const next = new Set(checked.value);
            if (!next.delete(entry.seq)) next.add(entry.seq);
            checked.value = next;
          }}
        />
      ))}
    </div>
  );
}
