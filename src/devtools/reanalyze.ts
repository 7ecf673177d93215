import { analyze, type AnalyzeOptions } from '../core/analyze/analyze.ts';
import { exchangeOfPreview } from '../core/ingest/preview.ts';
import type { Session } from '../core/session/session.ts';
import type { Finding } from '../model/finding.ts';

/**
 * Reads the session's errors again after the team packs changed, so a pack applies to what is already
 * listed. Only entries whose exchange the session still holds whole can be read again (the newest
 * 2 000); the others keep their reading, and their explanation follows the packs in the panel anyway.
 */
export function reanalyzeSession(session: Session, options: AnalyzeOptions): number {
  const changed = new Map<number, Finding>();
  for (const entry of session.entries()) {
    const exchange = entry.exchange && exchangeOfPreview(entry.finding, entry.exchange);
    if (!exchange) continue;
    const finding = analyze(exchange, options);
    if (finding && readsDifferently(finding, entry.finding)) changed.set(entry.seq, finding);
  }
  session.replace(changed);
  return changed.size;
}

function readsDifferently(a: Finding, b: Finding): boolean {
  if (a.family !== b.family || a.code !== b.code || a.message !== b.message) return true;
  const ids = (f: Finding) => f.correlationIds.map((id) => `${id.source} ${id.name} ${id.value}`).join('\n');
  return ids(a) !== ids(b);
}
