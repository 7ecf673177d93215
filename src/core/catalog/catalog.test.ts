import { describe, expect, it } from 'vitest';
import { BUILTIN_FAMILIES } from '../../model/finding.ts';
import { BUILTIN_PACKS, builtinPack } from '../families/builtin-packs.ts';
import type { CodeText, PackFamily } from '../packs/pack.ts';
import { annotate, type AnnotateKey } from './lookup.ts';
import type { Lang } from './types.ts';

/** RFC 9110, 6585, 4918, 8470, 7725, and Graph's 509. */
const DOCUMENTED_STATUSES = [
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 423,
  424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 509, 511,
];

type Explained = Pick<CodeText, 'meaning' | 'remediation' | 'docs'>;
const notes: [string, Explained][] = BUILTIN_PACKS.flatMap((pack) => [
  ...pack.families
    .filter((family): family is PackFamily & Explained => family.meaning !== undefined)
    .map((family): [string, Explained] => [`family ${family.id}`, family]),
  ...Object.entries(pack.codes ?? {}).flatMap(([family, codes]) =>
    Object.entries(codes).map(([code, text]): [string, Explained] => [`${family} ${code}`, text]),
  ),
]);
const codesOf = (family: string) => Object.entries(builtinPack(family).codes?.[family] ?? {});

