import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFailureScreenshot } from './support/artifacts.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import {
  clickRowContaining,
  clickTestId,
  READ_ANNOTATION,
  READ_DETAIL,
  READ_ROWS,
  type PanelRow,
} from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';
import { fixtureServerPerFile } from './support/fixture-server.ts';

/** The README's example pack, tied to the fixture server's host instead of Contoso's. */
const example = JSON.parse(
  readFileSync(new URL('../examples/contoso-orders.pack.json', import.meta.url), 'utf8'),
);
example.families[0].match.hosts = ['127.0.0.1'];
const packText = JSON.stringify(example, null, 2);
const brokenText = JSON.stringify({
  faultline: 'pack/1',
  name: 'broken',
  families: [{ id: 'Bad', label: 'B', envelope: { when: 'fault' } }],
});
/** A customer's HAR with one error of the team's API, opened in the panel with Open HAR…. */
const harText = JSON.stringify({
  log: {
    version: '1.2',
    entries: [
      {
        startedDateTime: '2026-11-30T09:00:00.000Z',
        request: { method: 'PUT', url: 'http://127.0.0.1:9/team/orders/99', headers: [] },
        response: {
          status: 409,
          headers: [{ name: 'Content-Type', value: 'application/json' }],
          content: {
            mimeType: 'application/json',
            text: '{"fault":{"errCode":"ORD-4091","text":"Order 99 changed","trace":"tr-99"}}',
          },
        },
      },
    ],
  },
});
const dir = mkdtempSync(join(tmpdir(), 'faultline-pack-e2e-'));
const packFile = join(dir, 'contoso.pack.json');
writeFileSync(packFile, packText);

