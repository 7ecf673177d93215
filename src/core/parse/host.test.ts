import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf } from './host.ts';

/** The pattern hostOf replaced, kept as the definition it must agree with. */
const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]/?#]*\]|[^/?#:]*)/i;
const byPattern = (url: string) => HOST.exec(url)?.[1]?.toLowerCase() ?? '';

describe('hostOf', () => {
  it.each([
    ['https://Graph.Microsoft.com/v1.0/me', 'graph.microsoft.com'],
    ['https://user:pw@api.example.com:8443/x', 'api.example.com'],
    ['http://[::1]:8080/x', '[::1]'],
    ['http://[::1/x', '['],
    ['https://a@b@host/x', 'b@host'],
    ['HTTPS://X.COM?q', 'x.com'],
    ['git+ssh://host.example/repo', 'host.example'],
    ['mailto:someone@example.com', ''],
    ['/relative/path', ''],
    ['1http://x', ''],
    ['https:/x', ''],
    ['', ''],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
    expect(byPattern(url)).toBe(host);
  });

  it('agrees with the pattern on any text built from URL pieces', () => {
    const piece = fc.constantFrom(
      'https',
      'HTTP',
      'a+b.c-d',
      '1a',
      ':',
      '//',
      '/',
      '?',
      '#',
      '@',
      '[',
      ']',
      ':8080',
      'Host.Example',
      'user',
      'x',
      '',
      'é',
      ' ',
      '%40',
      '.',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const url = pieces.join('');
        expect(hostOf(url)).toBe(byPattern(url));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (url) => {
        expect(hostOf(url)).toBe(byPattern(url));
      }),
    );
  });
});
