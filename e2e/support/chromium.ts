import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, browserPath } from './browsers.ts';
import { waitFor } from './wait.ts';

export const PANEL_TITLE = 'Faultline';
export const CHROME_DIST = resolve(import.meta.dirname, '../../dist/chrome');

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Everything that reaches into Chromium's DevTools frontend lives here, so a Chromium change is
 * mended in one place. The DevTools window is not a Playwright page: it is a CDP target reached
 * through the browser session with the non-flat protocol.
 */
export interface ChromiumDevtools {
  context: BrowserContext;
  page: Page;
  extensionId: string;
  /** Evaluates an expression in the Faultline panel's document and returns its value. */
  evalInPanel<T>(expression: string): Promise<T>;
  /** Chooses files in the panel's `<input type="file">` at `selector`, as the file picker would. */
  setPanelFiles(selector: string, paths: string[]): Promise<void>;
  showPanel(): Promise<void>;
  /** The requests DevTools' own Network panel lists (its network log), oldest first. */
  networkPanelRequests(): Promise<{ url: string; status: number }[]>;
  /** The URLs of the failed (4xx, 5xx) requests the Network panel lists. */
  failedInNetworkPanel(): Promise<string[]>;
  /** Closes the tab's DevTools window, as its close button does, and waits until Faultline's page is gone. */
  closeDevtools(): Promise<void>;
  /** Opens DevTools on the tab again (CDP Target.openDevTools, as F12 does) and waits until Faultline captures. */
  openDevtools(): Promise<void>;
  /** Opens another tab and waits until DevTools, opened on it as on every tab, captures. */
  openTab(url: string): Promise<Page>;
  /** Saves downloads (exports) into `dir` under their suggested names. */
  allowDownloads(dir: string): Promise<void>;
  /** Moves DevTools into a window of its own, so a screenshot shows the panel at a useful size. */
  undock(width: number, height: number): Promise<void>;
  screenshotDevtools(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  dist?: string;
  /** DevTools' own theme, set in the profile before launch as a user would in DevTools settings. */
  devtoolsTheme?: 'light' | 'dark';
  /** The browser's UI language, e.g. 'ja'. */
  lang?: string;
  /**
   * When the page is loaded. 'capturing' (the default): once Faultline's devtools page runs.
   * 'recording': once DevTools itself records the tab's network traffic, as a user with DevTools
   * open who loads the page meets it, whether Faultline has started or not. 'at-once': while DevTools is
   * still starting, before it records anything.
   */
  loadPage?: 'capturing' | 'recording' | 'at-once';
}

export async function launchChromiumWithDevtools(
  url: string,
  options: LaunchOptions = {},
): Promise<ChromiumDevtools> {
  const dist = options.dist ?? CHROME_DIST;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'faultline-chromium-'));
  if (options.devtoolsTheme) {
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    const preferences = { devtools: { preferences: { 'ui-theme': JSON.stringify(options.devtoolsTheme) } } };
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath('chromium'),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--auto-open-devtools-for-tabs',
      ...CHROMIUM_QUIET_FLAGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    // On Linux, Chromium takes its UI language from the environment; --lang alone is not enough.
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
  });
  const browserCdp = await context.browser()?.newBrowserCDPSession();
  if (!browserCdp) throw new Error('Chromium gave no browser-level CDP session');
  const page = context.pages()[0] ?? (await context.newPage());
  const devtools = new TargetChannel(browserCdp);
  const loadPage = options.loadPage ?? 'capturing';
  const capturing = () =>
    waitFor('the Faultline devtools page to load', async () => {
      const targets = await devtools.targets();
      const devtoolsPage = targets.find((t) => isDevtoolsPage(t.url));
      return devtoolsPage ? new URL(devtoolsPage.url).host : undefined;
    });

  // The first tab's DevTools: tabs opened later get their own, which this handle never drives.
  let frontendId: string | undefined;
  const frontend = async () =>
    waitFor('the DevTools window', async () => {
      const windows = (await devtools.targets()).filter(
        (t) => t.type === 'page' && t.url.startsWith('devtools://devtools/'),
      );
      const mine = windows.find((t) => t.targetId === frontendId) ?? windows[0];
      frontendId ??= mine?.targetId;
      return mine;
    });

  const panelTarget = async () =>
    waitFor('the Faultline panel frame', async () =>
      (await devtools.targets()).find((t) =>
        t.url.startsWith(`chrome-extension://${extensionId}/src/panel/`),
      ),
    );

  const networkPanelRequests = async () =>
    devtools.evaluate<{ url: string; status: number }[]>((await frontend()).targetId, NETWORK_LOG);

  const cleanup = () => {
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };

  let extensionId = '';
  if (loadPage === 'capturing') extensionId = await capturing();
  if (loadPage === 'recording') {
    const target = await frontend();
    await waitFor('DevTools to record the network traffic of the tab', () =>
      devtools.evaluate<boolean>(target.targetId, NETWORK_RECORDING),
    );
  }
  await page.goto(url);
  await frontend();
  if (!extensionId) extensionId = await capturing();
  const viewId = `chrome-extension://${extensionId}${PANEL_TITLE.replace(/\s/g, '')}`;

  return {
    context,
    page,
    extensionId,
    async showPanel() {
      // A DevTools window of a background tab is hidden, and hidden documents get no animation frames.
      await page.bringToFront();
      const target = await frontend();
      await waitFor(`the ${PANEL_TITLE} tab in DevTools`, () =>
        devtools.evaluate<boolean>(
          target.targetId,
          `(async () => { const L = await import('./ui/legacy/legacy.js');
             return L.InspectorView.InspectorView.instance().tabbedPane.tabIds().includes(${JSON.stringify(viewId)}); })()`,
        ),
      );
      await devtools.evaluate(target.targetId, `DevToolsAPI.showPanel(${JSON.stringify(viewId)})`);
      await panelTarget();
    },
    async openTab(url: string) {
      const capturing = async () =>
        (await devtools.targets()).filter((t) =>
          t.url.startsWith(`chrome-extension://${extensionId}/src/devtools/`),
        ).length;
      const before = await capturing();
      const tab = await context.newPage();
      await tab.goto(url);
      // Requests count only once this tab's DevTools (and so Faultline's capture) is running.
      await waitFor('DevTools to open on the new tab', async () => (await capturing()) > before);
      return tab;
    },
    async allowDownloads(dir: string) {
      await browserCdp.send('Browser.setDownloadBehavior', {
        behavior: 'allow',
        downloadPath: dir,
        eventsEnabled: true,
      });
    },
    async undock(width: number, height: number) {
      const target = await frontend();
      await devtools.evaluate(
        target.targetId,
        `(async () => { const L = await import('./ui/legacy/legacy.js');
           L.DockController.DockController.instance().setDockSide('undocked'); })()`,
      );
      const { windowId } = (await browserCdp.send('Browser.getWindowForTarget', {
        targetId: target.targetId,
      })) as {
        windowId: number;
      };
      await browserCdp.send('Browser.setWindowBounds', { windowId, bounds: { width, height } });
    },
    async setPanelFiles(selector, paths) {
      const { targetId } = await panelTarget();
      const { result } = await devtools.send<{ result: { objectId?: string } }>(
        targetId,
        'Runtime.evaluate',
        {
          expression: `document.querySelector(${JSON.stringify(selector)})`,
        },
      );
      if (!result.objectId) throw new Error(`no ${selector} in the panel`);
      // Sets the files and fires input and change, as a choice in the file picker does.
      await devtools.send(targetId, 'DOM.setFileInputFiles', { files: paths, objectId: result.objectId });
    },
    networkPanelRequests,
    async failedInNetworkPanel() {
      return (await networkPanelRequests()).filter((r) => r.status >= 400).map((r) => r.url);
    },
    async closeDevtools() {
      const { targetId } = await frontend();
      await browserCdp.send('Target.closeTarget', { targetId });
      frontendId = undefined;
      await waitFor('DevTools and Faultline to close', async () =>
        (await devtools.targets()).some((t) => t.targetId === targetId || isDevtoolsPage(t.url))
          ? undefined
          : true,
      );
    },
    async openDevtools() {
      const pageCdp = await context.newCDPSession(page);
      const { targetInfo } = (await pageCdp.send('Target.getTargetInfo')) as { targetInfo: TargetInfo };
      await pageCdp.detach();
      await browserCdp.send('Target.openDevTools', { targetId: targetInfo.targetId });
      await frontend();
      await capturing();
    },
    async evalInPanel<T>(expression: string) {
      return devtools.evaluate<T>((await panelTarget()).targetId, expression);
    },
    async screenshotDevtools(path: string) {
      await devtools.screenshot((await frontend()).targetId, path);
    },
    async close() {
      await context.close();
      cleanup();
    },
  };
}

