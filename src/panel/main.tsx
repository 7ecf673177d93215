import { render } from 'preact';
import { uiLanguage } from '../platform/language.ts';
import { awaitSession } from '../platform/session-bridge.ts';
import { currentTheme, onThemeChange } from '../platform/theme.ts';
import { App } from './app.tsx';
import { createFindingsStore } from './findings-store.ts';
import { LocaleContext } from './locale.ts';
import { MESSAGES } from './messages.ts';

const root = document.documentElement;
root.dataset['theme'] = currentTheme();
onThemeChange((theme) => (root.dataset['theme'] = theme));
const lang = uiLanguage();
root.lang = lang;

void awaitSession().then((source) => {
  render(
    <LocaleContext.Provider value={{ lang, t: MESSAGES[lang] }}>
      <App store={createFindingsStore(source)} />
    </LocaleContext.Provider>,
    document.getElementById('app')!,
  );
});
