import { useSignal } from '@preact/signals';
import { ErrorsView } from './errors-view.tsx';
import type { HistoryState } from './history-state.ts';
import { HistoryView } from './history-view.tsx';
import { DropZone } from './import/drop-zone.tsx';
import { SourceBar } from './import/source-bar.tsx';
import type { Sources } from './import/sources.ts';
import { useLocale } from './locale.ts';
import { exportRecords, recordItem, reportOf } from './reports.ts';
import type { PacksStore } from './packs/packs-store.ts';
import type { SettingsStore } from './settings-store.ts';
import { SettingsView } from './settings-view.tsx';
import { ToastView } from './toast-view.tsx';

interface Props {
  /** Live capture or an opened HAR file: the errors view shows the one chosen. */
  sources: Sources;
  history: HistoryState | null;
  settings: SettingsStore;
  packs: PacksStore;
  /** DevTools inspects a private window: its errors are recorded only if the user opted in. */
  privateWindow: boolean;
}

type View = 'errors' | 'history' | 'settings';

export function App({ sources, history, settings, packs, privateWindow }: Props) {
  const { t } = useLocale();
  const source = sources.current.value;
  const { findings } = source;
  const view = useSignal<View>('errors');
  const format = settings.settings.value.reportFormat;
  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      class="tab"
      aria-selected={view.value === id}
      data-testid={`${id}-tab`}
      onClick={() => {
        view.value = id;
        if (id === 'history') void history?.reload();
      }}
    >
      {label}
    </button>
  );
  return (
    <DropZone sources={sources}>
      <header class="toolbar">
        <strong class="brand">Faultline</strong>
        <nav class="tabs" role="tablist" aria-label={t.tabs.label}>
          {tab('errors', t.tabs.errors(findings.entries.value.length))}
          {tab('history', t.tabs.history)}
          {tab('settings', t.tabs.settings)}
        </nav>
        <ToastView />
      </header>
      <main class="view" aria-labelledby="view-heading">
        <h1 id="view-heading" class="visually-hidden">
          {t.headings[view.value]}
        </h1>
        {view.value === 'errors' && <SourceBar sources={sources} />}
        {view.value === 'errors' && <ErrorsView store={findings} triage={source} reportFormat={format} />}
        {view.value === 'history' && privateWindow && !settings.settings.value.recordPrivate && (
          <p class="notice" data-testid="private-notice">
            {t.history.notRecorded}
          </p>
        )}
        {view.value === 'history' &&
          (history ? (
            <HistoryView
              state={history}
              report={(records) => reportOf(records.map(recordItem), format)}
              exportAs={(kind, records) => void exportRecords(kind, records, history)}
            />
          ) : (
            <p class="notice" role="alert" data-testid="history-unavailable">
              {t.history.unavailable}
            </p>
          ))}
        {view.value === 'settings' && <SettingsView store={settings} packs={packs} />}
      </main>
    </DropZone>
  );
}
