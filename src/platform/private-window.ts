import browser from 'webextension-polyfill';

/** True when DevTools inspects a private (incognito) window: nothing is stored unless the user opts in. */
export function inspectsPrivateWindow(): boolean {
  try {
    return browser.extension.inIncognitoContext === true;
  } catch {
    return false;
  }
}
