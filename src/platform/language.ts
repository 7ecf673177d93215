import browser from 'webextension-polyfill';
import type { Lang } from '../core/catalog/types.ts';
import { languageOf } from '../i18n/languages.ts';

/** The browser's UI language as one Faultline speaks: Japanese for any `ja*`, English otherwise. */
export function uiLanguage(): Lang {
  let tag = '';
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    tag = navigator.language;
  }
  return languageOf(tag);
}
