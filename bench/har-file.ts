/**
 * Writes a HAR of realistic browsing traffic to a file, streamed so it can be larger than any string:
 * entries as Chrome's "Save all as HAR" writes them (indented by 2, full headers, cookies, timings), a
 * page load every 60 entries (HTML, scripts, styles, fonts, images as base64), API calls with JSON
 * pages of records, a video segment of 12 MB every 400 entries, and the corpus' error exchanges at
 * `errorShare`. Returns how many entries it wrote and how many are errors Faultline must find.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { caseToHarEntry, loadCases } from '../e2e/fixtures/corpus.ts';
import type { HarEntry } from '../src/model/har.ts';
import { successBody } from './traffic.ts';

export interface WrittenHar {
  bytes: number;
  entries: number;
  errors: number;
}

const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const COOKIE = 'session=8c1f0e9a47b24d0c9a6f3e2d1b0a9c8d; theme=dark; _ga=GA1.2.1234567890.1700000000';

function requestHeaders(host: string, accept: string): { name: string; value: string }[] {
  return [
    { name: ':authority', value: host },
    { name: ':method', value: 'GET' },
    { name: 'accept', value: accept },
    { name: 'accept-encoding', value: 'gzip, deflate, br, zstd' },
    { name: 'accept-language', value: 'en-US,en;q=0.9,ja;q=0.8' },
    { name: 'cookie', value: COOKIE },
    { name: 'sec-ch-ua', value: '"Chromium";v="131", "Not_A Brand";v="24"' },
    { name: 'sec-fetch-mode', value: 'cors' },
    { name: 'user-agent', value: UA },
  ];
}

function exchange(i: number, url: string, status: number, mimeType: string, text: string, base64 = false) {
  const host = new URL(url).host;
  return {
    pageref: `page_${Math.floor(i / 60)}`,
    startedDateTime: new Date(Date.UTC(2026, 10, 30, 9) + i * 37).toISOString(),
    time: 42.7,
    request: {
      method: 'GET',
      url,
      httpVersion: 'http/2.0',
      headers: requestHeaders(host, mimeType.includes('json') ? 'application/json' : '*/*'),
      queryString: [],
      cookies: [{ name: 'session', value: '8c1f0e9a47b24d0c9a6f3e2d1b0a9c8d' }],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [
        { name: 'cache-control', value: 'public, max-age=31536000, immutable' },
        { name: 'content-type', value: mimeType },
        { name: 'date', value: 'Mon, 30 Nov 2026 09:00:00 GMT' },
        { name: 'server', value: 'cloudflare' },
        { name: 'x-request-id', value: `req-${i.toString(16).padStart(8, '0')}` },
      ],
      cookies: [],
      content: { size: text.length, mimeType, text, ...(base64 ? { encoding: 'base64' } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: text.length,
      _transferSize: text.length + 300,
    },
    cache: {},
    timings: { blocked: 1.2, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 38.4, receive: 3 },
    serverIPAddress: '104.16.0.1',
    _priority: 'High',
    _resourceType: mimeType.includes('json') ? 'fetch' : 'script',
  };
}

const script = 'function f(a,b){return a+b}\n'.repeat(2400);
const style = '.panel{display:flex;color:#333}\n'.repeat(1200);
const image = Buffer.alloc(36_000, 'iVBORw0KGgoAAAANSUhEUgAA').toString('base64');
const video = Buffer.alloc(9 * 1024 * 1024, 7).toString('base64');

function ordinary(i: number): object {
  const slot = i % 60;
  if (i % 400 === 399)
    return exchange(i, `https://media.example.com/v/seg-${i}.mp4`, 206, 'video/mp4', video, true);
  if (slot === 0)
    return exchange(i, `https://app.example.com/p/${i}`, 200, 'text/html', '<!doctype html>'.repeat(3000));
  if (slot < 12)
    return exchange(i, `https://cdn.example.com/app.${i}.js`, 200, 'application/javascript', script);
  if (slot < 16) return exchange(i, `https://cdn.example.com/app.${i}.css`, 200, 'text/css', style);
  if (slot < 30) return exchange(i, `https://cdn.example.com/img/${i}.png`, 200, 'image/png', image, true);
  return exchange(
    i,
    `https://api.example.com/v1/machines?page=${i}`,
    200,
    'application/json; charset=utf-8',
    successBody(3000 + (i % 9) * 2000, i),
  );
}

/** Writes the HAR; `bytes` is a lower bound on its size. */
export function writeHar(path: string, bytes: number, errorShare = 0.03): WrittenHar {
  const errors: HarEntry[] = loadCases()
    .filter((c) => c.expect.isError)
    .map((c) => caseToHarEntry(c));
  const every = Math.round(1 / errorShare);
  const fd = openSync(path, 'w');
  let written = 0;
  const out: string[] = [];
  let pending = 0;
  const write = (text: string, force = false) => {
    out.push(text);
    pending += text.length;
    if (pending < 4 * 1024 * 1024 && !force) return;
    written += writeSync(fd, out.join(''));
    out.length = 0;
    pending = 0;
  };
  write(
    '{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n',
  );
  write('    "pages": [],\n    "entries": [\n');
  let entries = 0;
  let errorCount = 0;
  while (written + pending < bytes) {
    const isError = entries % every === every - 1;
    const entry = isError ? errors[errorCount % errors.length] : ordinary(entries);
    if (isError) errorCount += 1;
    write(`${entries === 0 ? '' : ',\n'}      ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n      ')}`);
    entries += 1;
  }
  write('\n    ]\n  }\n}\n', true);
  closeSync(fd);
  return { bytes: written, entries, errors: errorCount };
}
