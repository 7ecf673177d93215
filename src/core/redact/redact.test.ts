import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.ts';
import { CANARIES } from './canaries.ts';
import { redactBody, redactFinding, redactHeaders, redactJsonText, redactText, redactUrl } from './redact.ts';

const GUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const FINDING: Finding = {
  family: 'generic-http',
  code: null,
  status: 500,
  message: null,
  method: 'GET',
  url: 'https://api.example.com/x',
  startedAt: '',
  correlationIds: [],
  bodyState: 'analyzed',
  hints: [],
  nested: [],
};

describe('canaries never survive', () => {
  it.each(CANARIES)('$name, in text, a URL, a header, a JSON body and a finding', ({ text, secrets }) => {
    const outputs = [
      redactText(`before ${text} after`),
      redactUrl(text),
      JSON.stringify(redactHeaders([{ name: 'X-Debug-Info', value: text }])),
      redactJsonText(JSON.stringify({ error: { message: text, details: [{ value: text }] } })),
      redactBody(`a=1&info=${encodeURIComponent(text)}`, 'application/x-www-form-urlencoded'),
      JSON.stringify(
        redactFinding({ ...FINDING, message: `Failed: ${text}`, nested: [{ ...FINDING, url: text }] }),
      ),
    ];
    for (const output of outputs) for (const secret of secrets) expect(output).not.toContain(secret);
  });
});

describe('canaries never survive at random places', () => {
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const anyString = fc.string({ unit: codeUnit, maxLength: 300 });
  const canary = fc.constantFrom(...CANARIES);

  it('in random text', () => {
    fc.assert(
      fc.property(anyString, canary, anyString, (before, { text, secrets }, after) => {
        const out = redactText(`${before} ${text} ${after}`);
        for (const secret of secrets) expect(out).not.toContain(secret);
      }),
      { numRuns: 1000 },
    );
  });

  it('in random JSON', () => {
    const places = ['value', 'key', 'element', 'sentence'] as const;
    const placed = fc
      .tuple(fc.jsonValue({ maxDepth: 3 }), canary, fc.nat({ max: 6 }), fc.constantFrom(...places))
      .map(([value, { text, secrets }, depth, place]) => {
        let nested: unknown = {
          value: { other: value, detail: text },
          key: { [text]: value },
          element: [value, text],
          sentence: { message: `x ${text} y` },
        }[place];
        for (let i = 0; i < depth; i++) nested = i % 2 ? [nested] : { [`level${i}`]: nested, sibling: value };
        return { json: JSON.stringify(nested), secrets };
      });
    fc.assert(
      fc.property(placed, ({ json, secrets }) => {
        const out = redactJsonText(json);
        for (const secret of secrets) expect(out).not.toContain(secret);
      }),
      { numRuns: 500 },
    );
  });
});

/** security.md rule 7. */
describe('correlation ids survive intact', () => {
  it('in JSON bodies', () => {
    const body = JSON.stringify({
      error: {
        code: 'Forbidden',
        target: GUID,
        innerError: { 'request-id': GUID, 'client-request-id': GUID },
      },
      requestId: 'a7d3c1e2-0000-4000-8000-123456789abc',
      'x-amzn-RequestId': 'c6f1d2e3-4b5a-6978-8a9b-0c1d2e3f4a5b',
      cfRay: '8a1b2c3d4e5f6789-SJC',
    });
    expect(redactJsonText(body)).toBe(body);
  });

  it('in messages that print them', () => {
    const message = `Request failed. RequestId:${GUID} Time:2026-01-01T00:00:00Z. Ray ID: 8a1b2c3d4e5f6789`;
    expect(redactText(message)).toBe(message);
  });
});

describe('redactBody', () => {
  it.each([
    ['JSON by type', '{"password":"p"}', 'application/problem+json', '{"password":"[REDACTED]"}'],
    ['JSON by shape', ' {"password":"p"}', 'text/plain', ' {"password":"[REDACTED]"}'],
    ['a form', 'user=u&password=p%21', 'application/x-www-form-urlencoded', 'user=u&password=[REDACTED]'],
    ['text', 'token: abc', 'text/plain', 'token: [REDACTED]'],
    ['JSON that is not', '{"password":"p"', 'application/json', '{"password":"[REDACTED]"'],
  ])('%s', (_, text, mimeType, output) => {
    expect(redactBody(text, mimeType)).toBe(output);
  });
});
