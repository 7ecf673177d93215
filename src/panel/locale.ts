import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../core/catalog/types.ts';
import { DICTIONARY, type Dictionary } from '../i18n/dictionary.ts';

export interface Locale {
  lang: Lang;
  t: Dictionary;
}

export const LocaleContext = createContext<Locale>({ lang: 'en', t: DICTIONARY.en });

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
