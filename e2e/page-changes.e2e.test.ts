import { describe, expect, it } from 'vitest';
import { RUN_AXE, blocking, type AxeViolation } from './support/axe.ts';
import { browserPerTest, type OpenedPanel } from './support/browser-per-test.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { defenderExpectations } from './support/expectations.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import {
  READ_LIST,
  SELECT_ALL_ROWS,
  clickRowContaining,
  pressKey,
  typeInto,
  type ListLine,
} from './support/panel-dom.ts';
import { waitFor } from './support/wait.ts';

/**
 * A reload and a navigation of the inspected tab, as users make them with DevTools open: the errors
 * of every page are kept, as with the Network panel's "Preserve log", and a marker sits under the
 * errors of each page the tab loaded. The demo page fires its Defender errors as it loads.
 */
interface Opened extends OpenedPanel {
  page: { reload(): Promise<unknown>; goto(url: string): Promise<unknown> };
}

const expected = defenderExpectations();
const session = browserPerTest<Opened>();
const SECRET = 'tok-Zq81vXk3Lm0pWfR7';

async function listOf(b: Opened, findings: number): Promise<ListLine[]> {
  return waitFor(`${findings} errors in the list`, async () => {
    const lines = await b.evalInPanel<ListLine[]>(READ_LIST);
    return lines.filter((l) => l.line === 'finding').length >= findings ? lines : undefined;
  });
}

/** The lines cut at the markers: the errors of each page, newest page first, and the markers. */
function pages(lines: ListLine[]) {
  const blocks: ListLine[][] = [[]];
  const markers: Extract<ListLine, { line: 'page-change' }>[] = [];
  for (const line of lines) {
    if (line.line === 'finding') blocks.at(-1)!.push(line);
    else {
      markers.push(line);
      blocks.push([]);
    }
  }
  return { blocks, markers };
}

function expectEveryDefenderError(block: ListLine[]) {
  expect(block).toHaveLength(expected.length);
  for (const e of expected)
    expect(
      block.some((l) => l.text.includes(e.target.value)),
      e.id,
    ).toBe(true);
}

function stories(engine: string, open: (origin: string) => Promise<Opened>) {
  describe(`${engine}: findings across a reload and a navigation`, () => {
    it('keeps every error of every page in order, with a marker where the page changed', async () => {
      const origin = session.origin();
      const b = await session.open(() => open(origin));
      await b.showPanel();
      await listOf(b, expected.length);
      await b.page.reload();
      await listOf(b, 2 * expected.length);
      await b.page.goto(`${origin}/?fire=defender&access_token=${SECRET}`);
      await listOf(b, 3 * expected.length);
      // A late second report of any request (a read of the HAR log after the navigation) would come now.
      await new Promise((r) => setTimeout(r, 3500));
      const lines = await b.evalInPanel<ListLine[]>(READ_LIST);
      const { blocks, markers } = pages(lines);

      expect(markers.map((m) => m.kind)).toEqual(['navigate', 'reload', 'navigate']);
      expect(blocks.map((block) => block.length)).toEqual([
        expected.length,
        expected.length,
        expected.length,
        0,
      ]);
      blocks.slice(0, 3).forEach(expectEveryDefenderError);
      const [navigated, reloaded, first] = markers;
      expect(navigated?.text).toContain(`Navigated to ${origin}/?fire=defender&access_token=[REDACTED]`);
      expect(reloaded?.text).toContain(`Reloaded ${origin}/?fire=defender`);
      expect(first?.text).toContain(`Navigated to ${origin}/?fire=defender`);
      expect(lines.some((l) => l.text.includes(SECRET))).toBe(false);
      // Each marker names the group of the errors above it, for assistive technology.
      for (const m of markers) expect(m.group).toBe(m.text);

      // The keys pass over a marker: ArrowDown from the last error of the newest page selects the first
      // of the page before; End selects the oldest error, not the marker under it.
      const lastOfNewest = blocks[0]!.at(-1)!;
      expect(await b.evalInPanel<boolean>(clickRowContaining(lastOfNewest.text))).toBe(true);
      await b.evalInPanel(pressKey('ArrowDown'));
      const selected = async () =>
        (await b.evalInPanel<ListLine[]>(READ_LIST)).find((l) => l.line === 'finding' && l.selected);
      const seqOf = (line: ListLine | undefined) => (line?.line === 'finding' ? line.seq : undefined);
      await waitFor('ArrowDown to select the newest error of the page before', async () =>
        seqOf(await selected()) === seqOf(blocks[1]![0]) ? true : undefined,
      );
      await b.evalInPanel(pressKey('End'));
      await waitFor('End to select the oldest error', async () =>
        seqOf(await selected()) === seqOf(blocks[2]!.at(-1)) ? true : undefined,
      );

      expect(blocking(await b.evalInPanel<AxeViolation[]>(RUN_AXE))).toEqual([]);

      // Ctrl+A selects errors only: a marker is nothing to report or export.
      expect(await b.evalInPanel<number>(SELECT_ALL_ROWS)).toBe(3 * expected.length);
      // Filtered to one error of each page, each page keeps its marker; filtered to nothing, none stays.
      const one = expected[0]!.target.value;
      expect(await b.evalInPanel<boolean>(typeInto('filter', `id:${one}`))).toBe(true);
      const filtered = await waitFor('the filter to apply', async () => {
        const shown = await b.evalInPanel<ListLine[]>(READ_LIST);
        return shown.filter((l) => l.line === 'finding').length === 3 ? shown : undefined;
      });
      expect(filtered.map((l) => l.line)).toEqual([
        'finding',
        'page-change',
        'finding',
        'page-change',
        'finding',
        'page-change',
      ]);
      expect(await b.evalInPanel<boolean>(typeInto('filter', 'id:matches-nothing'))).toBe(true);
      await waitFor('no line at all', async () =>
        (await b.evalInPanel<ListLine[]>(READ_LIST)).length === 0 ? true : undefined,
      );
    });
  });
}

stories('Chromium', (origin) => launchChromiumWithDevtools(`${origin}/?fire=defender`));
stories('Firefox', async (origin) => {
  // The toolbox opened on the demo page, then the page that fires on load: as a user would.
  const b = await launchFirefoxWithDevtools(`${origin}/`, { toolId: 'inspector' });
  await b.page.goto(`${origin}/?fire=defender`);
  return b;
});
