import type { Exchange } from '../model/exchange.ts';

export interface ExchangeDraft extends Partial<Exchange> {
  /** The response body as text (its size follows); null for an empty body. */
  text?: string | null;
}

/**
 * One HTTP exchange for a test: a failed GET on a neutral host with no headers, changed only where the
 * test says. `text` sets the response body and its size together.
 */
export function anExchange({ text, ...overrides }: ExchangeDraft = {}): Exchange {
  const body: Pick<Exchange, 'body' | 'bodySize'> =
    text === undefined || text === null
      ? { body: { kind: 'none', reason: 'empty' }, bodySize: 0 }
      : { body: { kind: 'text', text }, bodySize: text.length };
  return {
    method: 'GET',
    url: 'https://api.example.com/x',
    requestHeaders: [],
    requestBody: null,
    status: 400,
    statusText: '',
    responseHeaders: [],
    mimeType: 'application/json',
    startedAt: '2024-06-11T09:14:22.000Z',
    ...body,
    ...overrides,
  };
}
