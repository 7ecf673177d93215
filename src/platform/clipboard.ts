import type { Redacted } from '../core/redact/redacted.ts';

/**
 * Copies text from a click handler. DevTools panel frames often block `navigator.clipboard` by
 * permissions policy (cookie-editor #175, omnibug #105), so a selected textarea and execCommand,
 * allowed by the clipboardWrite permission, is the fallback. Resolves with the path that worked. Only
 * redacted text can be copied.
 */
export async function copyText(text: Redacted<string>): Promise<'clipboard' | 'fallback'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'clipboard';
  } catch (error) {
    if (copyWithSelection(text)) return 'fallback';
    // The panel words the refusal; the browser's own error says why, for the console.
    throw error;
  }
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const focused = document.activeElement as HTMLElement | null;
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
    focused?.focus();
  }
}
