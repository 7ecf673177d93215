import { bodyText } from './body.ts';
import type { Exchange, Header } from '../../model/exchange.ts';

/** What the panel shows of an exchange: headers, and bodies decoded and cut to a readable size. */
export interface ExchangePreview {
  requestHeaders: Header[];
  requestBody: string | null;
  responseHeaders: Header[];
  responseBody: string | null;
  /** True when a body was cut to the preview size. */
  truncated: boolean;
}

export const PREVIEW_CAP = 32 * 1024;

/** Keeps a session of thousands of findings small: no body above `cap` characters is held. */
export function previewExchange(exchange: Exchange, cap = PREVIEW_CAP): ExchangePreview {
  const decoded = bodyText(exchange.body);
  const response = decoded.ok ? decoded.text : null;
  const cut = (text: string | null) => (text !== null && text.length > cap ? text.slice(0, cap) : text);
  return {
    requestHeaders: exchange.requestHeaders,
    requestBody: cut(exchange.requestBody),
    responseHeaders: exchange.responseHeaders,
    responseBody: cut(response),
    truncated: (exchange.requestBody?.length ?? 0) > cap || (response?.length ?? 0) > cap,
  };
}
