import { describe, expect, it } from 'vitest';
import { browserPerTest, type OpenedPanel } from './support/browser-per-test.ts';
import { launchChromiumWithDevtools } from './support/chromium.ts';
import { fireDemo, type DemoPage } from './support/demo.ts';
import { launchFirefoxWithDevtools } from './support/firefox.ts';
import {
  READ_DETAIL,
  READ_HISTORY,
  READ_ROWS,
  clickTestId,
  pressKey,
  typeInto,
  type PanelRow,
} from './support/panel-dom.ts';
import {
  READ_ACTIVE_LINE,
  READ_FILTER,
  READ_GROUPS,
  focusRole,
  type PanelGroup,
} from './support/triage-dom.ts';
import { engineFindings as findingsServed, matching } from './support/triage-findings.ts';
import { waitFor } from './support/wait.ts';

interface Opened extends OpenedPanel {
  page: DemoPage;
  readClipboard(): Promise<string>;
}

interface HistoryView {
  count: string | null;
  rowCount: string | null;
  entries: { id: string; selected: boolean }[];
  detail: unknown[] | null;
}

const session = browserPerTest<Opened>();

const engineFindings = () => findingsServed([session.origin()]);

async function rowsWhen(b: Opened, what: string, ok: (rows: PanelRow[]) => boolean): Promise<PanelRow[]> {
  return waitFor(what, async () => {
    const rows = await b.evalInPanel<PanelRow[]>(READ_ROWS);
    return ok(rows) ? rows : undefined;
  });
}

