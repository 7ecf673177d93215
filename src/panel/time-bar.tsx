import { timeBuckets } from './error-groups.ts';

const BUCKETS = 16;

/** When a group's errors happened, as a tiny bar chart over the span of all the groups shown. */
export function TimeBar({ times, from, to }: { times: readonly number[]; from: number; to: number }) {
  const counts = timeBuckets(times, from, to, BUCKETS);
  const max = Math.max(1, ...counts);
  return (
    <span class="time-bar" aria-hidden="true">
      {counts.map((n, i) => (
        <span key={i} style={{ height: n === 0 ? '0' : `${Math.max(12, (n / max) * 100)}%` }} />
      ))}
    </span>
  );
}