describe('built-in catalog', () => {
  it.each(notes)('%s is complete in English and Japanese', (_name, note) => {
    for (const lang of ['en', 'ja'] as const) {
      expect(note.meaning[lang]?.trim()).toBeTruthy();
      expect(note.remediation?.[lang]?.length).toBeGreaterThanOrEqual(1);
    }
    expect(note.remediation?.['ja']).toHaveLength(note.remediation?.['en']?.length ?? -1);
    // Japanese text that is only ASCII would be an untranslated copy.
    expect(note.meaning['ja']).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    for (const step of note.remediation?.['ja'] ?? []) expect(step).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it.each(notes.filter(([, note]) => note.docs !== undefined))('%s links to an https page', (_name, note) => {
    expect(new URL(note.docs!).protocol).toBe('https:');
  });

  it('declares every built-in family exactly once', () => {
    const declared = BUILTIN_PACKS.flatMap((pack) => pack.families.map((family) => family.id));
    expect([...declared].sort()).toEqual([...BUILTIN_FAMILIES].sort());
  });

  it('files each code once per family, even ignoring case', () => {
    for (const pack of BUILTIN_PACKS) {
      for (const codes of Object.values(pack.codes ?? {})) {
        const keys = Object.keys(codes).map((code) => code.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it("has Defender's documented codes plus TooManyRequests, each with its documentation", () => {
    const mtp = codesOf('mtp');
    expect(mtp).toHaveLength(20);
    for (const [, entry] of mtp)
      expect(entry.docs).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\/defender-/);
    expect(Object.fromEntries(mtp)['TooManyRequests']).toMatchObject({
      status: 429,
      docs: 'https://learn.microsoft.com/en-us/defender-endpoint/api/common-errors',
    });
  });

  it('says that body parameters are case-sensitive where Defender documents it', () => {
    const mtp = Object.fromEntries(codesOf('mtp'));
    for (const code of ['InvalidRequestBody', 'MissingRequiredParameter']) {
      expect(mtp[code]?.remediation?.['en']?.join(' ')).toMatch(/case-sensitive/);
      expect(mtp[code]?.remediation?.['ja']?.join(' ')).toMatch(/大文字と小文字が区別されます/);
    }
  });

  it('has every documented 4xx/5xx status, each with its status and a page', () => {
    const statuses = codesOf('generic-http').filter(([code]) => /^\d+$/.test(code));
    for (const status of DOCUMENTED_STATUSES)
      expect(statuses.map(([code]) => Number(code))).toContain(status);
    for (const [code, entry] of statuses) {
      expect(entry.status).toBe(Number(code));
      expect(entry.docs).toMatch(/^https:/);
    }
  });

  it('explains every family when its code is unknown', () => {
    for (const family of BUILTIN_FAMILIES) {
      const annotation = annotate({ family, code: 'NoSuchCodeAnywhere', status: 400 }, 'en');
      expect(annotation.meaning).not.toBe('');
      expect(annotation.source).toBe(family === 'generic-http' ? 'status' : 'family');
    }
  });
});

interface LookupCase {
  name: string;
  key: AnnotateKey;
  lang: Lang;
  source: 'code' | 'family' | 'status';
  meaning: RegExp;
  docs?: string;
  step?: RegExp;
}

const MDN = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/';

const lookups: LookupCase[] = [
  {
    name: 'exact MTP code',
    key: { family: 'mtp', code: 'MissingRequiredParameter', status: 400 },
    lang: 'en',
    source: 'code',
    meaning: /required parameter is missing/,
    docs: 'https://learn.microsoft.com/en-us/defender-xdr/api-error-codes',
    step: /case-sensitive/,
  },
  {
    name: 'MTP code in Japanese',
    key: { family: 'mtp', code: 'Unauthorized', status: 401 },
    lang: 'ja',
    source: 'code',
    meaning: /Authorization ヘッダー/,
    step: /aud/,
  },
  {
    name: 'case-insensitive fallback',
    key: { family: 'mtp', code: 'resourcenotfound', status: 404 },
    lang: 'en',
    source: 'code',
    meaning: /does not exist or is not visible/,
    step: /quote its id/,
  },
  {
    name: 'AADSTS code as detected',
    key: { family: 'entra', code: 'AADSTS9002313', status: 400 },
    lang: 'en',
    source: 'code',
    meaning: /malformed/,
    docs: 'https://login.microsoftonline.com/error?code=9002313',
  },
  {
    name: 'AADSTS code by its number',
    key: { family: 'entra', code: '50076', status: 400 },
    lang: 'en',
    source: 'code',
    meaning: /Multi-factor authentication is required/,
  },
  {
    name: 'AADSTS code at the start of an error_description',
    key: { family: 'entra', code: 'aadsts700016: Application not found', status: 400 },
    lang: 'en',
    source: 'code',
    meaning: /client id\) was not found/,
  },
  {
    name: 'OAuth code reported for an Entra error',
    key: { family: 'entra', code: 'invalid_grant', status: 400 },
    lang: 'en',
    source: 'code',
    meaning: /authorization code, refresh token/,
  },
  {
    name: 'SOAP 1.1 fault code with its prefix',
    key: { family: 'soap', code: 'soap:Server', status: 500 },
    lang: 'en',
    source: 'code',
    meaning: /SOAP 1\.1 Server fault/,
  },
  {
    name: 'SOAP fault code with a dotted subcode',
    key: { family: 'soap', code: 'SOAP-ENV:Client.Authentication', status: 500 },
    lang: 'en',
    source: 'code',
    meaning: /SOAP 1\.1 Client fault/,
  },
  {
    name: 'numeric Twilio code',
    key: { family: 'twilio', code: '21211', status: 400 },
    lang: 'en',
    source: 'code',
    meaning: /'To' phone number/,
    docs: 'https://www.twilio.com/docs/api/errors/21211',
  },
  {
    name: 'Stripe code links to its own page',
    key: { family: 'stripe', code: 'card_declined', status: 402 },
    lang: 'en',
    source: 'code',
    meaning: /declined/,
    docs: 'https://docs.stripe.com/error-codes/card-declined',
  },
  {
    name: 'code without a page of its own takes the family page',
    key: { family: 'github', code: 'missing_field', status: 422 },
    lang: 'en',
    source: 'code',
    meaning: /required field/,
    docs: 'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api',
  },
  {
    name: 'unknown code: family and status together',
    key: { family: 'graph', code: 'someNewCode', status: 404 },
    lang: 'en',
    source: 'family',
    meaning: /^Microsoft Graph error: .* HTTP 404 Not Found:/,
    docs: 'https://learn.microsoft.com/en-us/graph/errors',
    step: /Check the URL path/,
  },
  {
    name: 'unknown code in Japanese',
    key: { family: 'arm', code: 'SomethingElse', status: 409 },
    lang: 'ja',
    source: 'family',
    meaning: /^Azure Resource Manager のエラーです。.*HTTP 409 Conflict:/,
  },
  {
    name: 'no code at all',
    key: { family: 'jsonapi', code: null, status: 422 },
    lang: 'en',
    source: 'family',
    meaning: /JSON:API .* HTTP 422 Unprocessable Content/,
  },
  {
    name: 'the same code in another family is not borrowed',
    key: { family: 'odata', code: 'InvalidRequestBody', status: 400 },
    lang: 'en',
    source: 'family',
    meaning: /^OData error/,
  },
  {
    name: 'error under a success status',
    key: { family: 'slack', code: 'some_new_error', status: 200 },
    lang: 'en',
    source: 'family',
    meaning: /Slack .* status says success/,
  },
  {
    name: 'generic HTTP: the status entry',
    key: { family: 'generic-http', code: '502', status: 502 },
    lang: 'en',
    source: 'status',
    meaning: /^HTTP 502 Bad Gateway/,
    docs: `${MDN}502`,
  },
  {
    name: 'generic HTTP, non-standard 509 links to Graph',
    key: { family: 'generic-http', code: '509', status: 509 },
    lang: 'ja',
    source: 'status',
    meaning: /帯域幅/,
    docs: 'https://learn.microsoft.com/en-us/graph/errors',
  },
  {
    name: 'generic HTTP: a status without an entry falls back to its class',
    key: { family: 'generic-http', code: '520', status: 520 },
    lang: 'en',
    source: 'status',
    meaning: /^Server error \(5xx\)/,
  },
  {
    name: 'generic HTTP: an odd status',
    key: { family: 'generic-http', code: null, status: 0 },
    lang: 'en',
    source: 'status',
    meaning: /HTTP status adds nothing/,
  },
  {
    name: 'empty code',
    key: { family: 'odata', code: '', status: 404 },
    lang: 'en',
    source: 'family',
    meaning: /HTTP 404/,
  },
];

describe('annotate', () => {
  it.each(lookups.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const annotation = annotate(c.key, c.lang);
    expect(annotation.source).toBe(c.source);
    expect(annotation.meaning).toMatch(c.meaning);
    expect(annotation.remediation.length).toBeGreaterThanOrEqual(1);
    if (c.docs !== undefined) expect(annotation.docs).toBe(c.docs);
    if (c.step) expect(annotation.remediation.some((step) => c.step!.test(step))).toBe(true);
  });

  it('does not repeat a step the family and the status share', () => {
    const { remediation } = annotate({ family: 'graph', code: null, status: 429 }, 'en');
    expect(new Set(remediation).size).toBe(remediation.length);
  });

  it('returns copies that callers may change', () => {
    const first = annotate({ family: 'mtp', code: 'BadRequest', status: 400 }, 'en');
    first.remediation.push('changed');
    expect(annotate({ family: 'mtp', code: 'BadRequest', status: 400 }, 'en').remediation).not.toContain(
      'changed',
    );
  });
});
