import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../vite.config.ts';
import { browserPath } from './browsers.ts';
import { waitFor } from './wait.ts';

export const PANEL_TITLE = 'Faultline';
export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
// A fixed moz-extension host, so the panel's URL is known before the panel loads.
const EXTENSION_UUID = 'f4017e2e-0000-4000-8000-000000000e2e';
const PANEL_URL = `moz-extension://${EXTENSION_UUID}/src/panel/`;

export type DevtoolsTheme = 'light' | 'dark';

/**
 * Everything that reaches into Firefox's DevTools lives here, so a Firefox change is mended in one
 * place. The toolbox is not a BiDi context: it is driven from the browser window's privileged scope
 * (reachable with --remote-allow-system-access), and the panel document, which BiDi cannot target,
 * through a frame script loaded into the panel's <browser>.
 */
export interface FirefoxDevtools {
  browser: Browser;
  page: Page;
  /** Evaluates an expression (a Promise is awaited) in the Faultline panel's document; returns its JSON value. */
  evalInPanel<T>(expression: string): Promise<T>;
  /** Runs `body` as an async function in the browser window's privileged scope; returns its JSON value. */
  runInBrowserWindow<T>(body: string): Promise<T>;
  /** Chooses files in the panel's `<input type="file">` at `selector`, as the file picker would. */
  setPanelFiles(selector: string, paths: string[]): Promise<void>;
  showPanel(): Promise<void>;
  /** Switches DevTools' theme while the toolbox is open, as the Settings panel does. */
  setTheme(theme: DevtoolsTheme): Promise<void>;
  /** The URLs of the failed (4xx, 5xx) requests the toolbox's Network panel lists (it must have been shown). */
  failedInNetworkPanel(): Promise<string[]>;
  /** Closes the toolbox, as its close button does. */
  closeDevtools(): Promise<void>;
  /** Opens the toolbox on the tab again, on the Network panel, and waits until Faultline's page runs. */
  openDevtools(): Promise<void>;
  /** The system clipboard's text, read from the browser's privileged scope (no page permission involved). */
  readClipboard(): Promise<string>;
  screenshotDevtools(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  dist?: string;
  /** DevTools' theme at start, named as in the Chromium helper. Light unless asked: the default would follow the machine. */
  devtoolsTheme?: DevtoolsTheme;
  extraPrefsFirefox?: Record<string, unknown>;
  /**
   * The browser's UI language, e.g. 'ja', requested as Firefox's Language setting does. Firefox takes it
   * only from an installed language pack (Debian: firefox-esr-l10n-ja); the launch fails without one.
   */
  lang?: string;
  /** A profile kept across launches, to see what survives a restart. */
  userDataDir?: string;
  /** The tool the toolbox opens on. */
  toolId?: 'netmonitor' | 'inspector';
  /** False: return as soon as the toolbox is open, before Faultline's devtools page has started. */
  waitForCapture?: boolean;
}

/**
 * Launches Firefox with the extension, loads `url` and opens the toolbox on it, as a user opening
 * DevTools would: on the Network panel unless `toolId` says otherwise (Firefox does not need that
 * panel shown for extensions to hear of requests), then waits until Faultline's devtools page runs
 * unless `waitForCapture` is false.
 */
export async function launchFirefoxWithDevtools(
  url: string,
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxDevtools> {
  const dist = options.dist ?? FIREFOX_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${dist}. Run: npx vite build --mode firefox`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A temporary add-on is uninstalled when Firefox quits; a user's installed add-on keeps its
      // data across restarts, and these make the test build behave the same.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'devtools.theme': options.devtoolsTheme ?? 'light',
      ...(options.lang ? { 'intl.locale.requested': options.lang } : {}),
      ...options.extraPrefsFirefox,
    },
  });
  try {
    const installed = await browser.installExtension(dist);
    if (installed !== GECKO_ID) throw new Error(`Installed ${installed}, expected ${GECKO_ID}`);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.goto(url);
    // The privileged scripts act on the selected tab.
    await page.bringToFront();
    const chrome = await ChromeScope.of(browser);
    if (options.lang) await expectAppLocale(chrome, options.lang);
    await chrome.run(
      `await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: ${JSON.stringify(options.toolId ?? 'netmonitor')} });`,
    );
    if (options.waitForCapture !== false) {
      await waitFor('the Faultline devtools page to register its panel', () =>
        chrome.run<boolean>(`return Boolean(faultlineTool(toolboxOf()));`),
      );
    }
    return devtoolsOf(browser, page, chrome);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Firefox falls back to en-US, silently, for a language it has no language pack of. */
async function expectAppLocale(chrome: ChromeScope, lang: string): Promise<void> {
  const { app, available } = await chrome.run<{ app: string; available: string[] }>(
    `return { app: Services.locale.appLocaleAsBCP47, available: Services.locale.availableLocales };`,
  );
  if (app.split('-')[0] === lang.split('-')[0]) return;
  throw new Error(
    `Firefox was asked for ${lang} but runs in ${app}: it has language packs for ${available.join(', ')} only. ` +
      `Install its language pack (Debian: firefox-esr-l10n-${lang}; npm test installs the Japanese one).`,
  );
}

function devtoolsOf(browser: Browser, page: Page, chrome: ChromeScope): FirefoxDevtools {
  let evalCount = 0;
  const inPanel = async <T>(frameScript: (name: string) => string): Promise<T> => {
    const reply = await waitFor('the Faultline panel document', async () => {
      const name = `faultline-e2e:${++evalCount}`;
      const answer = await chrome.run<PanelReply>(runInPanelScript(name, frameScript(name)));
      if ('pending' in answer) throw new Error(answer.pending);
      return answer;
    });
    if ('error' in reply) throw new Error(`In the panel: ${reply.error}`);
    return (reply.json === undefined ? undefined : JSON.parse(reply.json)) as T;
  };
  const evalInPanel = <T>(expression: string) => inPanel<T>((name) => evaluateScript(name, expression));
  return {
    browser,
    page,
    evalInPanel,
    runInBrowserWindow: (body) => chrome.run(body),
    async setPanelFiles(selector, paths) {
      await inPanel((name) => setFilesScript(name, selector, paths));
    },
    async showPanel() {
      await waitFor(`the ${PANEL_TITLE} tab in the toolbox`, () =>
        chrome.run<boolean>(`const toolbox = toolboxOf(); const tool = faultlineTool(toolbox);
          if (!tool) return false;
          await toolbox.selectTool(tool.id);
          return true;`),
      );
      await waitFor('the Faultline panel to finish loading', async () =>
        (await evalInPanel<string>('document.readyState')) === 'complete' ? true : undefined,
      );
    },
    async failedInNetworkPanel() {
      return chrome.run<string[]>(`const monitor = toolboxOf()?.getPanel('netmonitor');
        if (!monitor) throw new Error('the Network panel has not been shown');
        return monitor.panelWin.store.getState().requests.requests
          .filter((r) => Number(r.status) >= 400).map((r) => r.url);`);
    },
    async closeDevtools() {
      await chrome.run(`await gDevTools.closeToolboxForTab(gBrowser.selectedTab); return true;`);
    },
    async openDevtools() {
      await chrome.run(
        `await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: 'netmonitor' }); return true;`,
      );
      await waitFor('the Faultline devtools page to register its panel', () =>
        chrome.run<boolean>(`return Boolean(faultlineTool(toolboxOf()));`),
      );
    },
    async readClipboard() {
      return chrome.run<string>(`
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        Services.clipboard.getData(transferable, Services.clipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
        const data = {};
        try {
          transferable.getTransferData('text/plain', data);
        } catch {
          return '';
        }
        return data.value.QueryInterface(Ci.nsISupportsString).data;`);
    },
    async setTheme(theme) {
      await chrome.run(`Services.prefs.setStringPref('devtools.theme', ${JSON.stringify(theme)});`);
    },
    async screenshotDevtools(path) {
      // drawSnapshot paints the whole window, out-of-process panel included, even headless.
      const dataUrl = await chrome.run<string>(`
        const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');`);
      writeFileSync(path, Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
    },
    async close() {
      await browser.close();
    },
  };
}

