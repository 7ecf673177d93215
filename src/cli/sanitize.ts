import type { Lang } from '../core/catalog/types.ts';
import { byteSize } from '../i18n/byte-size.ts';
import { DICTIONARY } from '../i18n/dictionary.ts';
import { HarInputError } from '../core/ingest/har-input-error.ts';
import { DEFAULT_STRING_CAP, type HarItem, type LogMember } from '../core/ingest/har-reader.ts';
import { readHar, type ByteSource } from '../core/ingest/read-har.ts';
import {
  addCounts,
  harLayout,
  sanitizeEntry,
  sanitizeValue,
  type RedactionCounts,
} from '../core/redact/har.ts';
import { CliError } from './cli-error.ts';

export interface SanitizeSummary {
  entries: number;
  counts: RedactionCounts;
  /** Entries with a string over the reader's cap (a base64 video) left out, and the bytes left out. */
  skipped: { entries: number; bytes: number };
}

/**
 * `faultline sanitize`, streamed: the HAR a customer can send to a vendor, written entry by entry as
 * it is read, so any size fits in the memory of one entry. Every entry kept, valid HAR out, each secret
 * replaced by `[REDACTED]`, correlation ids exact. A string over the reader's cap is left out (said in
 * the summary). Throws CliError when the input is no HAR.
 */
export async function sanitize(
  source: ByteSource,
  write: (text: string) => void | Promise<void>,
): Promise<SanitizeSummary> {
  const summary: SanitizeSummary = { entries: 0, counts: {}, skipped: { entries: 0, bytes: 0 } };
  let members = 0;
  let opened = false;
  let closed = false;
  const open = async () => {
    if (opened) return;
    opened = true;
    await write(harLayout.openEntries(members === 0));
    members += 1;
  };
  const close = async () => {
    await open();
    if (!closed) await write(harLayout.closeEntries(summary.entries));
    closed = true;
  };
  const member = async ({ key, value, afterEntries }: LogMember) => {
    if (key === 'entries') return;
    if (afterEntries) await close();
    const sanitized = sanitizeValue(value);
    addCounts(summary.counts, sanitized.counts);
    await write(harLayout.member(key, sanitized.json, members === 0));
    members += 1;
  };
  const entry = async (item: HarItem) => {
    await open();
    const body = item.body();
    const content = (item.entry as { response?: { content?: { text?: string } } }).response?.content;
    if (body !== null && content) content.text = body;
    if (item.skippedBytes > 0) {
      summary.skipped.entries += 1;
      summary.skipped.bytes += item.skippedBytes;
    }
    const sanitized = sanitizeEntry(item.entry);
    addCounts(summary.counts, sanitized.counts);
    await write(harLayout.entry(sanitized.json, summary.entries === 0));
    summary.entries += 1;
  };
  await write(harLayout.head);
  try {
    await readHar(
      source,
      async (items, reader) => {
        const [before, after] = split(reader.takeLogMembers());
        for (const m of before) await member(m);
        for (const item of items) await entry(item);
        for (const m of after) await member(m);
      },
      { keepLogMembers: true, allocate: (size) => Buffer.allocUnsafe(size) },
    );
  } catch (error) {
    if (error instanceof HarInputError) throw new CliError({ kind: 'not-har', problem: error.problem });
    throw error;
  }
  await close();
  await write(harLayout.tail);
  return summary;
}

function split(members: LogMember[]): [LogMember[], LogMember[]] {
  return [members.filter((m) => !m.afterEntries), members.filter((m) => m.afterEntries)];
}

/** What the user reads on stderr: `sanitized 120 entries: 14 values redacted (header 6, cookie 5, jwt 3)`. */
export function sanitizeSummary({ entries, counts, skipped }: SanitizeSummary, lang: Lang): string {
  const kinds = (Object.entries(counts) as [string, number][]).sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  const values = kinds.reduce((sum, [, n]) => sum + n, 0);
  const cap = byteSize(lang, DEFAULT_STRING_CAP);
  return DICTIONARY[lang].cli.sanitized({ entries, values, kinds, skipped: { ...skipped, cap } });
}
