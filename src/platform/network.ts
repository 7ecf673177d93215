import browser from 'webextension-polyfill';
import { createNetworkSource, type DevtoolsNetwork, type NetworkSource } from './network-source.ts';

/** The inspected tab's network traffic as this browser's DevTools reports it to extensions. */
export function browserNetworkSource(): NetworkSource {
  return createNetworkSource(browser.devtools.network as unknown as DevtoolsNetwork);
}
