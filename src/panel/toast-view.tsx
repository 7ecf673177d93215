import { toast } from './toast.ts';

export function ToastView() {
  const current = toast.value;
  return (
    <div
      class={`toast${current?.error ? ' toast-error' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="toast"
    >
      {current?.text ?? ''}
    </div>
  );
}
