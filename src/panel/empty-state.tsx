import { clockTime } from './format.ts';

export function EmptyState({ since }: { since: string }) {
  return (
    <div class="empty" data-testid="empty-state">
      <p>No API errors yet — captured since {clockTime(since)}</p>
      <p class="hint">
        Faultline lists failed API calls of this tab as they happen. In Firefox, requests are reported once the
        Network panel has been opened in this toolbox.
      </p>
    </div>
  );
}
