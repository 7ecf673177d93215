import { bodyText } from '../ingest/body.ts';
import { headerValue, type Exchange, type Header, type ResponseBody } from '../../model/exchange.ts';
import { redactBodyWithMarks } from './body.ts';
import { redactHeadersWithMarks } from './headers.ts';
import { collect, type FieldMark } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

function headers(field: string, list: readonly Header[], marks: FieldMark[]): Header[] {
  const redacted = redactHeadersWithMarks(list);
  for (const mark of redacted.marks) marks.push({ ...mark, field: `${field}${mark.field}` });
  return redacted.headers;
}

/**
 * A base64 body is decoded and redacted as text: its bytes cannot be checked unread. One that cannot be
 * decoded, or is over the body cap, is dropped rather than kept unchecked.
 */
function responseBody(body: ResponseBody, mimeType: string, marks: FieldMark[]): ResponseBody {
  if (body.kind === 'none') return body;
  const decoded = bodyText(body);
  if (!decoded.ok)
    return { kind: 'none', reason: decoded.reason === 'too-large' ? 'too-large' : 'not-captured' };
  if (decoded.text === '') return { kind: 'none', reason: 'empty' };
  return { kind: 'text', text: collect('body.text', redactBodyWithMarks(decoded.text, mimeType), marks) };
}

/** Every string of an exchange but method, MIME type and timestamp; a mark's `field` names the member. */
export function redactExchangeWithMarks(exchange: Exchange): { exchange: Exchange; marks: FieldMark[] } {
  const marks: FieldMark[] = [];
  const { requestBody } = exchange;
  const requestType = headerValue(exchange.requestHeaders, 'content-type') ?? '';
  const redacted: Exchange = {
    ...exchange,
    url: collect('url', redactTextWithMarks(exchange.url), marks),
    requestHeaders: headers('requestHeaders', exchange.requestHeaders, marks),
    requestBody:
      requestBody === null
        ? null
        : collect('requestBody', redactBodyWithMarks(requestBody, requestType), marks),
    statusText: collect('statusText', redactTextWithMarks(exchange.statusText), marks),
    responseHeaders: headers('responseHeaders', exchange.responseHeaders, marks),
    body: responseBody(exchange.body, exchange.mimeType, marks),
  };
  return { exchange: redacted, marks };
}

export function redactExchange(exchange: Exchange): Exchange {
  return redactExchangeWithMarks(exchange).exchange;
}
