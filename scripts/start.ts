/**
 * `npm start`: builds, serves the demo API, and opens Chromium (or Firefox) with Faultline loaded and
 * DevTools open on the demo page. `--headless --screenshot FILE.png` does it without a display, fires
 * the demo's requests, selects the first finding and writes a picture of the panel (`--view groups`,
 * `history` or `settings` pictures that view instead, something selected in it). `--open-har` opens
 * a customer's HAR (the demo corpus, written to a temporary file) through Open HAR… instead.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../e2e/fixtures/server.ts';
import { launchChromiumWithDevtools } from '../e2e/support/chromium.ts';
import { waitFor } from '../e2e/support/wait.ts';
import {
  READ_DETAIL,
  READ_ROWS,
  clickRowContaining,
  clickTestId,
  type PanelRow,
} from '../e2e/support/panel-dom.ts';
import { fireDemo, type DemoPage } from '../e2e/support/demo.ts';
import { READ_IMPORT_STATUS, writeCustomerHar } from '../e2e/support/har-import.ts';
import { provisionBrowsers } from './provision.ts';

const VIEWS = ['errors', 'groups', 'history', 'settings'] as const;
type View = (typeof VIEWS)[number];
const isView = (view: string): view is View => (VIEWS as readonly string[]).includes(view);

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    view: { type: 'string', default: 'errors' },
    'open-har': { type: 'boolean', default: false },
    port: { type: 'string', default: '8787' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    `usage: npm start -- [--browser chromium|firefox] [--headless] [--screenshot FILE.png [--view ${VIEWS.join('|')}]] [--open-har] [--port N] [--no-build]`,
  );
  process.exit(0);
}
if (!isView(values.view)) fail(`--view must be one of ${VIEWS.join(', ')}`);
if (values.browser !== 'chromium' && values.browser !== 'firefox')
  fail(`--browser must be chromium or firefox`);
if (values.screenshot && !values.headless) fail('--screenshot needs --headless');
if (
  !values.headless &&
  !process.env['DISPLAY'] &&
  !process.env['WAYLAND_DISPLAY'] &&
  process.platform === 'linux'
) {
  fail('no display here: run `npm start -- --headless --screenshot shot.png` instead');
}

provisionBrowsers();

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed');
}

const server = await startFixtureServer(Number(values.port));
console.log(`demo API and page: ${server.origin}/`);
const demo = `${server.origin}/`;

if (values.browser === 'firefox') {
  const { launchFirefoxWithDevtools } = await import('../e2e/support/firefox.ts');
  const firefox = await launchFirefoxWithDevtools(demo, { headless: values.headless });
  await firefox.showPanel();
  await run(firefox);
} else {
  const chromium = await launchChromiumWithDevtools(demo, { headless: values.headless });
  if (values.screenshot) await chromium.undock(1280, 720);
  await chromium.showPanel();
  await run(chromium);
}

interface Opened {
  page: DemoPage;
  evalInPanel<T>(expression: string): Promise<T>;
  setPanelFiles(selector: string, paths: string[]): Promise<void>;
  screenshotDevtools(path: string): Promise<void>;
  close(): Promise<void>;
}

async function run(browser: Opened): Promise<void> {
  if (values['open-har']) {
    await waitFor('Open HAR… in the panel', () =>
      browser.evalInPanel<boolean>(`Boolean(document.querySelector('[data-testid="open-har"]'))`),
    );
    await browser.setPanelFiles('[data-testid="open-har"]', [writeCustomerHar()]);
    console.log(await waitFor('the import', () => browser.evalInPanel<string | null>(READ_IMPORT_STATUS)));
  }
  if (!values.screenshot) {
    console.log('Faultline is open in DevTools. Use the demo page to fire requests; Ctrl-C to quit.');
    const quit = async () => {
      await browser.close().catch(() => undefined);
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', quit);
    process.on('SIGTERM', quit);
    return;
  }
  const view = values.view as View;
  // The Defender errors show one family's detail best; the other views show every family's.
  const scenario = view === 'errors' ? 'defender' : 'all';
  const fired = values['open-har'] ? 0 : await fireDemo(browser.page, scenario);
  const rows = await waitFor('the demo errors in the panel', async () => {
    const found = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
    return found.length > 0 &&
      found.length >= fired - server.scenario[scenario].filter((r) => !r.isError).length
      ? found
      : undefined;
  });
  await showView(browser, view, rows);
  await browser.screenshotDevtools(values.screenshot);
  console.log(`${rows.length} findings; screenshot of the panel: ${values.screenshot}`);
  await browser.close();
  await server.close();
}

/** Opens `view` with something selected, as a user would before taking the picture. */
async function showView(browser: Opened, view: View, rows: PanelRow[]): Promise<void> {
  const clicked = (expression: string) =>
    waitFor(`the ${view} view`, async () =>
      (await browser.evalInPanel<boolean>(expression)) ? true : undefined,
    );
  if (view === 'errors') {
    const first = rows[0];
    if (first) await browser.evalInPanel(clickRowContaining(first.text));
    await waitFor('the finding detail', () => browser.evalInPanel(READ_DETAIL));
  } else if (view === 'groups') {
    await clicked(clickTestId('view-groups'));
    await clicked(clickTestId('group'));
    await clicked(`Boolean(document.querySelector('[data-testid="group-detail"]'))`);
  } else if (view === 'history') {
    await clicked(clickTestId('history-tab'));
    await clicked(clickRowContaining('', 'history-entry'));
    await clicked(`Boolean(document.querySelector('[data-testid="history-detail"]'))`);
  } else {
    await clicked(clickTestId('settings-tab'));
  }
}

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(2);
}
