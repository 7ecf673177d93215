import type { Exchange } from '../../model/exchange.ts';
import type { Finding } from '../../model/finding.ts';
import { analyze, type AnalyzeOptions } from '../analyze/analyze.ts';
import { fromHarEntry } from './from-har.ts';
import type { HarEntry } from '../../model/har.ts';
import { mayFailUnder400, triage } from './precheck.ts';
import type { HarItem } from './har-reader.ts';

/**
 * The exchange of a HAR item as capture would build it: ruled out by metadata → null (the body is
 * never decoded), a success whose body cannot hold an error → null, a failure without a usable body →
 * analysed on metadata, else the body as written.
 * `malformed` is an element of `log.entries` that is no request/response pair.
 */
export function itemExchange(item: HarItem): Exchange | null | 'malformed' {
  const entry = item.entry;
  if (!isEntry(entry)) return 'malformed';
  const content = entry.response.content;
  const meta = {
    url: String(entry.request.url ?? ''),
    status: entry.response.status,
    mimeType: typeof content?.mimeType === 'string' ? content.mimeType : '',
    size: typeof content?.size === 'number' ? content.size : -1,
  };
  const decision = triage(meta);
  if (decision === 'ignore') return null;
  try {
    if (decision === 'metadata-only' || item.bodySkipped) {
      const reason = meta.size === 0 && !item.bodySkipped ? 'empty' : 'too-large';
      return { ...fromHarEntry(entry, null), body: { kind: 'none', reason } };
    }
    const held = item.body();
    if (held !== null && content !== undefined) content.text = held;
    // Most successes are ruled out here, on the body's first and last characters, before an exchange is built.
    if (!mayFailUnder400(meta.status, content ?? {})) return null;
    return fromHarEntry(entry);
  } catch (error) {
    if (error instanceof Error && error.name === 'HarInputError') throw error;
    // A value whose conversion to string throws, e.g. an object carrying its own `toString` key.
    return 'malformed';
  }
}

/** A HAR item's finding with the exchange it was made from; null when nothing failed. */
export function analyzeItem(
  item: HarItem,
  options?: AnalyzeOptions,
): { finding: Finding; exchange: Exchange } | null | 'malformed' {
  const exchange = itemExchange(item);
  if (exchange === null || exchange === 'malformed') return exchange;
  const finding = analyze(exchange, options);
  return finding && { finding, exchange };
}

/** The least fromHarEntry needs; anything else it reads is optional and coerced. */
function isEntry(value: unknown): value is HarEntry {
  if (!isObject(value) || !isObject(value['request']) || !isObject(value['response'])) return false;
  return typeof value['response']['status'] === 'number';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
