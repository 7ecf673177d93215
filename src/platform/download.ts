import type { Redacted } from '../core/redact/redacted.ts';

/** Saves redacted text as a file through the browser's own download, from the click that asked for it. */
export function downloadText(filename: string, mimeType: string, text: Redacted<string>): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; the URL only needs to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
