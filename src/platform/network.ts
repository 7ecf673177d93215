import browser from 'webextension-polyfill';
import {
  CHROMIUM_BACKFILL,
  FIREFOX_BACKFILL,
  createNetworkSource,
  type DevtoolsNetwork,
  type NetworkSource,
} from './network-source.ts';
import { PAGE_PROBE, watchPageChanges } from './page-changes.ts';
import type { PageChange } from '../core/session/page-change.ts';

/** The inspected tab's network traffic as this browser's DevTools reports it to extensions. */
export function browserNetworkSource(): NetworkSource {
  // By user agent: a devtools page has no runtime.getBrowserInfo, and the HAR log's behaviour is the engine's.
  const firefox = navigator.userAgent.includes('Firefox/');
  return createNetworkSource(browser.devtools.network as unknown as DevtoolsNetwork, {
    policy: firefox ? FIREFOX_BACKFILL : CHROMIUM_BACKFILL,
  });
}

/** Reloads and navigations of the inspected tab, each placed at the moment the new page started. */
export function watchBrowserPageChanges(listener: (change: PageChange) => void): () => void {
  return watchPageChanges(
    {
      onNavigated: browser.devtools.network.onNavigated,
      // Both answer [result, exceptionInfo]; a page where scripts cannot run answers no result.
      probe: async () => {
        const answer: unknown = await browser.devtools.inspectedWindow.eval(PAGE_PROBE);
        return Array.isArray(answer) ? answer[0] : answer;
      },
    },
    listener,
  );
}
