import { useLocale } from '../locale.ts';
import type { Sources } from './sources.ts';

/**
 * Open HAR…, the switch between live capture and the opened file, and the file's progress. The file
 * input is real (keyboards, screen readers and automation reach it), hidden behind its label.
 */
export function SourceBar({ sources }: { sources: Sources }) {
  const { t } = useLocale();
  const text = t.import;
  const file = sources.imported.value;
  const showing = sources.showing.value;
  const state = file?.state.value;
  const progress = file?.progress.value;
  const source = (which: 'live' | 'file', label: string) => (
    <button
      type="button"
      class="source"
      aria-pressed={showing === which}
      data-testid={`source-${which}`}
      onClick={() => sources.show(which)}
    >
      {label}
    </button>
  );
  return (
    <div class="source-bar" data-testid="source-bar">
      <label class="open-har" title={text.openLabel}>
        {text.open}
        <input
          type="file"
          class="visually-hidden"
          accept=".har,.json,.gz,application/json"
          aria-label={text.openLabel}
          data-testid="open-har"
          onChange={(event) => {
            const input = event.currentTarget;
            const chosen = input.files?.[0];
            if (chosen) sources.open(chosen);
            // The same file chosen again is a new import.
            input.value = '';
          }}
        />
      </label>
      {file && (
        <span role="group" aria-label={text.sources} class="sources">
          {source('live', text.live)}
          {source('file', file.name)}
        </span>
      )}
      {file && progress && state?.kind === 'reading' && (
        <span class="import-progress" data-testid="import-progress">
          <progress max={progress.total || 1} value={progress.read} />
          <span aria-live="polite">{text.progress(progress)}</span>
          <button type="button" data-testid="import-cancel" onClick={file.cancel}>
            {text.cancel}
          </button>
        </span>
      )}
      {file && progress && state && state.kind !== 'reading' && (
        <span class="import-status" role="status" data-testid="import-status">
          {state.kind === 'done' && text.done(progress, state.malformed)}
          {state.kind === 'cancelled' && text.cancelled}
          {state.kind === 'failed' &&
            text.failed(state.problem ? t.har.problem(state.problem) : state.detail)}
        </span>
      )}
      {file && state?.kind === 'done' && sources.canAddToHistory && (
        <button
          type="button"
          data-testid="add-to-history"
          disabled={sources.added.value !== 'no'}
          onClick={() => void sources.addToHistory()}
        >
          {sources.added.value === 'no' && text.addToHistory}
          {sources.added.value === 'adding' && text.adding}
          {sources.added.value === 'yes' && text.added}
          {sources.added.value === 'failed' && text.addFailed}
        </button>
      )}
    </div>
  );
}
