import { useSignal } from '@preact/signals';
import type { PackState } from '../../core/packs/pack-set.ts';
import type { PackProblem } from '../../core/packs/validate-pack.ts';
import { useLocale } from '../locale.ts';
import type { PackWords } from '../../i18n/pack-words.ts';
import './packs.css';
import type { ImportOutcome, PacksStore } from './packs-store.ts';

/** Settings → Packs: import (file input or drop), then each pack with what it holds, on/off, export, remove. */
export function PacksView({ store }: { store: PacksStore }) {
  const { t } = useLocale();
  const text = t.packs;
  const over = useSignal(false);
  const states = store.states.value;
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void store.importFile(file);
  };
  return (
    <section class="packs" aria-labelledby="packs-heading" data-testid="packs">
      <h2 id="packs-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      <div
        class="pack-drop"
        data-testid="pack-drop"
        data-dropping={over.value || undefined}
        onDragOver={(event) => {
          if (!event.dataTransfer?.types.includes('Files')) return;
          event.preventDefault();
          event.stopPropagation();
          over.value = true;
        }}
        onDragLeave={() => (over.value = false)}
        onDrop={(event) => {
          // A pack dropped here is a pack, not a HAR for the panel-wide drop zone.
          event.preventDefault();
          event.stopPropagation();
          over.value = false;
          take(event.dataTransfer?.files);
        }}
      >
        <label class="button">
          {text.choose}
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            data-testid="pack-file"
            onChange={(event) => {
              const input = event.currentTarget;
              take(input.files);
              input.value = '';
            }}
          />
        </label>{' '}
        <span>{text.dropHere}</span>
      </div>
      <Outcome outcome={store.outcome.value} text={text} />
      {states.length === 0 ? (
        <p data-testid="no-packs">{text.none}</p>
      ) : (
        <ul class="pack-list" aria-label={text.list}>
          {states.map((state) => (
            <PackRow key={state.stored.name} state={state} store={store} text={text} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PackRow({ state, store, text }: { state: PackState; store: PacksStore; text: PackWords }) {
  const { name, enabled } = state.stored;
  return (
    <li class="pack" data-testid="pack" data-pack={name}>
      <label>
        <input
          type="checkbox"
          checked={enabled}
          data-testid="pack-enabled"
          onChange={(event) => void store.setEnabled(name, event.currentTarget.checked)}
        />
        {text.enabled}
      </label>{' '}
      <strong data-testid="pack-name">{name}</strong>
      {state.ok ? (
        <dl class="pack-summary">
          <dt>{text.families}</dt>
          <dd data-testid="pack-families">
            {state.summary.families.map((f) => `${f.label} (${f.id})`).join(', ') || '–'}
          </dd>
          <dt>{text.codes}</dt>
          <dd data-testid="pack-codes">{state.summary.codes}</dd>
          <dt>{text.languages}</dt>
          <dd data-testid="pack-languages">{state.summary.languages.join(', ') || '–'}</dd>
        </dl>
      ) : (
        <>
          <p role="alert">{text.storedProblems(state.problems.length)}</p>
          <Problems problems={state.problems} />
        </>
      )}
      <button type="button" data-testid="pack-export" onClick={() => store.exportPack(name)}>
        {text.export}
      </button>{' '}
      <button type="button" data-testid="pack-remove" onClick={() => void store.remove(name)}>
        {text.remove}
      </button>
    </li>
  );
}

function Outcome({ outcome, text }: { outcome: ImportOutcome | null; text: PackWords }) {
  if (outcome === null) return null;
  const line = (message: string, alert = true) => (
    <p role={alert ? 'alert' : 'status'} data-testid="pack-outcome" data-outcome={outcome.kind}>
      {message}
    </p>
  );
  switch (outcome.kind) {
    case 'added':
      return line(text.added(outcome.name), false);
    case 'full':
      return line(text.full);
    case 'unreadable':
      return line(text.unreadable(outcome.file));
    case 'too-large':
      return line(text.tooLarge(outcome.file));
    case 'refused':
      return (
        <>
          {line(text.refused(outcome.file, outcome.problems.length))}
          <Problems problems={outcome.problems} />
        </>
      );
  }
}

function Problems({ problems }: { problems: PackProblem[] }) {
  const { t } = useLocale();
  return (
    <ul class="pack-problems" data-testid="pack-problems">
      {problems.map((problem, i) => (
        <li key={i}>
          <code>{problem.pointer || '/'}</code> {t.packs.issue(problem.issue)}
        </li>
      ))}
    </ul>
  );
}
