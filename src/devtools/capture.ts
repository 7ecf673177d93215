import { analyze, type AnalyzeOptions } from '../core/analyze/analyze.ts';
import { fromHarEntry } from '../core/ingest/from-har.ts';
import type { Exchange, FetchedContent } from '../model/exchange.ts';
import { previewExchange, type ExchangePreview } from '../core/ingest/preview.ts';
import { redactExchange, type Redacted } from '../core/redact/redact.ts';
import type { Finding } from '../model/finding.ts';
import { mayFailUnder400, triage } from '../core/ingest/precheck.ts';
import type { CapturedRequest, NetworkSource } from '../platform/network-source.ts';

/**
 * The HAR log is read several times and overlaps the live listener; the same request must count
 * once. DevTools' own id when there is one, else what identifies an exchange in a HAR log.
 */
function requestKey({ id, entry }: CapturedRequest): string {
  if (id !== undefined) return `id ${id}`;
  return [entry.startedDateTime, entry.request.method, entry.request.url, entry.response.status].join(' ');
}

export interface Captured {
  finding: Finding;
  /** Redacted before it is cut to the preview size, and so before it reaches the session. */
  exchange: Redacted<ExchangePreview>;
}

export async function findingOf(
  { entry, readBody }: CapturedRequest,
  options?: AnalyzeOptions,
): Promise<Captured | null> {
  const content = entry.response.content;
  const meta = {
    url: entry.request.url,
    status: entry.response.status,
    mimeType: content?.mimeType ?? '',
    size: typeof content?.size === 'number' ? content.size : -1,
  };
  const decision = triage(meta);
  if (decision === 'ignore') return null;
  let exchange: Exchange;
  if (decision === 'metadata-only' && meta.size !== 0) {
    exchange = { ...fromHarEntry(entry, null), body: { kind: 'none', reason: 'too-large' } };
  } else {
    // A failure whose entry says its body is empty is read all the same: on a busy machine Chromium
    // reports size 0 now and then for a body it has, and the error lost its code and ids.
    const fetched = await readBodyOfFailure(readBody, meta.status, meta.size > 0);
    const body = { text: fetched?.text, encoding: fetched?.base64 ? 'base64' : undefined };
    if (!mayFailUnder400(meta.status, body, options?.bodyCap)) return null;
    exchange =
      meta.size === 0 && !hasText(fetched)
        ? { ...fromHarEntry(entry, null), body: { kind: 'none', reason: 'empty' } }
        : fromHarEntry(entry, fetched);
  }
  const finding = analyze(exchange, options);
  return finding && { finding, exchange: previewExchange(redactExchange(exchange)) };
}

/**
 * The waits before asking again, when the browser's own entry gives the body a size: on a loaded
 * machine one retry after 150 ms still came back empty now and then, and the error lost its ids.
 */
const RETRIES_FOR_A_SIZED_BODY_MS = [150, 400, 1000];
/** A body of size 0 or unknown may really be empty: one retry, so the error is not held back long. */
const RETRIES_MS = [150];

const hasText = (content: FetchedContent | null) =>
  content !== null && content.text !== null && content.text !== '';

/**
 * Chromium now and then answers getContent with no body for a response that had one (about one failed
 * request in a few hundred under load); asking again a moment later gets it. Only failures retry:
 * their body is what the user came for.
 */
async function readBodyOfFailure(
  readBody: CapturedRequest['readBody'],
  status: number,
  sized: boolean,
): Promise<FetchedContent | null> {
  const first = await readBody();
  if (status < 400 || hasText(first)) return first;
  let last = first;
  for (const wait of sized ? RETRIES_FOR_A_SIZED_BODY_MS : RETRIES_MS) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    last = (await readBody()) ?? last;
    if (hasText(last)) return last;
  }
  return last;
}

/**
 * Only what a HAR log read may still return needs remembering: the requests since DevTools opened
 * or since the last navigation (more with "Preserve log" on), not the whole session.
 */
const SEEN_CAP = 20_000;

/** Runs every finished request through the metadata gate and the engine; reports only findings. */
export function startCapture(
  source: Pick<NetworkSource, 'subscribe'>,
  onFinding: (captured: Captured) => void,
  options: () => AnalyzeOptions = () => ({}),
): () => void {
  const seen = new Set<string>();
  return source.subscribe((request) => {
    // Still in flight when the log was read: its live report, or a later read, brings it complete.
    if (request.backfilled && request.entry.response.status === 0) return;
    const key = requestKey(request);
    if (seen.has(key)) return;
    seen.add(key);
    if (seen.size > SEEN_CAP) seen.delete(seen.values().next().value as string);
    findingOf(request, options()).then(
      (captured) => captured && onFinding(captured),
      () => undefined,
    );
  });
}