/** Faultline's devtools page, which runs while DevTools is open on a tab. */
const isDevtoolsPage = (url: string) => /^chrome-extension:\/\/[a-p]{32}\/src\/devtools\//.test(url);

/** True once DevTools has a network model for the tab, which it creates when it starts recording. */
const NETWORK_RECORDING = `(async () => { const SDK = await import('./core/sdk/sdk.js');
  return SDK.TargetManager.TargetManager.instance().models(SDK.NetworkManager.NetworkManager).length > 0; })()`;

/** What the Network panel lists: it renders DevTools' network log. */
const NETWORK_LOG = `(async () => { const Logs = await import('./models/logs/logs.js');
  return Logs.NetworkLog.NetworkLog.instance().requests().map((r) => ({ url: r.url(), status: r.statusCode })); })()`;

/** Talks to targets the browser session can see but Playwright does not expose as pages. */
class TargetChannel {
  private nextId = 1;
  private sessions = new Map<string, Promise<string>>();
  private pending = new Map<string, (message: { result?: unknown; error?: { message: string } }) => void>();

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      const parsed = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
      if (parsed.id === undefined) return;
      const key = `${sessionId}:${parsed.id}`;
      this.pending.get(key)?.(parsed);
      this.pending.delete(key);
    });
  }

  async targets(): Promise<TargetInfo[]> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos;
  }

  private session(targetId: string): Promise<string> {
    let session = this.sessions.get(targetId);
    if (!session) {
      session = this.cdp
        .send('Target.attachToTarget', { targetId, flatten: false })
        .then((r) => (r as { sessionId: string }).sessionId);
      this.sessions.set(targetId, session);
    }
    return session;
  }

  async send<T>(targetId: string, method: string, params: object): Promise<T> {
    const sessionId = await this.session(targetId);
    const id = this.nextId++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) =>
      this.pending.set(`${sessionId}:${id}`, resolve),
    );
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const message = await reply;
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  }

  async evaluate<T>(targetId: string, expression: string): Promise<T> {
    const result = await this.send<{
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>(targetId, 'Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value as T;
  }

  async screenshot(targetId: string, path: string): Promise<void> {
    const { writeFileSync } = await import('node:fs');
    const { data } = await this.send<{ data: string }>(targetId, 'Page.captureScreenshot', { format: 'png' });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }
}
