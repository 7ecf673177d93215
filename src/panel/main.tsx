import { computed } from '@preact/signals';
import { render } from 'preact';
import type { HistoryStore } from '../core/history/record.ts';
import { openHistoryStore } from '../platform/history-idb.ts';
import { uiLanguage } from '../platform/language.ts';
import { inspectsPrivateWindow } from '../platform/private-window.ts';
import { awaitSession } from '../platform/session-bridge.ts';
import { currentTheme, onThemeChange } from '../platform/theme.ts';
import { App } from './app.tsx';
import { createErrorsTriage } from './errors-triage.ts';
import { createFindingsStore } from './findings-store.ts';
import { createHistoryState } from './history-state.ts';
import { createSources } from './import/sources.ts';
import { LocaleContext } from './locale.ts';
import { DICTIONARY } from '../i18n/dictionary.ts';
import { CatalogContext } from './packs/catalog-context.ts';
import { createPacksStore } from './packs/packs-store.ts';
import { createSettingsStore } from './settings-store.ts';

const root = document.documentElement;
root.dataset['theme'] = currentTheme();
onThemeChange((theme) => (root.dataset['theme'] = theme));

const [source, settings, history] = await Promise.all([
  awaitSession(),
  createSettingsStore(),
  // The panel reads the history; the devtools page writes it. A broken database must not take the
  // whole panel down: the history tab then says it is unavailable.
  openHistoryStore({}).catch((): HistoryStore | null => null),
]);

const locale = computed(() => {
  const chosen = settings.settings.value.language;
  const lang = chosen === 'auto' ? uiLanguage() : chosen;
  root.lang = lang;
  return { lang, t: DICTIONARY[lang] };
});

function Root() {
  return (
    <LocaleContext.Provider value={locale.value}>
      <CatalogContext.Provider value={packs.catalog.value}>
        <App
          sources={sources}
          history={historyState}
          settings={settings}
          packs={packs}
          privateWindow={privateWindow}
        />
      </CatalogContext.Provider>
    </LocaleContext.Provider>
  );
}

const packs = createPacksStore();
const findings = createFindingsStore(source);
const sources = createSources(
  { findings, ...createErrorsTriage(findings) },
  history,
  () => packs.enabled.value,
);
const historyState = history ? createHistoryState(history) : null;
const privateWindow = inspectsPrivateWindow();
render(<Root />, document.getElementById('app')!);
