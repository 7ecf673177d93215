import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../core/catalog/types.ts';
import { MESSAGES, type Messages } from './messages.ts';

export interface Locale {
  lang: Lang;
  t: Messages;
}

export const LocaleContext = createContext<Locale>({ lang: 'en', t: MESSAGES.en });

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