type PanelReply = { pending: string } | { error: string } | { json?: string };

/**
 * A frame script for the panel's <browser>: the expression runs in a sandbox with the panel's own
 * principal and no Xray wrappers, so it sees the document exactly as the panel's scripts (and the
 * Chromium helper's Runtime.evaluate) do.
 */
function evaluateScript(name: string, expression: string): string {
  return `(async () => {
    let reply;
    try {
      const sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: false });
      const stringify = Cu.evalInSandbox('(value) => JSON.stringify(value)', sandbox);
      reply = { json: stringify(await Cu.evalInSandbox(${JSON.stringify(expression)}, sandbox)) };
    } catch (error) {
      reply = { error: String(error) };
    }
    sendAsyncMessage(${JSON.stringify(name)}, reply);
  })();`;
}

/**
 * A frame script that does what Firefox's file picker does: File objects made from paths by the
 * privileged File.createFromFileName, set on the input with mozSetFileArray, then input and change.
 * (Marionette uploads files the same way; the panel is in the toolbox, out of BiDi's reach.)
 */
function setFilesScript(name: string, selector: string, paths: string[]): string {
  return `(async () => {
    let reply;
    try {
      const input = content.document.querySelector(${JSON.stringify(selector)});
      if (!input) throw new Error('no ${selector} in the panel');
      const files = await Promise.all(${JSON.stringify(paths)}.map((path) => File.createFromFileName(path)));
      input.mozSetFileArray(files);
      input.dispatchEvent(new content.Event('input', { bubbles: true }));
      input.dispatchEvent(new content.Event('change', { bubbles: true }));
      reply = { json: 'true' };
    } catch (error) {
      reply = { error: String(error) };
    }
    sendAsyncMessage(${JSON.stringify(name)}, reply);
  })();`;
}

