import browser from 'webextension-polyfill';
import type { ReportContext } from '../core/report/report-item.ts';

/** "Firefox 153" or "Chromium 156": the engine and major version a support desk needs, nothing more. */
export function reportContext(): ReportContext {
  const ua = navigator.userAgent;
  const firefox = /Firefox\/(\d+)/.exec(ua);
  const edge = /Edg\/(\d+)/.exec(ua);
  const chrome = /Chrom(?:e|ium)\/(\d+)/.exec(ua);
  const name = firefox
    ? `Firefox ${firefox[1]}`
    : edge
      ? `Edge ${edge[1]}`
      : chrome
        ? `Chrome ${chrome[1]}`
        : null;
  return { browser: name, extensionVersion: browser.runtime.getManifest().version };
}
