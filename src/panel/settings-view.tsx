import { MAX_HISTORY_CAP } from '../core/history/record.ts';
import type { Settings } from '../core/session/settings.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { useLocale } from './locale.ts';
import type { PacksStore } from './packs/packs-store.ts';
import { PacksView } from './packs/packs-view.tsx';
import type { SettingsStore } from './settings-store.ts';

export function SettingsView({ store, packs }: { store: SettingsStore; packs: PacksStore }) {
  const { t } = useLocale();
  const s = store.settings.value;
  return (
    <>
      <form class="settings" data-testid="settings" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.settings.historyCap}
          <input
            type="number"
            min={100}
            max={MAX_HISTORY_CAP}
            step={100}
            value={s.historyCap}
            data-testid="setting-history-cap"
            onChange={(e) => store.set('historyCap', Number((e.currentTarget as HTMLInputElement).value))}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={s.recordPrivate}
            data-testid="setting-record-private"
            onChange={(e) => store.set('recordPrivate', (e.currentTarget as HTMLInputElement).checked)}
          />
          {t.settings.recordPrivate}
        </label>
        <label>
          {t.settings.reportFormat}
          <select
            value={s.reportFormat}
            data-testid="setting-report-format"
            onChange={(e) =>
              store.set(
                'reportFormat',
                (e.currentTarget as HTMLSelectElement).value as Settings['reportFormat'],
              )
            }
          >
            <option value="text">{t.settings.text}</option>
            <option value="markdown">Markdown</option>
          </select>
        </label>
        <label>
          {t.settings.language}
          <select
            value={s.language}
            data-testid="setting-language"
            onChange={(e) =>
              store.set('language', (e.currentTarget as HTMLSelectElement).value as Settings['language'])
            }
          >
            <option value="auto">{t.settings.auto}</option>
            {Object.entries(LANGUAGE_NAMES).map(([lang, name]) => (
              <option key={lang} value={lang} lang={lang}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <PacksView store={packs} />
    </>
  );
}
