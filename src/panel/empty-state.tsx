import { clockTime } from './format.ts';
import { useLocale } from './locale.ts';

export function EmptyState({ since }: { since: string }) {
  const { t } = useLocale();
  return (
    <div class="empty" data-testid="empty-state">
      <p>{t.emptyTitle(clockTime(since))}</p>
      <p class="hint">{t.emptyHint}</p>
    </div>
  );
}
