import { bodyIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { labelledId } from '../../analyze/labelled-id.ts';
import type { CorrelationId } from '../../../model/finding.ts';
import { elementText } from '../../parse/html.ts';
import { isObject, objectField, stringField, type JsonObject } from '../../parse/json.ts';
import { scanStringMember } from '../../parse/truncated-json.ts';
import { childText, localName, type XmlElement } from '../../parse/xml.ts';

/** Where ad-hoc envelopes put the id their support desk asks for (member names match case-insensitively). */
const BODY_IDS = [
  'requestId',
  'request_id',
  'x-request-id',
  'traceId',
  'trace_id',
  'correlationId',
  'correlation_id',
  'activityId',
  'activity_id',
  'errorId',
  'error_id',
  'incidentId',
  'incident_id',
  'supportId',
  'support_id',
  'referenceId',
  'reference_id',
];
/** Labels after which messages quote an id: "… RequestId: 9b2f…", "(Correlation ID: …)". */
const MESSAGE_ID_LABELS = [
  'RequestId',
  'Request ID',
  'Request Id',
  'ActivityId',
  'Activity ID',
  'Correlation ID',
  'CorrelationId',
  'Trace ID',
  'TraceId',
];

/**
 * Any failed response no family claimed. The code is the body's own when an ad-hoc envelope has one
 * (`error.code`, `code`, `<Error><Code>`, or `"code":"…"` recovered from truncated JSON), else the status.
 */
export const genericHttp: Detector = {
  family: 'generic-http',
  detect({ exchange, json, members, xml, text }: DetectInput): Envelope | null {
    if (exchange.status < 400) return null;
    if (isObject(json)) return fromObject(json, members, exchange.status);
    const code = bodyCode(json, xml, text) ?? String(exchange.status);
    return { family: 'generic-http', code, message: messageOf(text), ids: [] };
  },
};

/** An ad-hoc JSON envelope: `{"error":{"code","message"}}`, `{"code","message"}` or `{"error":"…"}`. */
function fromObject(json: JsonObject, members: ReadonlySet<string>, status: number): Envelope {
  const error = members.has('error') ? objectField(json, 'error')?.value : undefined;
  const code = nonEmpty((error && stringField(error, 'code')) ?? stringField(json, 'code'));
  const message =
    (error && stringField(error, 'message')) ??
    stringField(json, 'message') ??
    stringField(json, 'error') ??
    null;
  const ids = [...bodyIds(json, '', BODY_IDS, members), ...(error ? bodyIds(error, 'error', BODY_IDS) : [])];
  return {
    family: 'generic-http',
    code: code ?? String(status),
    message,
    ids: ids.length > 0 || message === null ? ids : quotedIds(message, error ? 'error.message' : 'message'),
  };
}

/** An id quoted in the message, when the envelope has no id member: a value with a digit, 8 characters or more. */
function quotedIds(message: string, where: string): CorrelationId[] {
  for (const label of MESSAGE_ID_LABELS) {
    const found = labelledId(message, where, label)[0];
    if (found && found.value.length >= 8 && /\d/.test(found.value)) return [found];
  }
  return [];
}

function bodyCode(json: unknown, xml: XmlElement | null, text: string | null): string | undefined {
  if (xml) return localName(xml.name) === 'Error' ? childText(xml, 'Code') : undefined;
  if (json === undefined && text !== null && /^\s*\{/.test(text.slice(0, 64))) {
    return nonEmpty(scanStringMember(text, 'code'));
  }
  return undefined;
}

function nonEmpty(code: string | undefined): string | undefined {
  return code?.trim() ? code : undefined;
}

function messageOf(text: string | null): string | null {
  // Cut-off JSON: the message was cut with it.
  if (text === null || /^\s*[[{]/.test(text.slice(0, 64))) return null;
  // Express and Connect print the reason in <pre>; servers like nginx only title the page "502 Bad Gateway".
  const page = elementText(text, 'pre') ?? elementText(text, 'title')?.replace(/^\d{3}\s+/, '');
  if (page !== undefined) return page;
  const plain = text.trim();
  return plain !== '' && !plain.startsWith('<') ? cutAtWord(plain, MESSAGE_CAP) : null;
}

const MESSAGE_CAP = 300;

/**
 * A long plain-text body is cut to a message, but never inside a word: a token cut in half no longer
 * looks like a token, so redaction downstream would keep its first half. The cut goes back to the last
 * blank; a text without one in reach is no message.
 */
function cutAtWord(text: string, cap: number): string | null {
  if (text.length <= cap) return text;
  if (/\s/.test(text.charAt(cap))) return text.slice(0, cap).trimEnd();
  const blank = text.slice(0, cap).search(/\s\S*$/);
  return blank > 0 ? text.slice(0, blank) : null;
}
