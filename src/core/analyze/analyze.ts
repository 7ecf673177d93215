import { batchFinding } from './batch/batch-finding.ts';
import { bodyText, DEFAULT_BODY_CAP } from '../ingest/body.ts';
import type { BatchPart, DetectInput, Detector, Envelope, HeaderLookup } from './detector.ts';
import { firstEnvelope, indexOf, membersOf, type DetectorIndex } from './detector-index.ts';
import { DETECTORS } from './registry.ts';
import { headerValue, type Exchange, type Header } from '../../model/exchange.ts';
import type { BodyState, Finding } from '../../model/finding.ts';
import { hostOf } from '../parse/host.ts';
import { isHtml } from '../parse/html.ts';
import { isObject, parseJson } from '../parse/json.ts';
import { worthParsing } from '../ingest/precheck.ts';
import { toFinding } from './to-finding.ts';
import { parseXml } from '../parse/xml.ts';

export interface AnalyzeOptions {
  bodyCap?: number;
  detectors?: readonly Detector[];
}

/** Finds the API error in one exchange, or null. Never throws: every input is untrusted. */
export function analyze(exchange: Exchange, options: AnalyzeOptions = {}): Finding | null {
  try {
    return analyzeUnsafe(exchange, options);
  } catch {
    return exchange.status >= 400 ? toFinding(exchange, fallback(exchange), 'unreadable') : null;
  }
}

function analyzeUnsafe(exchange: Exchange, options: AnalyzeOptions): Finding | null {
  const decoded = bodyText(exchange.body, options.bodyCap ?? DEFAULT_BODY_CAP);
  const text = decoded.ok ? decoded.text : null;
  if (exchange.status < 400 && (text === null || !worthParsing(exchange.status, text))) return null;
  const index = indexOf(options.detectors ?? DETECTORS);
  const host = hostOf(exchange.url);
  const envelope = detect(exchange, host, text, undefined, false, index);
  if (!envelope) return null;
  const bodyState = bodyStateOf(exchange, decoded);
  if (!envelope.parts) return toFinding(exchange, envelope, bodyState);
  const nested = envelope.parts.flatMap((part) => analyzePart(part, exchange, host, index));
  return batchFinding(exchange, envelope, nested, envelope.parts.length, bodyState);
}

const LEAD = /^\s*([<[{])/;
const NO_MEMBERS: ReadonlySet<string> = new Set();

/**
 * Parses the body once, as JSON or XML by its first character, for every detector to share, and asks
 * the detectors its top-level members call for.
 */
function detect(
  exchange: Exchange,
  host: string,
  text: string | null,
  json: unknown,
  inBatch: boolean,
  index: DetectorIndex,
): Envelope | null {
  const lead = text === null ? undefined : LEAD.exec(text.slice(0, 64))?.[1];
  const markup = lead === '<' && !isHtml(text, exchange.mimeType);
  const parsed =
    json === undefined && text !== null && (lead === '{' || lead === '[') ? parseJson(text) : json;
  let mask = index.all;
  let members = NO_MEMBERS;
  if (isObject(parsed)) {
    const called = index.ungated.slice();
    members = membersOf(parsed, index, called);
    mask = called;
  }
  const input: DetectInput = {
    exchange,
    host,
    headers: new ResponseHeaders(exchange.responseHeaders),
    text,
    json: parsed,
    members,
    xml: markup && text !== null ? parseXml(text) : null,
    inBatch,
  };
  return firstEnvelope(index, mask, input);
}

function analyzePart(part: BatchPart, outer: Exchange, host: string, index: DetectorIndex): Finding[] {
  const exchange: Exchange = {
    method: part.method,
    url: part.url,
    requestHeaders: [],
    requestBody: null,
    status: part.status,
    statusText: '',
    responseHeaders: part.headers,
    mimeType: headerValue(part.headers, 'content-type') ?? '',
    body: part.text !== null ? { kind: 'text', text: part.text } : { kind: 'none', reason: 'empty' },
    bodySize: part.text?.length ?? -1,
    startedAt: outer.startedAt,
  };
  const envelope = detect(exchange, host, part.text, part.json, true, index);
  if (!envelope) return [];
  const bodyState = part.text === null && part.json === undefined ? 'empty' : 'analyzed';
  return [{ ...toFinding(exchange, envelope, bodyState), part: part.ref }];
}

function bodyStateOf(exchange: Exchange, decoded: ReturnType<typeof bodyText>): BodyState {
  if (decoded.ok) return 'analyzed';
  if (decoded.reason === 'too-large') return 'too-large';
  if (decoded.reason === 'bad-base64') return 'unreadable';
  return exchange.body.kind === 'none' && exchange.body.reason !== 'not-captured'
    ? exchange.body.reason
    : 'not-captured';
}

function fallback(exchange: Exchange): Envelope {
  return { family: 'generic-http', code: String(exchange.status), message: null, ids: [] };
}

/**
 * Detectors ask for a handful of names, most of which a response does not have: scanning its headers,
 * lengths compared first, costs less than lower-casing every name into a map (about a third, at 3-12
 * headers).
 */
class ResponseHeaders implements HeaderLookup {
  constructor(private readonly list: readonly Header[]) {}

  get(name: string): string | undefined {
    return headerValue(this.list, name);
  }

  has(name: string): boolean {
    return headerValue(this.list, name) !== undefined;
  }
}
