import type { Exchange, Header } from '../../model/exchange.ts';
import { cutRedacted, type Redacted } from '../redact/redacted.ts';
import { headerValue } from '../../model/exchange.ts';
import type { Finding } from '../../model/finding.ts';

/** What the panel shows of an exchange: headers, and bodies cut to a readable size. */
export interface ExchangePreview {
  requestHeaders: Header[];
  requestBody: string | null;
  responseHeaders: Header[];
  responseBody: string | null;
  /** True when a body was cut to the preview size. */
  truncated: boolean;
}

export const PREVIEW_CAP = 32 * 1024;

/**
 * Keeps a session of thousands of findings small: no body above `cap` characters is held. It takes a
 * redacted exchange, because a secret cut in half is no longer recognisable: redact first, cut after.
 * (Redaction decodes a base64 body, so a body is text or nothing here.)
 */
export function previewExchange(exchange: Redacted<Exchange>, cap = PREVIEW_CAP): Redacted<ExchangePreview> {
  const response = exchange.body.kind === 'text' ? exchange.body.text : null;
  const request = exchange.requestBody;
  const cut = (text: Redacted<string> | null) =>
    text !== null && text.length > cap ? cutRedacted(text, cap) : text;
  return {
    requestHeaders: exchange.requestHeaders,
    requestBody: cut(request),
    responseHeaders: exchange.responseHeaders,
    responseBody: cut(response),
    truncated: (request?.length ?? 0) > cap || (response?.length ?? 0) > cap,
  };
}

/**
 * The exchange a preview was made from, to read it again (a team pack changed): null when a body was
 * cut, since a cut body would read differently from the one captured.
 */
export function exchangeOfPreview(finding: Finding, preview: ExchangePreview): Exchange | null {
  if (preview.truncated) return null;
  const text = preview.responseBody;
  return {
    method: finding.method,
    url: finding.url,
    requestHeaders: preview.requestHeaders,
    requestBody: preview.requestBody,
    status: finding.status,
    statusText: '',
    responseHeaders: preview.responseHeaders,
    mimeType: headerValue(preview.responseHeaders, 'content-type') ?? '',
    body:
      text === null || text === ''
        ? { kind: 'none', reason: text === null ? 'not-captured' : 'empty' }
        : { kind: 'text', text },
    bodySize: text?.length ?? -1,
    startedAt: finding.startedAt,
  };
}
