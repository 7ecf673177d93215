import type { Lang } from '../core/catalog/types.ts';
import { byteSize } from '../i18n/byte-size.ts';
import { DICTIONARY } from '../i18n/dictionary.ts';

/** What the progress line shows; `total` is null when the input's size is unknown (a pipe). */
export interface Progress {
  read: number;
  total: number | null;
  entries: number;
  findings: number;
}

const EVERY_MS = 200;

/**
 * A one-line progress report on a terminal's stderr, redrawn at most five times a second and erased
 * at the end, so that it never mixes with the report on stdout or with a pipe's contents.
 */
export function createProgressLine(stream: NodeJS.WriteStream, lang: Lang, now = () => Date.now()) {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(progress: Progress): void {
      const time = now();
      if (time - last < EVERY_MS) return;
      last = time;
      shown = true;
      stream.write(`\r\u001b[2Kfaultline: ${describeProgress(progress, time - started, lang)}`);
    },
    done(): void {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}

export function describeProgress(
  { read, total, entries, findings }: Progress,
  elapsedMs: number,
  lang: Lang,
): string {
  return DICTIONARY[lang].cli.progress({
    read: byteSize(lang, read),
    total: total === null ? null : byteSize(lang, total),
    percent: total !== null && total > 0 ? Math.min(100, Math.floor((read / total) * 100)) : null,
    entries,
    findings,
    eta: total !== null && read > 0 && elapsedMs > 1000 ? clock(((total - read) / read) * elapsedMs) : null,
  });
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
