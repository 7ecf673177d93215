import browser from 'webextension-polyfill';

export type Theme = 'light' | 'dark';

interface ThemeApi {
  themeName?: string;
  onThemeChanged?: {
    addListener(cb: (name: string) => void): void;
    removeListener(cb: (name: string) => void): void;
  };
}

function panelsApi(): ThemeApi | undefined {
  try {
    return browser.devtools.panels as unknown as ThemeApi;
  } catch {
    return undefined;
  }
}

function toTheme(name: string | undefined): Theme {
  if (name === 'dark') return 'dark';
  if (name === 'light' || name === 'default') return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** DevTools' own theme; Chrome names its light theme 'default', Firefox 'light'. */
export function currentTheme(): Theme {
  return toTheme(panelsApi()?.themeName);
}

/** Firefox tells when the theme changes; Chrome reloads extension panels when it does. */
export function onThemeChange(listener: (theme: Theme) => void): () => void {
  const event = panelsApi()?.onThemeChanged;
  if (!event) return () => undefined;
  const handler = (name: string) => listener(toTheme(name));
  event.addListener(handler);
  return () => event.removeListener(handler);
}
