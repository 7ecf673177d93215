import type { HarEntry } from '../../model/har.ts';
import type { Exchange, FetchedContent, Header, ResponseBody } from '../../model/exchange.ts';
import { headerValue } from '../../model/exchange.ts';

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
