import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built manifests, as the browsers will read them: least privilege is a promise tested here. */
function built(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../dist/${browser}/manifest.json`), 'utf8'));
}

describe.each(['chrome', 'firefox'] as const)('dist/%s/manifest.json', (browser) => {
  const manifest = built(browser);

  it('is Manifest V3 with a DevTools page, named through _locales', () => {
    expect(manifest['manifest_version']).toBe(3);
    expect(manifest['name']).toBe('__MSG_extName__');
    expect(manifest['devtools_page']).toMatch(/\.html$/);
  });

  it('asks for no host access, no content scripts, no background and nothing beyond storage and clipboardWrite', () => {
    for (const key of ['host_permissions', 'optional_host_permissions', 'content_scripts', 'background']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    for (const key of ['web_accessible_resources', 'externally_connectable'])
      expect(manifest).not.toHaveProperty(key);
    expect(manifest['permissions']).toEqual(['storage', 'clipboardWrite']);
  });

  it('lets extension pages load nothing but their own scripts, styles and worker, and connect nowhere', () => {
    const csp = (manifest['content_security_policy'] as { extension_pages: string }).extension_pages;
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources.join(' ')];
      }),
    );
    // Everything is refused unless named: the panel's module scripts and stylesheet, and the worker
    // that reads an opened HAR file. No images, fonts, frames or connections.
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'worker-src': "'self'",
      'connect-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
  });
});

describe('the Firefox variant', () => {
  it('carries the gecko id, a minimum version and no data collection', () => {
    const gecko = (built('firefox')['browser_specific_settings'] as { gecko: Record<string, unknown> }).gecko;
    expect(gecko['id']).toBe('faultline@faultline.dev');
    expect(Number.parseFloat(String(gecko['strict_min_version']))).toBeGreaterThanOrEqual(140);
    expect(gecko['data_collection_permissions']).toEqual({ required: ['none'] });
  });
});
