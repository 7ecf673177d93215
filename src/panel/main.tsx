import { render } from 'preact';
import { awaitSession } from '../platform/session-bridge.ts';
import { currentTheme, onThemeChange } from '../platform/theme.ts';
import { App } from './app.tsx';
import { createFindingsStore } from './findings-store.ts';

const root = document.documentElement;
root.dataset['theme'] = currentTheme();
onThemeChange((theme) => (root.dataset['theme'] = theme));

void awaitSession().then((source) => {
  render(<App store={createFindingsStore(source)} />, document.getElementById('app')!);
});
