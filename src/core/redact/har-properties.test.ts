import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeEntry } from './har.ts';

/**
 * The structural promises of `sanitizeEntry`, on generated HAR entries: secrets in every container
 * (header, cookie, query, form, multipart, JSON, XML, HTML, text, base64) beside correlation ids and
 * random or hostile noise. The output is valid JSON with every member kept, sanitizing it again changes
 * nothing, every id comes out exactly, and no secret survives.
 */
const token = fc.stringMatching(/^[A-Za-z0-9]{12,40}$/).map((s) => `Cnry${s}9`);
const id = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[0-9a-f]{16}$/),
  fc.stringMatching(/^req_[A-Za-z0-9]{12,24}$/),
  fc
    .tuple(fc.stringMatching(/^[0-9a-f]{32}$/), fc.stringMatching(/^[0-9a-f]{16}$/))
    .map(([t, s]) => `00-${t}-${s}-01`),
);
const ID_HEADERS = [
  'request-id',
  'x-ms-request-id',
  'x-request-id',
  'traceparent',
  'x-amz-request-id',
  'cf-ray',
];

type Place = (secret: string) => { request?: object; response?: object; query?: string };
const B = 'bnd42';
const PLACES: Place[] = [
  (s) => ({ request: { headers: [{ name: 'Authorization', value: `Bearer ${s}` }] } }),
  (s) => ({ request: { headers: [{ name: 'X-Api-Key', value: s }] } }),
  (s) => ({
    request: { cookies: [{ name: 'sid', value: s }], headers: [{ name: 'Cookie', value: `sid=${s}` }] },
  }),
  (s) => ({ query: `access_token=${s}` }),
  (s) => ({ query: `pass=${s}&otp=${s}` }),
  (s) => ({ request: { postData: { mimeType: 'application/json', text: JSON.stringify({ password: s }) } } }),
  (s) => ({
    request: {
      postData: {
        mimeType: 'application/x-www-form-urlencoded',
        text: `client_secret=${s}&x=1`,
        params: [{ name: 'client_secret', value: s }],
      },
    },
  }),
  (s) => ({
    request: {
      postData: {
        mimeType: `multipart/form-data; boundary=${B}`,
        text: `--${B}\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n${s}\r\n--${B}--\r\n`,
      },
    },
  }),
  (s) => ({
    response: {
      content: {
        mimeType: 'application/json',
        text: JSON.stringify({ error: { message: `bad token sk_live_${s}` } }),
      },
    },
  }),
  (s) => ({
    response: { content: { mimeType: 'text/xml', text: `<Creds><SessionToken>${s}</SessionToken></Creds>` } },
  }),
  (s) => ({
    response: {
      content: { mimeType: 'text/html', text: `<input type="hidden" name="csrf_token" value="${s}">` },
    },
  }),
  (s) => ({ response: { headers: [{ name: 'Set-Cookie', value: `session=${s}; Path=/` }] } }),
  (s) => ({ response: { headers: [{ name: 'WWW-Authenticate', value: `Negotiate ${s}` }] } }),
  (s) => ({
    response: {
      content: {
        mimeType: 'application/json',
        encoding: 'base64',
        text: btoa(JSON.stringify({ refresh_token: s })),
      },
    },
  }),
  (s) => ({ response: { redirectURL: `https://app.example/cb#id_token=${s}` } }),
];

/** Hostile or random text in members that hold no secret. */
const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '%2525%2525',
    'eyJ-eyJ-eyJ-',
    'Bearer ',
    '[REDACTED]',
    '"\\u0000',
    '__proto__',
    '<a ',
    'key: key:',
  ),
);

function entry(secrets: [number, string][], ids: [number, string][], note: string, extra: string) {
  const request: Record<string, unknown> = {
    method: 'POST',
    url: 'https://api.example.com/v1/x',
    httpVersion: 'HTTP/1.1',
    headers: [],
    cookies: [],
    queryString: [],
  };
  const response: Record<string, unknown> = {
    status: 401,
    statusText: note,
    headers: ids.map(([h, v]) => ({ name: ID_HEADERS[h % ID_HEADERS.length]!, value: v })),
    cookies: [],
    content: { size: 2, mimeType: 'application/json', text: '{}' },
    redirectURL: '',
  };
  const query: string[] = [];
  for (const [p, s] of secrets) {
    const placed = PLACES[p % PLACES.length]!(s);
    if (placed.query) query.push(placed.query);
    for (const [target, add] of [
      [request, placed.request],
      [response, placed.response],
    ] as const) {
      for (const [key, value] of Object.entries(add ?? {})) {
        target[key] = Array.isArray(value) ? [...((target[key] as unknown[]) ?? []), ...value] : value;
      }
    }
  }
  if (query.length > 0) request['url'] = `https://api.example.com/v1/x?${query.join('&')}&page=2`;
  return {
    startedDateTime: '2024-06-11T09:14:22.000Z',
    time: 1,
    request,
    response,
    cache: {},
    timings: { send: 0, wait: 1, receive: 0 },
    _note: extra,
  };
}

const entries = fc.record({
  secrets: fc.array(fc.tuple(fc.nat(), token), { minLength: 1, maxLength: 5 }),
  ids: fc.array(fc.tuple(fc.nat(), id), { minLength: 1, maxLength: 4 }),
  note: noise,
  extra: noise,
});

describe('sanitizeEntry, on generated entries', () => {
  it('keeps valid JSON and every member, is idempotent, keeps every id and drops every secret', () => {
    fc.assert(
      fc.property(entries, ({ secrets, ids, note, extra }) => {
        const input = entry(secrets, ids, note, extra);
        const out = sanitizeEntry(input).json;
        const parsed = JSON.parse(out) as Record<string, unknown>;
        expect(Object.keys(parsed)).toEqual(Object.keys(input));
        expect(sanitizeEntry(parsed).json).toBe(out);
        for (const [, value] of ids) expect(out).toContain(JSON.stringify(value).slice(1, -1));
        const decoded = out + atobAll(out);
        for (const [, secret] of secrets) expect(decoded).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });
});

/** A base64 body is checked in its decoded form too: re-encoded text must not hide a secret. */
function atobAll(json: string): string {
  return [...json.matchAll(/"text": "([A-Za-z0-9+/=]{8,})"/g)]
    .map((m) => {
      try {
        return atob(m[1] ?? '');
      } catch {
        return '';
      }
    })
    .join('\n');
}
