import type { Redacted } from '../core/redact/redacted.ts';
import { copyText } from '../platform/clipboard.ts';
import { useLocale } from './locale.ts';
import { showToast } from './toast.ts';

interface Props {
  /** Computed on click, so the copied text is exactly what is current; redacted, or it cannot be copied. */
  text: () => Redacted<string>;
  label: string;
  testId: string;
  title?: string;
  disabled?: boolean;
}

/** One click copies; the toast says it worked, and how, or why not. */
export function CopyButton({ text, label, testId, title, disabled = false }: Props) {
  const { t } = useLocale();
  const onClick = async (event: MouseEvent) => {
    event.stopPropagation();
    try {
      const how = await copyText(text());
      showToast(how === 'clipboard' ? t.copy.copied : t.copy.copiedFallback);
    } catch {
      showToast(t.copy.failed, true);
    }
  };
  return (
    <button
      type="button"
      class="copy-button"
      data-testid={testId}
      title={title ?? label}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
