import type { PageChange } from '../core/session/page-change.ts';
import { clockTime } from './format.ts';
import { useLocale } from './locale.ts';

/** What the marker says, also the name of the group of errors it closes. */
export function usePageChangeText(): (change: PageChange) => string {
  const { t } = useLocale();
  return (change) => t.errors.pageChange(change.kind, change.url, clockTime(change.at, true));
}

/**
 * The line under the errors of a page the tab loaded, like the Console's "Navigated to". Hidden from
 * assistive technology: the group of those errors carries the same words as its name, and a listbox
 * may hold only options and groups.
 */
export function PageChangeRow({ change, text }: { change: PageChange; text: string }) {
  return (
    <div
      class="row page-change"
      aria-hidden="true"
      data-testid="page-change"
      data-kind={change.kind}
      data-at={change.at}
    >
      <span title={change.url}>{text}</span>
    </div>
  );
}
