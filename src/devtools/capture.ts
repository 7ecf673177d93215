import { analyze } from '../core/analyze.ts';
import { fromHarEntry } from '../core/exchange.ts';
import type { Finding } from '../core/finding.ts';
import type { HarEntry } from '../core/har.ts';
import { triage } from '../core/precheck.ts';
import type { CapturedRequest, NetworkSource } from '../platform/network.ts';

/** getHAR and onRequestFinished overlap while DevTools opens; the same request must count once. */
function requestKey(entry: HarEntry): string {
  return [entry.startedDateTime, entry.request.method, entry.request.url, entry.response.status].join(' ');
}

export async function findingOf({ entry, readBody }: CapturedRequest): Promise<Finding | null> {
  const content = entry.response.content;
  const meta = {
    url: entry.request.url,
    status: entry.response.status,
    mimeType: content?.mimeType ?? '',
    size: typeof content?.size === 'number' ? content.size : -1,
  };
  const decision = triage(meta);
  if (decision === 'ignore') return null;
  if (decision === 'metadata-only') {
    return analyze({
      ...fromHarEntry(entry, null),
      body: { kind: 'none', reason: meta.size === 0 ? 'empty' : 'too-large' },
    });
  }
  return analyze(fromHarEntry(entry, await readBody()));
}

/** Runs every finished request through the metadata gate and the engine; reports only findings. */
export function startCapture(source: NetworkSource, onFinding: (finding: Finding) => void): () => void {
  const seen = new Set<string>();
  return source.subscribe((request) => {
    const key = requestKey(request.entry);
    if (seen.has(key)) return;
    seen.add(key);
    findingOf(request).then(
      (finding) => finding && onFinding(finding),
      () => undefined,
    );
  });
}
