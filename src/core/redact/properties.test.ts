import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANARIES } from './canaries.ts';
import {
  PLACEHOLDER,
  redactBody,
  redactExchange,
  redactHeaders,
  redactJsonText,
  redactJsonTextWithMarks,
  redactText,
  redactTextWithMarks,
  redactUrl,
} from './redact.ts';

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Pieces that meet the rules halfway: names, token starts, placeholders, separators. */
const PIECES = [
  ...(
    'password code state token key sig sv sp access%5Ftoken user[password] Bearer basic Authorization ' +
    'Cookie https:// http://u:p@h eyJhbGciOiJIUzI1NiJ9 eyJ ewogIC AKIA AIza sk_live_ sk- xoxb- ghp_ ' +
    'github_pat_ Q~ ' +
    '<SessionToken> </SessionToken> <Code> realm= abcdefghij ABCDEFGHIJKLMNOP 0123456789 %3D %26 %2'
  ).split(' '),
  '-----BEGIN PRIVATE KEY',
  '-----END PRIVATE KEY-----',
  PLACEHOLDER,
  '[TRUNCATED 1 characters]',
  ...'.=:&?#;,/@%+-_~"\'<>[]{}()\\ \n\t\r'.split(''),
];
const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.constantFrom(...CANARIES.map((c) => c.text)),
  fc.string({ unit: 'binary-ascii', maxLength: 4 }),
  fc.string({ unit: codeUnit, maxLength: 2 }),
);
/** Strings where rules meet, overlap and abut: where idempotence is hard. */
const tricky = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const json = fc.jsonValue({ maxDepth: 4, stringUnit: piece });

/** Every kept stretch of the output is in the input, in order: redaction only replaces, never rewrites. */
function keptInOrder(
  input: string,
  output: string,
  marks: readonly { start: number; end: number }[],
): boolean {
  const stretches: string[] = [];
  let from = 0;
  for (const mark of marks) {
    stretches.push(output.slice(from, mark.start));
    from = mark.end;
  }
  stretches.push(output.slice(from));
  let at = 0;
  for (const stretch of stretches) {
    const found = input.indexOf(stretch, at);
    if (found === -1) return false;
    at = found + stretch.length;
  }
  return true;
}

describe('properties', () => {
  it('text redaction is idempotent', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        const once = redactText(s);
        expect(redactText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('URL redaction is idempotent', () => {
    const param = fc.tuple(fc.constantFrom(...PIECES.slice(0, 10), 'X-Amz-Signature'), tricky);
    const encode = (value: string) => encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ''));
    const query = (list: [string, string][]) => list.map(([k, v]) => `${k}=${encode(v)}`).join('&');
    const url = fc
      .tuple(fc.webUrl(), fc.array(param, { maxLength: 5 }), fc.array(param, { maxLength: 3 }))
      .map(([base, search, fragment]) => `${base}?${query(search)}#${query(fragment)}`);
    fc.assert(
      fc.property(url, (u) => {
        const once = redactUrl(u);
        expect(redactUrl(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('JSON redaction is idempotent and its output parses', () => {
    fc.assert(
      fc.property(json, fc.boolean(), (value, pretty) => {
        const once = redactJsonText(JSON.stringify(value, null, pretty ? 2 : undefined));
        expect(() => JSON.parse(once)).not.toThrow();
        expect(redactJsonText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('marks cover exactly the placeholders, and everything else is kept in order', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        const { text, marks } = redactTextWithMarks(s);
        for (const m of marks) expect(text.slice(m.start, m.end)).toBe(PLACEHOLDER);
        expect(keptInOrder(s, text, marks)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(json, (value) => {
        const { text, marks } = redactJsonTextWithMarks(JSON.stringify(value));
        for (const m of marks) expect(text.slice(m.start, m.end)).toBe(PLACEHOLDER);
      }),
    );
  });

  it('never throws, whatever the strings', () => {
    const anything = fc.oneof(fc.string({ unit: codeUnit, maxLength: 300 }), tricky);
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        redactText(a);
        redactUrl(a);
        redactJsonText(a);
        redactBody(a, b);
        const headers = redactHeaders([{ name: b, value: a }]);
        expect(redactHeaders(headers)).toEqual(headers);
        redactExchange({
          method: a,
          url: a,
          requestHeaders: [{ name: 'Cookie', value: a }],
          requestBody: a,
          status: 0,
          statusText: b,
          responseHeaders: [{ name: 'Set-Cookie', value: b }],
          mimeType: b,
          body: { kind: 'base64', data: a },
          bodySize: -1,
          startedAt: '',
        });
      }),
      { numRuns: 1000 },
    );
  });
});
