import { analyze } from '../core/analyze/analyze.ts';
import type { Lang } from '../core/catalog/types.ts';
import { fromHarEntry } from '../core/ingest/from-har.ts';
import type { Exchange } from '../model/exchange.ts';
import type { HarEntry } from '../model/har.ts';
import { CliError } from './cli-error.ts';
import { jsonErrorOffset, lineAndColumn } from './json-syntax.ts';
import { reportFinding, type Report } from './report.ts';

export interface ScanResult {
  report: Report;
  /** How many entries the HAR holds, malformed ones included. */
  entryCount: number;
  /** Indexes of entries that are not a request/response pair and were left out. */
  skipped: number[];
}

/** Turns HAR text into the report of its failing entries. Throws CliError when the text is no HAR. */
export function scan(text: string, lang: Lang): ScanResult {
  const entries = harEntries(parseJson(text));
  const findings: Report['findings'] = [];
  const skipped: number[] = [];
  entries.forEach((entry, index) => {
    const exchange = toExchange(entry);
    if (exchange === null) skipped.push(index);
    else {
      const finding = analyze(exchange);
      if (finding) findings.push(reportFinding(index, finding, lang));
    }
  });
  return { report: { version: 1, findings }, entryCount: entries.length, skipped };
}

function parseJson(text: string): unknown {
  // Some Windows tools write a byte order mark, which JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    const offset = jsonErrorOffset(json);
    if (offset === null) throw new CliError(`not JSON: ${(error as Error).message}`);
    const { line, column } = lineAndColumn(json, offset);
    const found =
      offset < json.length ? `unexpected ${JSON.stringify(json[offset])}` : 'unexpected end of input';
    throw new CliError(`not JSON: ${found} at line ${line}, column ${column} (offset ${offset})`);
  }
}

function harEntries(json: unknown): unknown[] {
  const log = isObject(json) ? json['log'] : undefined;
  const entries = isObject(log) ? log['entries'] : undefined;
  if (!Array.isArray(entries)) throw new CliError('JSON but not a HAR file: no log.entries array');
  return entries;
}

function toExchange(entry: unknown): Exchange | null {
  if (!isEntry(entry)) return null;
  try {
    return fromHarEntry(entry);
  } catch {
    // A value whose conversion to string throws, e.g. an object carrying its own `toString` key.
    return null;
  }
}

/** The least fromHarEntry needs; anything else it reads is optional and coerced. */
function isEntry(value: unknown): value is HarEntry {
  if (!isObject(value) || !isObject(value['request']) || !isObject(value['response'])) return false;
  return typeof value['response']['status'] === 'number';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
