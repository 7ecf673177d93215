import browser from 'webextension-polyfill';
import {
  CHROMIUM_BACKFILL,
  FIREFOX_BACKFILL,
  createNetworkSource,
  type DevtoolsNetwork,
  type NetworkSource,
} from './network-source.ts';

/** The inspected tab's network traffic as this browser's DevTools reports it to extensions. */
export function browserNetworkSource(): NetworkSource {
  // By user agent: a devtools page has no runtime.getBrowserInfo, and the HAR log's behaviour is the engine's.
  const firefox = navigator.userAgent.includes('Firefox/');
  return createNetworkSource(browser.devtools.network as unknown as DevtoolsNetwork, {
    policy: firefox ? FIREFOX_BACKFILL : CHROMIUM_BACKFILL,
  });
}
