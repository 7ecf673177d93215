/// <reference lib="webworker" />
/**
 * Reads and analyses a HAR file off the panel's main thread: the file streams through the core's
 * reader, each finding goes back with its exchange preview, in batches a few times a second, so the
 * panel renders as findings come and never holds the file.
 */
import { withHintsRead } from '../../core/hints/deferred-hints.ts';
import { HarInputError } from '../../core/ingest/har-input-error.ts';
import { analyzeItem } from '../../core/ingest/item-exchange.ts';
import { previewExchange } from '../../core/ingest/preview.ts';
import { readHar } from '../../core/ingest/read-har.ts';
import { packEngine } from '../../core/packs/team-packs.ts';
import { redactExchange } from '../../core/redact/redact.ts';
import type { ImportProgress, ImportReport, ImportRequest } from './import-messages.ts';

/** Findings go back at least this often, and in batches of at most this many. */
const EVERY_MS = 100;
const BATCH = 200;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  const { file } = data;
  const engine = packEngine(data.packs);
  const progress: ImportProgress = { read: 0, total: file.size, entries: 0, findings: 0 };
  let found: Extract<ImportReport, { kind: 'findings' }>['found'] = [];
  let sentAt = 0;
  let malformed = 0;
  const send = (report: ImportReport) => scope.postMessage(report);
  const flush = (force: boolean) => {
    const now = performance.now();
    if (!force && found.length < BATCH && now - sentAt < EVERY_MS) return;
    sentAt = now;
    send({ kind: 'findings', found, progress: { ...progress } });
    found = [];
  };
  try {
    await readHar(file.stream(), (items, reader) => {
      for (const item of items) {
        const analyzed = analyzeItem(item, engine);
        if (analyzed === 'malformed') malformed += 1;
        else if (analyzed !== null) {
          // Redacted before it is cut to the preview, as capture does: the sanitized HAR export is built from it.
          // A message is a structured clone: the hints are read here, off the panel's thread.
          found.push({
            finding: withHintsRead(analyzed.finding),
            exchange: previewExchange(redactExchange(analyzed.exchange)),
          });
          progress.findings += 1;
          if (found.length >= BATCH) flush(true);
        }
      }
      progress.read = reader.bytesRead;
      progress.entries = reader.entries;
      flush(false);
    });
    flush(true);
    send({ kind: 'done', progress, malformed });
  } catch (error) {
    flush(true);
    const har = error instanceof HarInputError;
    send({
      kind: 'failed',
      problem: har ? error.problem : null,
      detail: har ? null : String(error),
      progress,
    });
  }
};
