import { bodyText } from '../ingest/body.ts';
import { headerValue, type Exchange, type Header, type ResponseBody } from '../../model/exchange.ts';
import { redactBodyWithMarks } from './body.ts';
import { redactHeadersWithMarks } from './headers.ts';
import { collect, type FieldMark } from './ranges.ts';
import { seal, type Redacted } from './redacted.ts';
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

/** Every string of an exchange; a mark's `field` names the member. */
export function redactExchangeWithMarks(exchange: Exchange): {
  exchange: Redacted<Exchange>;
  marks: FieldMark[];
} {
  const marks: FieldMark[] = [];
  const text = (field: string, value: string) => collect(field, redactTextWithMarks(value), marks);
  const { requestBody } = exchange;
  const requestType = headerValue(exchange.requestHeaders, 'content-type') ?? '';
  const redacted: Exchange = {
    method: text('method', exchange.method),
    url: text('url', exchange.url),
    requestHeaders: headers('requestHeaders', exchange.requestHeaders, marks),
    requestBody:
      requestBody === null
        ? null
        : collect('requestBody', redactBodyWithMarks(requestBody, requestType), marks),
    status: exchange.status,
    statusText: text('statusText', exchange.statusText),
    responseHeaders: headers('responseHeaders', exchange.responseHeaders, marks),
    mimeType: text('mimeType', exchange.mimeType),
    body: responseBody(exchange.body, exchange.mimeType, marks),
    bodySize: exchange.bodySize,
    startedAt: text('startedAt', exchange.startedAt),
  };
  return { exchange: seal(redacted), marks };
}

export function redactExchange(exchange: Exchange): Redacted<Exchange> {
  return redactExchangeWithMarks(exchange).exchange;
}
