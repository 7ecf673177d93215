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
export function createProgressLine(stream: NodeJS.WriteStream, now = () => Date.now()) {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(progress: Progress): void {
      const time = now();
      if (time - last < EVERY_MS) return;
      last = time;
      shown = true;
      stream.write(`\r\u001b[2K${describeProgress(progress, time - started)}`);
    },
    done(): void {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}

export function describeProgress({ read, total, entries, findings }: Progress, elapsedMs: number): string {
  const parts = [total === null ? size(read) : `${size(read)} of ${size(total)}`];
  if (total !== null && total > 0) parts.push(`${Math.min(100, Math.floor((read / total) * 100))} %`);
  parts.push(`${entries} entries`, `${findings} findings`);
  if (total !== null && read > 0 && elapsedMs > 1000)
    parts.push(`ETA ${clock(((total - read) / read) * elapsedMs)}`);
  return `faultline: ${parts.join(', ')}`;
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
