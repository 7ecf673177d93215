import type { HarEntry, HarHeader } from './har.ts';

export type Header = HarHeader;

/**
 * What Faultline knows about a response body. `none` keeps the reason so the panel can say
 * honestly why there is nothing to analyse (e.g. a request that finished before DevTools opened).
 */
export type ResponseBody =
  | { kind: 'text'; text: string }
  | { kind: 'base64'; data: string }
  | { kind: 'none'; reason: 'not-captured' | 'empty' | 'too-large' };

export interface Exchange {
  method: string;
  url: string;
  requestHeaders: Header[];
  requestBody: string | null;
  status: number;
  statusText: string;
  responseHeaders: Header[];
  mimeType: string;
  body: ResponseBody;
  /** Response body size in bytes as the browser reported it; -1 when unknown. */
  bodySize: number;
  startedAt: string;
}

/** Body content as fetched separately from the HAR entry (devtools `getContent`). */
export interface FetchedContent {
  text: string | null;
  base64: boolean;
}

export function fromHarEntry(entry: HarEntry, fetched?: FetchedContent | null): Exchange {
  const { request, response } = entry;
  const content = response.content ?? {};
  return {
    method: String(request.method ?? 'GET'),
    url: String(request.url ?? ''),
    requestHeaders: headerList(request.headers),
    requestBody: typeof request.postData?.text === 'string' ? request.postData.text : null,
    status: Number.isFinite(response.status) ? response.status : 0,
    statusText: String(response.statusText ?? ''),
    responseHeaders: headerList(response.headers),
    mimeType: String(content.mimeType ?? headerValue(headerList(response.headers), 'content-type') ?? ''),
    body: bodyOf(content, fetched),
    bodySize: bodySizeOf(entry),
    startedAt: String(entry.startedDateTime ?? ''),
  };
}

function bodyOf(
  content: NonNullable<HarEntry['response']['content']>,
  fetched?: FetchedContent | null,
): ResponseBody {
  if (fetched !== undefined) {
    if (fetched === null || fetched.text === null) return { kind: 'none', reason: 'not-captured' };
    if (fetched.text === '') return { kind: 'none', reason: 'empty' };
    return fetched.base64 ? { kind: 'base64', data: fetched.text } : { kind: 'text', text: fetched.text };
  }
  if (typeof content.text !== 'string') return { kind: 'none', reason: 'not-captured' };
  if (content.text === '') return { kind: 'none', reason: 'empty' };
  return content.encoding === 'base64'
    ? { kind: 'base64', data: content.text }
    : { kind: 'text', text: content.text };
}

function bodySizeOf(entry: HarEntry): number {
  const size = entry.response.content?.size ?? entry.response.bodySize;
  return typeof size === 'number' && size >= 0 ? size : -1;
}

function headerList(headers: unknown): Header[] {
  if (!Array.isArray(headers)) return [];
  const list: Header[] = [];
  for (const h of headers as unknown[]) {
    if (h && typeof h === 'object') {
      const { name, value } = h as Record<string, unknown>;
      if (typeof name === 'string')
        list.push({ name, value: typeof value === 'string' ? value : String(value ?? '') });
    }
  }
  return list;
}

export function headerValue(headers: readonly Header[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === wanted)?.value;
}
