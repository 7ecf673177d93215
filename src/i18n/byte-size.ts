import type { Lang } from '../core/catalog/types.ts';

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/** Japanese writes file sizes with the same Latin units, as Windows and macOS do in Japanese. */
const UNITS: Record<Lang, { kb: string; mb: string; gb: string }> = {
  en: { kb: 'KB', mb: 'MB', gb: 'GB' },
  ja: { kb: 'KB', mb: 'MB', gb: 'GB' },
};

/** `value` with at most `digits` decimals, none where they would all be zero: 1.5, 64, 1.17. */
function decimals(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.0+$/, '');
}

/**
 * A size in bytes as the panel's import line and the CLI's progress and messages show it: whole KB
 * rounded up (a started file never reads "0 KB"), MB with a decimal below 100, GB with two.
 */
export function byteSize(lang: Lang, bytes: number): string {
  const units = UNITS[lang];
  if (bytes < MB) return `${Math.ceil(bytes / KB)} ${units.kb}`;
  if (bytes < GB) return `${decimals(bytes / MB, bytes < 100 * MB ? 1 : 0)} ${units.mb}`;
  return `${decimals(bytes / GB, 2)} ${units.gb}`;
}