function triageStories(engine: string, open: (url: string) => Promise<Opened>) {
  describe(`triage of the demo's errors in ${engine}`, () => {
    it('filters by status, negation, host, free text and id with the engine’s counts, and groups them', async () => {
      const findings = engineFindings();
      const total = findings.length;
      const b = await session.open(() => open(`${session.origin()}/`));
      await fireDemo(b.page, 'all');
      await b.showPanel();
      await rowsWhen(b, `${total} rows`, (rows) => rows.length === total);
      const firstId = findings.find((f) => f.correlationIds.length > 0)!.correlationIds[0]!.value;
      const filters = [
        'status:429',
        'status:5xx',
        '-status:4xx',
        `host:${new URL(session.origin()).hostname}`,
        '-host:127.*',
        'host:*.contoso.com',
        'not found',
        'status:4xx -graph',
        `id:${firstId}`,
        firstId.slice(1, -1),
      ];
      for (const filter of filters) {
        const expected = matching(findings, filter);
        if (!filter.startsWith('host:') && !filter.startsWith('-host:'))
          expect(expected.length, `${filter} tells errors apart`).toBeGreaterThan(0);
        expect(await b.evalInPanel<boolean>(typeInto('filter', filter))).toBe(true);
        const rows = await rowsWhen(
          b,
          `${expected.length} rows for ${filter}`,
          (r) => r.length === expected.length,
        );
        expect(rows.map((r) => `${r.status} ${r.code}`).sort(), filter).toEqual(
          expected.map((f) => `${f.status} ${f.code ?? ''}`).sort(),
        );
        if (expected.length > 0) expect(rows.every((r) => r.host === '127.0.0.1')).toBe(true);
        expect((await b.evalInPanel<{ count: string }>(READ_FILTER)).count).toBe(
          `${expected.length} of ${total} errors`,
        );
      }

      // An invalid term is shown as such and filters nothing.
      expect(await b.evalInPanel<boolean>(typeInto('filter', 'status:abc'))).toBe(true);
      await rowsWhen(b, 'every row under an invalid term', (r) => r.length === total);
      expect((await b.evalInPanel<{ invalid: string }>(READ_FILTER)).invalid).toContain('status:abc');

      // Escape in the box clears it; Ctrl+F from the list comes back to it.
      expect(await b.evalInPanel<boolean>(typeInto('filter', 'status:5xx'))).toBe(true);
      const fivexx = matching(findings, 'status:5xx').length;
      await rowsWhen(b, '5xx rows', (r) => r.length === fivexx);
      await b.evalInPanel(`document.querySelector('[data-testid="filter"]').focus()`);
      await b.evalInPanel(pressKey('Escape'));
      await rowsWhen(b, 'every row after Escape', (r) => r.length === total);
      expect((await b.evalInPanel<{ value: string }>(READ_FILTER)).value).toBe('');
      expect(await b.evalInPanel<boolean>(focusRole('listbox'))).toBe(true);
      await b.evalInPanel(pressKey('f', { ctrlKey: true }));
      expect((await b.evalInPanel<{ focused: string }>(READ_FILTER)).focused).toBe('filter');

      // Arrows and Enter in the list.
      expect(await b.evalInPanel<boolean>(focusRole('listbox'))).toBe(true);
      await b.evalInPanel(pressKey('Enter'));
      await b.evalInPanel(pressKey('ArrowDown'));
      const rows = await b.evalInPanel<PanelRow[]>(READ_ROWS);
      const active = await waitFor('the second row active', async () => {
        const line = await b.evalInPanel<{ text: string } | null>(READ_ACTIVE_LINE);
        return line?.text === rows[1]?.text ? line : undefined;
      });
      expect(active.text).toBe(rows[1]!.text);
      await waitFor('its detail', () => b.evalInPanel(READ_DETAIL));

      // The grouped view: one group per code × host, counts adding up to the rows.
      expect(await b.evalInPanel<boolean>(clickTestId('view-groups'))).toBe(true);
      const groups = await waitFor('the groups', async () => {
        const found = await b.evalInPanel<PanelGroup[]>(READ_GROUPS);
        return found.length > 0 ? found : undefined;
      });
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(total);
      const byKey = new Map<string, number>();
      for (const f of findings) {
        const key = `${(f.code ?? '').toLowerCase()} ${new URL(f.url).hostname}`;
        byKey.set(key, (byKey.get(key) ?? 0) + 1);
      }
      expect(new Map(groups.map((g) => [`${g.code.toLowerCase()} ${g.host}`, g.count]))).toEqual(byKey);
      expect(groups.map((g) => g.count)).toEqual([...groups.map((g) => g.count)].sort((x, y) => y - x));

      // The same filter applies to the groups.
      expect(await b.evalInPanel<boolean>(typeInto('filter', 'status:4xx'))).toBe(true);
      const fourxx = matching(findings, 'status:4xx').length;
      const filtered = await waitFor('the 4xx groups', async () => {
        const found = await b.evalInPanel<PanelGroup[]>(READ_GROUPS);
        return found.reduce((n, g) => n + g.count, 0) === fourxx ? found : undefined;
      });
      expect(filtered.length).toBeLessThan(groups.length);

      // Keyboard: ArrowDown to the first group, → opens it, ↓ goes to its first error, ← back.
      expect(await b.evalInPanel<boolean>(focusRole('tree'))).toBe(true);
      await b.evalInPanel(pressKey('ArrowDown'));
      await b.evalInPanel(pressKey('ArrowRight'));
      const first = filtered[0]!;
      const opened = await rowsWhen(b, 'the errors of the first group', (r) => r.length === first.count);
      expect(opened.every((r) => r.code === first.code && r.host === first.host)).toBe(true);
      expect((await b.evalInPanel<PanelGroup[]>(READ_GROUPS))[0]!.expanded).toBe('true');
      await b.evalInPanel(pressKey('ArrowRight'));
      await waitFor('an error of the group active', async () =>
        (await b.evalInPanel<{ testId: string } | null>(READ_ACTIVE_LINE))?.testId === 'finding'
          ? true
          : undefined,
      );
      await waitFor('its detail', () => b.evalInPanel(READ_DETAIL));
      await b.evalInPanel(pressKey('ArrowLeft'));
      await waitFor('the group active again', async () =>
        (await b.evalInPanel<{ testId: string } | null>(READ_ACTIVE_LINE))?.testId === 'group'
          ? true
          : undefined,
      );

      // The group's one report carries the ids of all its errors.
      const ids = matching(findings, 'status:4xx')
        .filter((f) => (f.code ?? '').toLowerCase() === first.code.toLowerCase())
        .flatMap((f) => f.correlationIds.map((id) => id.value));
      expect(
        await waitFor('the group report button', () =>
          b.evalInPanel<boolean>(clickTestId('copy-group-report')),
        ),
      ).toBe(true);
      const report = await waitFor('the group report on the clipboard', async () => {
        const text = await b.readClipboard();
        return text.includes(`of ${first.count}`) || first.count === 1 ? text : undefined;
      });
      for (const id of ids) expect(report).toContain(id);

      await b.evalInPanel(pressKey('Enter'));
      expect(await rowsWhen(b, 'the group folded', (r) => r.length === 0)).toEqual([]);

      // Back in the list, the filter applies to errors as they arrive.
      expect(await b.evalInPanel<boolean>(clickTestId('view-groups'))).toBe(true);
      expect(await b.evalInPanel<boolean>(typeInto('filter', 'status:5xx'))).toBe(true);
      await rowsWhen(b, '5xx rows', (r) => r.length === fivexx);
      await fireDemo(b.page, 'all');
      await rowsWhen(b, 'the new 5xx rows', (r) => r.length === 2 * fivexx);
      await waitFor('the count of both rounds', async () =>
        (await b.evalInPanel<{ count: string }>(READ_FILTER)).count === `${2 * fivexx} of ${2 * total} errors`
          ? true
          : undefined,
      );
    });

    it('tells hosts apart: the demo API called as 127.0.0.1, localhost and api.localhost, counted per host', async () => {
      const port = new URL(session.origin()).port;
      const others = [`http://localhost:${port}`, `http://api.localhost:${port}`];
      const findings = findingsServed([session.origin(), ...others]);
      const total = findings.length;
      const b = await session.open(() => open(`${session.origin()}/`));
      await fireDemo(b.page, 'all', ['', ...others]);
      await b.showPanel();
      await rowsWhen(b, `${total} rows`, (rows) => rows.length === total);
      const perHost: [string, string][] = [
        ['host:127.0.0.1', '127.0.0.1'],
        ['host:localhost', 'localhost'],
        ['host:*.localhost', 'api.localhost'],
        ['-host:*localhost', '127.0.0.1'],
      ];
      for (const [filter, host] of perHost) {
        const expected = matching(findings, filter);
        expect(expected.length, filter).toBeGreaterThan(0);
        expect(expected.length, filter).toBeLessThan(total / 2);
        expect(await b.evalInPanel<boolean>(typeInto('filter', filter))).toBe(true);
        const rows = await rowsWhen(
          b,
          `${expected.length} rows for ${filter}`,
          (r) => r.length === expected.length && r.every((row) => row.host === host),
        );
        expect(rows.map((r) => `${r.status} ${r.code}`).sort(), filter).toEqual(
          expected.map((f) => `${f.status} ${f.code ?? ''}`).sort(),
        );
        expect((await b.evalInPanel<{ count: string }>(READ_FILTER)).count).toBe(
          `${expected.length} of ${total} errors`,
        );
      }
      // The groups of all three hosts add up to every row, each host's to its own count.
      expect(await b.evalInPanel<boolean>(typeInto('filter', ''))).toBe(true);
      expect(await b.evalInPanel<boolean>(clickTestId('view-groups'))).toBe(true);
      const groups = await waitFor('the groups of three hosts', async () => {
        const shown = await b.evalInPanel<PanelGroup[]>(READ_GROUPS);
        return shown.reduce((n, g) => n + g.count, 0) === total ? shown : undefined;
      });
      for (const [filter, host] of perHost.slice(0, 3)) {
        const inGroups = groups.filter((g) => g.host === host).reduce((n, g) => n + g.count, 0);
        expect(inGroups, host).toBe(matching(findings, filter).length);
      }
    });

    it('reads the history as a table the filter narrows and the keyboard scrolls to its last record', async () => {
      const findings = engineFindings();
      const rounds = 3;
      const total = rounds * findings.length;
      const b = await session.open(() => open(`${session.origin()}/`));
      for (let i = 0; i < rounds; i++) await fireDemo(b.page, 'all');
      await b.showPanel();
      await waitFor('the History tab', () => b.evalInPanel<boolean>(clickTestId('history-tab')));
      const first = await waitFor(`${total} records stored`, async () => {
        const view = await b.evalInPanel<HistoryView>(READ_HISTORY);
        return view.count?.endsWith(`of ${total} records`) ? view : undefined;
      });
      // More records than one page, counted at once: the scroll bar is sized for all of them while the
      // rest come as the table scrolls, never through a button.
      expect(first.count).toBe(`${total} of ${total} records`);
      expect(first.rowCount).toBe(String(total + 1));
      expect(await b.evalInPanel<boolean>(clickTestId('history-more'))).toBe(false);

      for (const filter of [
        'status:5xx',
        '-status:4xx',
        'status:4xx -host:127.*',
        `host:127.0.0.1 status:429`,
      ]) {
        const expected = rounds * matching(findings, filter).length;
        expect(await b.evalInPanel<boolean>(typeInto('history-search', filter))).toBe(true);
        await waitFor(`${expected} records for ${filter}`, async () => {
          const view = await b.evalInPanel<HistoryView>(READ_HISTORY);
          return view.count === `${expected} of ${total} records` ? view : undefined;
        });
      }
      expect(await b.evalInPanel<boolean>(typeInto('history-search', ''))).toBe(true);
      await waitFor(
        'every record again',
        async () => (await b.evalInPanel<HistoryView>(READ_HISTORY)).count === first.count || undefined,
      );

      // End, and End again as pages arrive, reaches the very last record.
      expect(await b.evalInPanel<boolean>(focusRole('grid'))).toBe(true);
      const last = await waitFor('the last record active', async () => {
        await b.evalInPanel(pressKey('End'));
        const line = await b.evalInPanel<{ rowIndex: string | null } | null>(READ_ACTIVE_LINE);
        const view = await b.evalInPanel<HistoryView>(READ_HISTORY);
        return view.count === `${total} of ${total} records` && line?.rowIndex === String(total + 1)
          ? view
          : undefined;
      });
      expect(last.detail).not.toBeNull();
      // Shift+ArrowUp selects two; their combined report names both.
      await b.evalInPanel(pressKey('ArrowUp', { shiftKey: true }));
      await waitFor(
        'two selected',
        async () =>
          (await b.evalInPanel<HistoryView>(READ_HISTORY)).entries.filter((e) => e.selected).length === 2 ||
          undefined,
      );
      expect(await b.evalInPanel<boolean>(clickTestId('copy-selected-report'))).toBe(true);
      const report = await waitFor('the two records’ report', async () => {
        const text = await b.readClipboard();
        return text.includes('of 2') ? text : undefined;
      });
      expect(report).toContain('Error 2 of 2');
    });
  });
}

triageStories('Chromium', async (url) => {
  const chromium = await launchChromiumWithDevtools(url);
  return {
    ...chromium,
    async readClipboard() {
      await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: session.origin(),
      });
      await chromium.page.bringToFront();
      return chromium.page.evaluate(() => navigator.clipboard.readText());
    },
  };
});

triageStories('Firefox', (url) => launchFirefoxWithDevtools(url));
