/**
 * Expressions for the Errors view's filter and grouped view, evaluated inside the panel document in
 * Chromium and Firefox alike; they read data-testid and data-* hooks only.
 */
export interface PanelGroup {
  code: string;
  host: string;
  count: number;
  expanded: string | null;
  text: string;
}

export const READ_GROUPS = `[...document.querySelectorAll('[data-testid="group"]')].map((g) => ({
  code: g.dataset.code, host: g.dataset.host, count: Number(g.dataset.count),
  expanded: g.getAttribute('aria-expanded'), text: g.textContent,
}))`;

export const READ_FILTER = `(() => ({
  count: document.querySelector('[data-testid="filter-count"]')?.textContent ?? null,
  invalid: document.querySelector('[data-testid="filter-invalid"]')?.textContent ?? null,
  value: document.querySelector('[data-testid="filter"]')?.value ?? null,
  focused: document.activeElement?.dataset?.testid ?? document.activeElement?.getAttribute('role') ?? null,
}))()`;

/** Focuses the element with this role (listbox, tree, grid) as a click or Tab would. */
export function focusRole(role: string): string {
  return `(() => {
    const el = document.querySelector('[role="${role}"]');
    el?.focus();
    return document.activeElement === el;
  })()`;
}

/** The test id, text and data-* of the line the focused widget names as active (aria-activedescendant). */
export const READ_ACTIVE_LINE = `(() => {
  const id = document.activeElement?.getAttribute('aria-activedescendant');
  const line = id ? document.getElementById(id) : null;
  return line
    ? { testId: line.dataset.testid, text: line.textContent, expanded: line.getAttribute('aria-expanded'), rowIndex: line.getAttribute('aria-rowindex') }
    : null;
})()`;
