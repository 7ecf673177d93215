import type { Lang } from '../core/catalog/types.ts';

/** Every language Faultline speaks, each named in itself (so a reader finds their own in the list). */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ja: '日本語' };

export const LANGS = Object.keys(LANGUAGE_NAMES) as Lang[];

/** A BCP 47 tag (a browser's UI language) as a language Faultline speaks, English when it speaks none. */
export function languageOf(tag: string): Lang {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary) ?? 'en';
}
