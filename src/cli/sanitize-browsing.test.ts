import { describe, expect, it } from 'vitest';
import { caseToHarEntry, loadCases } from '../../e2e/fixtures/corpus.ts';
import { runCli } from '../testing/run-cli.ts';

/**
 * `faultline sanitize` on the two kinds of HAR users send: the project's error corpus, and a browsing
 * session as Chrome exports it (a page, its scripts, styles and images, API calls with cookies and
 * tokens, Chrome's `_` fields, `pages`). Same entries, valid HAR, ids exact, nothing secret, and what
 * holds no secret comes out unchanged.
 */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const SCRIPT =
  'function track(id){return fetch("/api/t?id="+id)}\nwindow.addEventListener("load",()=>track(42));';
const SESSION = 'Cnry7b3c9e1f4a2d8c6e0f1a';
const BEARER = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJicm93c2UtY2FucmFyeSJ9.QnJvd3NlQ2FucmFyeVNpZw';
const REQUEST_ID = '7c4a8d09-ca37-4f6b-9b1e-2f0e5d3c8a71';
const TRACE = '00-7f3a9c2e4b5d6a1f0e9d8c7b6a5f4e3d-1a2b3c4d5e6f7a8b-01';
const RAY = '8d2f1c0b9a8e7d6c-NRT';

function entry(
  url: string,
  type: string,
  status: number,
  mimeType: string,
  text: string,
  more: { requestHeaders?: object[]; responseHeaders?: object[]; encoding?: string } = {},
) {
  return {
    _initiator: { type: 'script', url: 'https://shop.example/app.js', lineNumber: 12 },
    _priority: 'High',
    _resourceType: type,
    cache: {},
    connection: '443',
    pageref: 'page_1',
    request: {
      method: 'GET',
      url,
      httpVersion: 'http/2.0',
      headers: [{ name: ':authority', value: 'shop.example' }, ...(more.requestHeaders ?? [])],
      queryString: [],
      cookies: [
        {
          name: 'shop_session',
          value: SESSION,
          path: '/',
          domain: 'shop.example',
          httpOnly: true,
          secure: true,
        },
      ],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [{ name: 'content-type', value: mimeType }, ...(more.responseHeaders ?? [])],
      cookies: [],
      content: { size: text.length, mimeType, text, ...(more.encoding ? { encoding: more.encoding } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      _transferSize: 1234,
      _error: null,
    },
    serverIPAddress: '203.0.113.7',
    startedDateTime: '2024-06-11T09:14:22.123Z',
    time: 41.5,
    timings: {
      blocked: 1.2,
      dns: -1,
      ssl: -1,
      connect: -1,
      send: 0.1,
      wait: 38.9,
      receive: 1.3,
      _blocked_queueing: 0.8,
    },
  };
}

const browsing = {
  log: {
    version: '1.2',
    creator: { name: 'WebInspector', version: '537.36' },
    pages: [
      {
        startedDateTime: '2024-06-11T09:14:22.000Z',
        id: 'page_1',
        title: 'Shop',
        pageTimings: { onLoad: 812 },
      },
    ],
    entries: [
      entry(
        'https://shop.example/',
        'document',
        200,
        'text/html',
        '<!doctype html><title>Shop</title><script src="/app.js"></script>',
      ),
      entry('https://shop.example/app.js', 'script', 200, 'application/javascript', SCRIPT),
      entry('https://shop.example/app.css', 'stylesheet', 200, 'text/css', 'body{margin:0;color:#222}'),
      entry('https://shop.example/logo.png', 'image', 200, 'image/png', PNG, { encoding: 'base64' }),
      entry(
        'https://shop.example/api/cart',
        'fetch',
        200,
        'application/json',
        '{"items":[{"sku":"A-1","qty":2}]}',
        {
          requestHeaders: [
            { name: 'authorization', value: `Bearer ${BEARER}` },
            { name: 'cookie', value: `shop_session=${SESSION}` },
          ],
          responseHeaders: [
            { name: 'x-request-id', value: REQUEST_ID },
            { name: 'traceparent', value: TRACE },
          ],
        },
      ),
      entry(
        'https://shop.example/api/checkout',
        'fetch',
        402,
        'application/json',
        `{"error":{"code":"card_declined","message":"declined","request_id":"${REQUEST_ID}"}}`,
        {
          requestHeaders: [{ name: 'authorization', value: `Bearer ${BEARER}` }],
          responseHeaders: [
            { name: 'cf-ray', value: RAY },
            { name: 'set-cookie', value: `shop_session=${SESSION}; Path=/; HttpOnly` },
          ],
        },
      ),
    ],
  },
};

interface HarEntryOut {
  [member: string]: unknown;
  request: { headers: { name: string; value: string }[] };
  response: { content: { text?: string; encoding?: string } };
}

type Har = { log: { version: string; creator: unknown; pages?: unknown[]; entries: HarEntryOut[] } };

async function sanitized(har: unknown): Promise<{ out: Har; stderr: string; text: string }> {
  const { code, stdout, stderr } = await runCli(['sanitize', '-'], JSON.stringify(har));
  expect(code).toBe(0);
  return { out: JSON.parse(stdout) as Har, stderr, text: stdout };
}

describe('faultline sanitize on real kinds of HAR', { timeout: 30_000 }, () => {
  it('a browsing session: same entries and members, secrets gone, ids and harmless bodies unchanged', async () => {
    const { out, stderr, text } = await sanitized(browsing);
    expect(out.log.version).toBe('1.2');
    expect(out.log.creator).toEqual(browsing.log.creator);
    expect(out.log.pages).toEqual(browsing.log.pages);
    expect(out.log.entries).toHaveLength(browsing.log.entries.length);
    out.log.entries.forEach((e, i) => {
      expect(Object.keys(e)).toEqual(Object.keys(browsing.log.entries[i]!));
      expect(e['timings']).toEqual(browsing.log.entries[i]!['timings']);
    });
    for (const secret of [SESSION, BEARER, BEARER.split('.')[1]!]) expect(text).not.toContain(secret);
    for (const id of [REQUEST_ID, TRACE, RAY]) expect(text).toContain(id);
    expect(out.log.entries[1]!.response.content.text).toBe(SCRIPT);
    expect(out.log.entries[3]!.response.content.text).toBe(PNG);
    expect(out.log.entries[4]!.request.headers[1]).toEqual({
      name: 'authorization',
      value: 'Bearer [REDACTED]',
    });
    expect(stderr).toMatch(/^faultline: sanitized 6 entries: \d+ values redacted \(.*cookie \d+/);
  });

  it('the error corpus: every entry kept, every correlation id exact', async () => {
    const cases = loadCases();
    const { out, text: json } = await sanitized({
      log: { version: '1.2', entries: cases.map((c) => caseToHarEntry(c)) },
    });
    expect(out.log.entries).toHaveLength(cases.length);
    // A base64 body with nothing secret in it keeps its bytes: its ids are read decoded.
    const decoded = out.log.entries
      .filter((e) => e.response.content.encoding === 'base64')
      .map((e) => Buffer.from(String(e.response.content.text), 'base64').toString('utf8'));
    const text = [json, ...decoded].join('\n');
    for (const c of cases)
      for (const id of c.expect.correlationIds ?? [])
        expect(text, c.id).toContain(JSON.stringify(id.value).slice(1, -1));
  });
});
