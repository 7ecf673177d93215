import type { HarHeader } from './har.ts';

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

/** The first header of that name, in any case. */
export function headerValue(headers: readonly Header[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  // Lower-casing never changes an ASCII name's length, and names of another length are most of them.
  for (const header of headers) {
    if (header.name.length === wanted.length && header.name.toLowerCase() === wanted) return header.value;
  }
  return undefined;
}
