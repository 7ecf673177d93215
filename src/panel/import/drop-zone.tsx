import type { ComponentChildren } from 'preact';
import { useSignal } from '@preact/signals';
import { useLocale } from '../locale.ts';
import type { Sources } from './sources.ts';

/** The whole panel takes a dropped HAR file, as DevTools' Network panel does. */
export function DropZone({ sources, children }: { sources: Sources; children: ComponentChildren }) {
  const { t } = useLocale();
  const over = useSignal(false);
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
  return (
    <div
      class="app"
      data-dropping={over.value || undefined}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        over.value = true;
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) over.value = false;
      }}
      onDrop={(event) => {
        over.value = false;
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        sources.open(file);
      }}
    >
      {children}
      {over.value && (
        <div class="drop-hint" aria-hidden="true">
          {t.import.dropHere}
        </div>
      )}
    </div>
  );
}