/** A privileged script that loads `frameScript` into the panel's <browser> and resolves with its answer. */
function runInPanelScript(name: string, frameScript: string): string {
  return `const tool = faultlineTool(toolboxOf());
    const frame = tool && toolboxOf().doc.getElementById('toolbox-panel-iframe-' + tool.id);
    const panel = frame?.contentDocument?.querySelector('browser');
    if (!panel) return { pending: 'the panel has not been shown yet' };
    const spec = panel.currentURI?.spec ?? '';
    if (!spec.startsWith(${JSON.stringify(PANEL_URL)})) return { pending: 'the panel frame is at ' + spec };
    const mm = panel.messageManager;
    return await new Promise((resolve) => {
      const onReply = (message) => { done(message.data); };
      const done = (reply) => { clearTimeout(timer); mm.removeMessageListener(${JSON.stringify(name)}, onReply); resolve(reply); };
      const timer = setTimeout(() => done({ pending: 'the panel frame did not answer' }), 5000);
      mm.addMessageListener(${JSON.stringify(name)}, onReply);
      mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
    });`;
}

/** The part of puppeteer's BiDi connection used here; puppeteer does not type the chrome scope. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** script.evaluate in the privileged browser.xhtml context, with DevTools' loader at hand. */
class ChromeScope {
  private constructor(
    private readonly connection: BidiConnection,
    private readonly context: string,
  ) {}

  static async of(browser: Browser): Promise<ChromeScope> {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = (result as { contexts: { context: string; url: string }[] }).contexts.find((c) =>
      c.url.startsWith('chrome://browser/content/browser.xhtml'),
    );
    if (!window)
      throw new Error('No browser.xhtml context: was Firefox started with --remote-allow-system-access?');
    return new ChromeScope(connection, window.context);
  }

  /** Runs `body` as an async function body; its return value comes back through JSON. */
  async run<T>(body: string): Promise<T> {
    const expression = `(async () => {
      const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
      const { gDevTools } = require('devtools/client/framework/devtools');
      const toolboxOf = () => gDevTools.getToolboxForTab(gBrowser.selectedTab);
      const faultlineTool = (toolbox) => toolbox?.getAdditionalTools().find((t) => t.label === ${JSON.stringify(PANEL_TITLE)});
      return JSON.stringify(await (async () => { ${body} })());
    })()`;
    const { result } = await this.connection.send('script.evaluate', {
      expression,
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const evaluated = result as EvaluateResult;
    if (evaluated.type === 'exception')
      throw new Error(`In the browser window: ${evaluated.exceptionDetails?.text}`);
    const json = evaluated.result?.value;
    return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
  }
}
