/**
 * Expressions evaluated inside the Faultline panel document, the same in Chromium and Firefox.
 * They read only the stable hooks (data-testid and data-* attributes), never styling.
 */
export interface PanelRow {
  code: string;
  status: string;
  family: string;
  host: string;
  text: string;
}

export interface PanelId {
  name: string;
  value: string;
}

export const READ_ROWS = `[...document.querySelectorAll('[data-testid="finding"]')].map((row) => ({
  code: row.dataset.code, status: row.dataset.status, family: row.dataset.family, host: row.dataset.host,
  text: row.textContent,
}))`;

export const READ_EMPTY_STATE = `document.querySelector('[data-testid="empty-state"]')?.textContent ?? null`;

export const READ_DETAIL = `(() => {
  const detail = document.querySelector('[data-testid="finding-detail"]');
  if (!detail) return null;
  return {
    text: detail.textContent,
    message: detail.querySelector('[data-testid="message"]')?.textContent ?? null,
    ids: [...detail.querySelectorAll('[data-testid="correlation-id"]')].map((el) => ({ name: el.dataset.name, value: el.textContent })),
  };
})()`;

export interface PanelAnnotation {
  meaning: string | null;
  remediation: string[];
  docs: string | null;
  hints: { kind: string; text: string }[];
  lang: string;
}

export const READ_ANNOTATION = `(() => {
  const detail = document.querySelector('[data-testid="finding-detail"]');
  if (!detail) return null;
  return {
    meaning: detail.querySelector('[data-testid="meaning"]')?.textContent ?? null,
    remediation: [...detail.querySelectorAll('[data-testid="remediation"] li')].map((li) => li.textContent),
    docs: detail.querySelector('a[data-testid="docs"]')?.getAttribute('href') ?? null,
    hints: [...detail.querySelectorAll('[data-testid="hint"]')].map((h) => ({ kind: h.dataset.kind, text: h.textContent })),
    lang: document.documentElement.lang,
  };
})()`;

export const READ_TOAST = `document.querySelector('[data-testid="toast"]')?.textContent ?? ''`;

export const READ_THEME = `document.documentElement.dataset.theme`;

/** Focuses and clicks the first row whose text contains `needle`, as a pointer does; returns whether one was found. */
export function clickRowContaining(needle: string, testId = 'finding'): string {
  return `(() => {
    const row = [...document.querySelectorAll('[data-testid="${testId}"]')]
      .find((r) => r.textContent.includes(${JSON.stringify(needle)}));
    row?.focus();
    row?.click();
    return Boolean(row);
  })()`;
}

export interface KeyModifiers {
  ctrlKey?: boolean;
  shiftKey?: boolean;
}

/** Sends a key to the focused element of the panel, as a keyboard user would. */
export function pressKey(key: string, modifiers: KeyModifiers = {}): string {
  const init = JSON.stringify({ key, bubbles: true, cancelable: true, ...modifiers });
  return `(() => {
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', ${init}));
    return document.activeElement?.dataset?.code ?? null;
  })()`;
}

/** Focuses the errors list and selects every row it shows with Ctrl+A; returns how many are selected. */
export const SELECT_ALL_ROWS = `(async () => {
  const list = document.querySelector('[role="listbox"]');
  list?.focus();
  list?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true, cancelable: true }));
  // Preact renders the change on its next turn.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return document.querySelectorAll('[data-testid="finding"][aria-selected="true"]').length;
})()`;

/**
 * Walks the errors list with the keyboard, one row at a time from Home, and returns everything the panel
 * showed on the way: its text and the titles and labels that surface on hover or to a screen reader.
 */
export function readShownWhileWalking(rows: number): string {
  return `(async () => {
    const list = document.querySelector('[role="listbox"]');
    list?.focus();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const key = (key) => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const seen = [];
    key('Home');
    for (let i = 0; i < ${rows}; i++) {
      await frame();
      seen.push(document.body.innerText);
      for (const el of document.querySelectorAll('[title],[aria-label]')) seen.push(el.title, el.getAttribute('aria-label') ?? '');
      key('ArrowDown');
    }
    return seen.join('\\n');
  })()`;
}

/** Clicks the element with this test id (the first, or the one inside the row containing `within`). */
export function clickTestId(testId: string, within?: string): string {
  return `(() => {
    const scope = ${within ? `[...document.querySelectorAll('[data-testid="history-entry"],[data-testid="history-detail"],[data-testid="finding-detail"],[data-testid="group-detail"]')].find((e) => e.textContent.includes(${JSON.stringify(within)}) && e.querySelector('[data-testid="${testId}"]'))` : 'document'};
    const el = scope?.querySelector('[data-testid="${testId}"]');
    if (!el || el.disabled) return false;
    el.click();
    return true;
  })()`;
}

/** Types into an input as a user would: value set, then an input event. */
export function typeInto(testId: string, text: string): string {
  return `(() => {
    const input = document.querySelector('[data-testid="${testId}"]');
    if (!input) return false;
    input.value = ${JSON.stringify(text)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  })()`;
}

/**
 * The history grid: its count, the rows its scroll bar is sized for (aria-rowcount, the header row
 * included), each row (with the primary id it shows) and the ids of the detail open.
 */
export const READ_HISTORY = `(() => ({
  count: document.querySelector('[data-testid="history-count"]')?.textContent ?? null,
  rowCount: document.querySelector('[data-testid="history-table"]')?.getAttribute('aria-rowcount') ?? null,
  entries: [...document.querySelectorAll('[data-testid="history-entry"]')].map((e) => ({
    id: e.dataset.id,
    code: e.dataset.code,
    status: e.dataset.status,
    selected: e.getAttribute('aria-selected') === 'true',
    ids: [...e.querySelectorAll('[data-testid="correlation-id"]')].map((id) => ({ name: id.dataset.name, value: id.textContent })),
  })),
  detail: (() => {
    const detail = document.querySelector('[data-testid="history-detail"]');
    return detail ? [...detail.querySelectorAll('[data-testid="correlation-id"]')].map((id) => ({ name: id.dataset.name, value: id.textContent })) : null;
  })(),
}))()`;

/** Everything the extension keeps: every IndexedDB database of its origin and storage.local, as text. */
export const DUMP_EXTENSION_STORAGE = `(async () => {
  const dump = { indexedDB: {}, storageLocal: await (globalThis.browser ?? chrome).storage.local.get(null) };
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    dump.indexedDB[name] = {};
    for (const store of db.objectStoreNames) {
      dump.indexedDB[name][store] = await new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
  }
  return JSON.stringify(dump);
})()`;

/** One line of the Errors list in document order: an error row or the marker where the page changed. */
export type ListLine =
  | { line: 'finding'; seq: string; selected: boolean; text: string }
  | { line: 'page-change'; kind: string; text: string; group: string | null };

export const READ_LIST = `[...document.querySelectorAll('[data-testid="finding"], [data-testid="page-change"]')].map((el) =>
  el.dataset.testid === 'finding'
    ? { line: 'finding', seq: el.dataset.seq, selected: el.getAttribute('aria-selected') === 'true', text: el.textContent }
    : { line: 'page-change', kind: el.dataset.kind, text: el.textContent,
        group: el.closest('[role="group"]')?.getAttribute('aria-label') ?? null })`;
