import type { Redacted } from '../redact/redacted.ts';

/**
 * The inspected tab loaded a new page: a reload, or a navigation elsewhere. Not a finding: it marks
 * where one page's errors end in the list, and never reaches a report, an export or the history.
 */
export interface PageChange {
  /** When the new page started loading, ISO UTC: its errors started after it, the old page's before. */
  at: string;
  /** Redacted: a page URL carries secrets in its query as often as an API's does. */
  url: Redacted<string>;
  kind: 'navigate' | 'reload';
}

/** Page changes a session keeps; one per page load, so a day of browsing stays small. */
export const PAGE_CHANGES_KEPT = 1_000;
