import { sanitizeHar, type RedactionCounts, type SanitizedHar } from '../core/redact/har.ts';
import { CliError } from './cli-error.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `log` object of HAR text and its entries. Throws CliError when the text is no HAR. */
function readHarLog(text: string): { log: Record<string, unknown>; entries: unknown[] } {
  let json: unknown;
  try {
    // Some Windows tools write a byte order mark, which JSON.parse refuses.
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new CliError(`not JSON: ${(error as Error).message}`);
  }
  const log = isObject(json) ? json['log'] : undefined;
  const entries = isObject(log) ? log['entries'] : undefined;
  if (!isObject(log) || !Array.isArray(entries))
    throw new CliError('JSON but not a HAR file: no log.entries array');
  return { log, entries };
}

/** The whole input as text (the HAR is sanitized as one JSON document; entries are handled one by one). */
export async function readText(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

/**
 * `faultline sanitize`: the HAR a customer can send to a vendor. Every entry kept, valid HAR out, each
 * secret replaced by `[REDACTED]`, correlation ids exact. Throws CliError when the text is no HAR.
 */
export function sanitize(text: string): SanitizedHar {
  const { log, entries } = readHarLog(text);
  return sanitizeHar(log, entries);
}

/** What the user reads on stderr: `sanitized 120 entries: 14 values redacted (header 6, cookie 5, jwt 3)`. */
export function sanitizeSummary(entries: number, counts: RedactionCounts): string {
  const kinds = (Object.entries(counts) as [string, number][]).sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  const total = kinds.reduce((sum, [, n]) => sum + n, 0);
  const values = total === 1 ? 'value' : 'values';
  const detail = kinds.length === 0 ? '' : ` (${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')})`;
  return `sanitized ${entries} ${entries === 1 ? 'entry' : 'entries'}: ${total} ${values} redacted${detail}`;
}
