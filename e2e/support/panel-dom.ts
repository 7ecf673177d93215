/**
 * Expressions evaluated inside the Faultline panel document, the same in Chromium and Firefox.
 * They read only the stable hooks (data-testid and data-* attributes), never styling.
 */
export interface PanelRow {
  code: string;
  status: string;
  family: string;
  text: string;
}

export interface PanelId {
  name: string;
  value: string;
}

export const READ_ROWS = `[...document.querySelectorAll('[data-testid="finding"]')].map((row) => ({
  code: row.dataset.code, status: row.dataset.status, family: row.dataset.family, text: row.textContent,
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

export const READ_THEME = `document.documentElement.dataset.theme`;

/** Focuses and clicks the first row whose text contains `needle`, as a pointer does; returns whether one was found. */
export function clickRowContaining(needle: string): string {
  return `(() => {
    const row = [...document.querySelectorAll('[data-testid="finding"]')]
      .find((r) => r.textContent.includes(${JSON.stringify(needle)}));
    row?.focus();
    row?.click();
    return Boolean(row);
  })()`;
}

/** Sends a key to the focused element of the panel, as a keyboard user would. */
export function pressKey(key: string): string {
  return `(() => {
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }));
    return document.activeElement?.dataset?.code ?? null;
  })()`;
}
