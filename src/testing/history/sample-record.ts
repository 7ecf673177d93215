import type { CorrelationId, Family } from '../../model/finding.ts';
import { redactCorrelationIds, redactText } from '../../core/redact/redact.ts';
import { newRecordId } from '../../core/history/record-id.ts';
import { HISTORY_SCHEMA_VERSION, type HistoryRecord } from '../../core/history/record.ts';

type Texts = 'origin' | 'method' | 'url' | 'code' | 'message' | 'correlationIds' | 'idValues';

/** A record as a test writes it, with plain strings; `sampleRecord` redacts them as `toRecord` would. */
export type PlainRecord = Omit<HistoryRecord, Texts> & {
  origin: string;
  method: string;
  url: string;
  code: string | null;
  message: string | null;
  correlationIds: CorrelationId[];
  idValues: string[];
};

function redacted(plain: PlainRecord): HistoryRecord {
  const { origin, method, url, code, message, correlationIds, idValues } = plain;
  return {
    ...plain,
    origin: redactText(origin),
    method: redactText(method),
    url: redactText(url),
    code: code === null ? null : redactText(code),
    message: message === null ? null : redactText(message),
    correlationIds: redactCorrelationIds(correlationIds),
    idValues: idValues.map((value) => redactText(value)),
  };
}

const START = Date.parse('2024-06-11T09:00:00.000Z');
const KINDS: { family: Family; host: string; code: string | null; status: number; meaning: string }[] = [
  {
    family: 'graph',
    host: 'graph.microsoft.com',
    code: 'Request_ResourceNotFound',
    status: 404,
    meaning: 'No such resource.',
  },
  {
    family: 'arm',
    host: 'management.azure.com',
    code: 'AuthorizationFailed',
    status: 403,
    meaning: 'Missing a role.',
  },
  { family: 'stripe', host: 'api.stripe.com', code: 'resource_missing', status: 400, meaning: 'No such id.' },
  { family: 'generic-http', host: 'api.example.com', code: null, status: 503, meaning: 'Unavailable.' },
];

/**
 * A realistic, redacted history record (about 250 bytes of values, 400 as JSON), for tests, the browser harness and the
 * benchmark. Record `n` is `n` seconds after a fixed start, so distinct `n` give distinct times and ids.
 */
export function sampleRecord(n: number, overrides: Partial<PlainRecord> = {}): HistoryRecord {
  const kind = KINDS[n % KINDS.length] ?? KINDS[0]!;
  const time = overrides.time ?? new Date(START + n * 1000).toISOString();
  const requestId = `req-${n.toString(36)}-${((n * 2654435761) % 65536).toString(16)}`;
  return redacted({
    schema: HISTORY_SCHEMA_VERSION,
    id: newRecordId(time, () => (n % 997) / 997),
    time,
    origin: 'https://app.test',
    host: kind.host,
    method: n % 3 === 0 ? 'POST' : 'GET',
    url: `https://${kind.host}/v1/items/${n}`,
    status: kind.status,
    family: kind.family,
    code: kind.code,
    message: `Item ${n}: not found`,
    correlationIds: [{ name: 'request-id', value: requestId, source: 'header' }],
    meaning: kind.meaning,
    idValues: [requestId],
    ...overrides,
  });
}
