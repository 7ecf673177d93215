import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { preactTextOnly } from './scripts/preact-text-only.ts';

export const GECKO_ID = 'faultline@faultline.dev';

/**
 * manifest.json is the source of truth but for the version, which is package.json's (one number to bump);
 * Firefox gets its extra keys here and loses Chrome-only ones.
 */
function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const versioned = { ...manifest, version: packageJson.version };
  if (browser === 'chrome') return versioned as ManifestV3Export;
  const { minimum_chrome_version: _chromeOnly, ...common } = versioned;
  return {
    ...common,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions needs Firefox 140.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android has no DevTools; this only states the version that knows the keys above.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

export default defineConfig(({ command, mode }) => {
  // vite builds with the shell's NODE_ENV when one is set (development, or vitest's "test"): a development
  // bundle, with the Preact DevTools hook and this folder's absolute paths in it. A build is the store
  // package, whatever the shell of the user, CI or reviewer holds; vite reads NODE_ENV after this config.
  if (command === 'build') process.env['NODE_ENV'] = 'production';
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preactTextOnly(), preact(), crx({ manifest: manifestFor(browser), browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // The panel page is only named at run time by devtools.panels.create, so the bundler must be told.
      rollupOptions: { input: { panel: 'src/panel/panel.html' } },
      modulePreload: { polyfill: false },
    },
  };
});
