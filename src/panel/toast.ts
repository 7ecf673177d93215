import { signal } from '@preact/signals';

/** The one line that tells the user an action worked (or why not); it fades after a few seconds. */
export const toast = signal<{ text: string; error: boolean } | null>(null);

let timer: ReturnType<typeof setTimeout> | undefined;

export function showToast(text: string, error = false): void {
  toast.value = { text, error };
  clearTimeout(timer);
  timer = setTimeout(() => (toast.value = null), 4000);
}
