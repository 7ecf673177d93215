import { bodyText, DEFAULT_BODY_CAP } from './body.ts';
import { headerCorrelationIds } from './correlation-headers.ts';
import type { DetectInput, Detector, Envelope } from './detector.ts';
import { DETECTORS } from './detectors/registry.ts';
import type { Exchange } from './exchange.ts';
import type { BodyState, CorrelationId, Finding } from './finding.ts';
import { parseJson } from './json.ts';
import { worthParsing } from './precheck.ts';

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
  if (text !== null && exchange.status < 400 && !worthParsing(exchange.status, text)) return null;
  if (text === null && exchange.status < 400) return null;
  const input: DetectInput = {
    exchange,
    host: hostOf(exchange.url),
    text,
    json: text !== null && /^\s*[[{]/.test(text.slice(0, 64)) ? parseJson(text) : undefined,
  };
  for (const detector of options.detectors ?? DETECTORS) {
    const envelope = detector.detect(input);
    if (envelope) return toFinding(exchange, envelope, bodyStateOf(exchange, decoded));
  }
  return null;
}

function bodyStateOf(exchange: Exchange, decoded: ReturnType<typeof bodyText>): BodyState {
  if (decoded.ok) return 'analyzed';
  if (decoded.reason === 'too-large') return 'too-large';
  if (decoded.reason === 'bad-base64') return 'unreadable';
  return exchange.body.kind === 'none' && exchange.body.reason === 'empty' ? 'empty' : 'not-captured';
}

function fallback(exchange: Exchange): Envelope {
  return { family: 'generic-http', code: String(exchange.status), message: null, ids: [] };
}

function toFinding(exchange: Exchange, envelope: Envelope, bodyState: BodyState): Finding {
  return {
    family: envelope.family,
    code: envelope.code,
    status: exchange.status,
    message: envelope.message,
    method: exchange.method,
    url: exchange.url,
    startedAt: exchange.startedAt,
    correlationIds: uniqueIds([...envelope.ids, ...headerCorrelationIds(exchange.responseHeaders)]),
    bodyState,
  };
}

function uniqueIds(ids: CorrelationId[]): CorrelationId[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    const key = `${id.source}\u0000${id.name.toLowerCase()}\u0000${id.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