interface Browser {
  page: { evaluate(expression: string): Promise<unknown> };
  showPanel(): Promise<void>;
  evalInPanel<T>(expression: string): Promise<T>;
  screenshotDevtools(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Drops a file on an element as a drag from the desktop does: dragover, then drop with the file. */
function dropFile(testId: string, name: string, text: string): string {
  return `(() => {
    const target = document.querySelector('[data-testid="${testId}"]');
    const data = new DataTransfer();
    data.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    return true;
  })()`;
}

/** The file input's files set and its change fired, as a choice in the file picker does. */
function chooseFile(testId: string, name: string, text: string): string {
  return `(() => {
    const input = document.querySelector('[data-testid="${testId}"]');
    const data = new DataTransfer();
    data.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' }));
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`;
}

const READ_PACKS = `(() => ({
  outcome: document.querySelector('[data-testid="pack-outcome"]')?.dataset.outcome ?? null,
  problems: [...document.querySelectorAll('[data-testid="pack-outcome"] ~ [data-testid="pack-problems"] li')].map((li) => li.textContent),
  packs: [...document.querySelectorAll('[data-testid="pack"]')].map((li) => ({
    name: li.querySelector('[data-testid="pack-name"]')?.textContent,
    families: li.querySelector('[data-testid="pack-families"]')?.textContent,
    codes: li.querySelector('[data-testid="pack-codes"]')?.textContent,
    languages: li.querySelector('[data-testid="pack-languages"]')?.textContent,
  })),
}))()`;

type Packs = { outcome: string | null; problems: string[]; packs: Record<string, string>[] };

const server = fixtureServerPerFile();

async function story(browser: Browser, importPack: (b: Browser) => Promise<void>) {
  const rowOf = (family: string) =>
    waitFor(`a ${family} row`, async () =>
      (await browser.evalInPanel<PanelRow[]>(READ_ROWS)).find((row) => row.family === family),
    );
  // The team's error happens before the pack is known: a plain HTTP error.
  await browser.showPanel();
  await browser.page.evaluate(`fetch('/team/orders/17', { method: 'PUT' }).then((r) => r.status)`);
  expect(await rowOf('generic-http')).toMatchObject({ status: '409' });

  // A broken pack, dropped on Settings → Packs: every problem with its pointer, nothing imported.
  expect(await browser.evalInPanel<boolean>(clickTestId('settings-tab'))).toBe(true);
  await waitFor('the packs section', () =>
    browser.evalInPanel<boolean>(`Boolean(document.querySelector('[data-testid="pack-drop"]'))`),
  );
  await browser.evalInPanel(dropFile('pack-drop', 'broken.json', brokenText));
  const refused = await waitFor('the problems of the broken pack', async () => {
    const state = await browser.evalInPanel<Packs>(READ_PACKS);
    return state.outcome === 'refused' ? state : undefined;
  });
  expect(refused.problems).toEqual([
    '/families/0/id must be 1-48 lower-case letters, digits or "-", starting with a letter or digit',
    '/families/0/envelope/when must be a JSON Pointer starting with "/"',
  ]);
  expect(refused.packs).toEqual([]);

  // The good pack through the file input: listed with what it holds.
  await importPack(browser);
  const imported = await waitFor('the imported pack', async () => {
    const state = await browser.evalInPanel<Packs>(READ_PACKS);
    return state.packs.length === 1 ? state : undefined;
  });
  expect(imported.outcome).toBe('added');
  expect(imported.packs).toEqual([
    {
      name: 'contoso-internal',
      families: 'Contoso Orders API (contoso-orders)',
      codes: '2',
      languages: 'en, ja',
    },
  ]);

  // It applies at once to the error already listed, and to the next one captured.
  expect(await browser.evalInPanel<boolean>(clickTestId('errors-tab'))).toBe(true);
  expect(await rowOf('contoso-orders')).toMatchObject({ code: 'ORD-4091', status: '409' });
  await browser.page.evaluate(`fetch('/team/orders/18', { method: 'PUT' }).then((r) => r.status)`);
  await waitFor('two contoso-orders rows', async () => {
    const rows = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
    return rows.filter((row) => row.family === 'contoso-orders').length === 2 ? true : undefined;
  });
  expect(await browser.evalInPanel<boolean>(clickRowContaining('/team/orders/18'))).toBe(true);
  const detail = await waitFor('the detail', () =>
    browser.evalInPanel<{ ids: { name: string; value: string }[] } | null>(READ_DETAIL),
  );
  expect(detail.ids).toEqual(
    expect.arrayContaining([
      { name: 'fault.trace', value: 'tr-5f1c' },
      { name: 'x-contoso-trace', value: 'hdr-77' },
    ]),
  );
  const annotation = await browser.evalInPanel<{ meaning: string }>(READ_ANNOTATION);
  expect(annotation.meaning).toBe(
    'The order was changed by someone else since you read it (optimistic concurrency).',
  );
  expect(
    await browser.evalInPanel<string>(`document.querySelector('[data-testid="pack-family"]')?.textContent`),
  ).toBe('Contoso Orders API (pack contoso-internal)');

  // A HAR opened in the panel is read with the packs too.
  await browser.evalInPanel(chooseFile('open-har', 'team.har', harText));
  const opened = await waitFor('the opened HAR', async () => {
    const rows = await browser.evalInPanel<PanelRow[]>(READ_ROWS);
    return rows.length === 1 && rows[0]?.text.includes('/team/orders/99') ? rows[0] : undefined;
  });
  expect(opened).toMatchObject({ family: 'contoso-orders', code: 'ORD-4091' });
}

async function run(name: string, browser: Browser, steps: (b: Browser) => Promise<void>, told = true) {
  try {
    await (told ? story(browser, steps) : steps(browser));
  } catch (error) {
    await saveFailureScreenshot(name, (path) => browser.screenshotDevtools(path));
    throw error;
  } finally {
    await browser.close();
  }
}

describe('team packs', () => {
  it('in Chromium: a broken pack shows its problems; a pack imported by the file input explains its errors', async () => {
    const browser = await launchChromiumWithDevtools(`${server.origin}/`);
    await run('packs-chromium', browser, (b) =>
      browser.setPanelFiles('[data-testid="pack-file"]', [packFile]).then(() => b.evalInPanel('true')),
    );
  });

  it('in Chromium: a full storage.local says so, and the packs stay as they were', async () => {
    const browser = await launchChromiumWithDevtools(`${server.origin}/`);
    await run(
      'packs-quota-chromium',
      browser,
      async (b) => {
        await b.showPanel();
        await waitFor(
          'the Settings tab',
          async () => (await b.evalInPanel<boolean>(clickTestId('settings-tab'))) || undefined,
        );
        await waitFor('the packs section', () =>
          b.evalInPanel<boolean>(`Boolean(document.querySelector('[data-testid="pack-file"]'))`),
        );
        // Chrome's storage.local holds 10 MiB (QUOTA_BYTES); leave less room than a pack needs.
        await b.evalInPanel(`chrome.storage.local.set({ filler: 'x'.repeat(10_485_000) }).then(() => true)`);
        await b.evalInPanel(chooseFile('pack-file', 'contoso.pack.json', packText));
        const state = await waitFor('the import to be refused', async () => {
          const packs = await b.evalInPanel<Packs>(READ_PACKS);
          return packs.outcome === 'full' ? packs : undefined;
        });
        expect(state.packs).toEqual([]);
        expect(
          await b.evalInPanel<string>(`document.querySelector('[data-testid="pack-outcome"]').textContent`),
        ).toBe(
          "Not saved: the extension's storage is full. Remove a pack you no longer need and import again.",
        );
      },
      false,
    );
  });

  it('in Firefox: the same story', async () => {
    const browser = await launchFirefoxWithDevtools(`${server.origin}/`);
    await run('packs-firefox', browser, (b) =>
      b.evalInPanel(chooseFile('pack-file', 'contoso.pack.json', packText)),
    );
  });
});
