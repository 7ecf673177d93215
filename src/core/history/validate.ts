import type { CorrelationId, Family } from '../../model/finding.ts';
import { redactCorrelationIds, redactText } from '../redact/redact.ts';
import { lowerRedacted } from '../redact/redacted.ts';
import { HISTORY_SCHEMA_VERSION, type HistoryChange, type HistoryRecord } from './record.ts';

// One canonical form, so that comparing times as strings (as the IndexedDB index does) is chronological.
const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null => value === null || isString(value);
const isTime = (value: unknown): value is string =>
  isString(value) && UTC_ISO.test(value) && Number.isFinite(Date.parse(value));
// Any family name survives: a team pack's family, or one a later version knows, is still the user's record.
const isFamily = (value: unknown): value is Family => isString(value) && value !== '';

function correlationIdOf(value: unknown): CorrelationId | null {
  if (!isObject(value) || !isString(value.name) || !isString(value.value)) return null;
  if (value.source !== 'header' && value.source !== 'body') return null;
  return { name: value.name, value: value.value, source: value.source };
}

// The exact-id index is looked up with lower-cased text: a value in another case could never be found.
const isIdValues = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => isString(v) && v === v.toLowerCase());

function recordOf(value: unknown): HistoryRecord | null {
  if (!isObject(value) || value.schema !== HISTORY_SCHEMA_VERSION) return null;
  const { id, time, origin, host, method, url, status, family, code, message, meaning } = value;
  if (!isString(id) || id === '' || !isTime(time) || !isFamily(family)) return null;
  if (!isString(origin) || !isString(host) || !isString(method) || !isString(url) || !isString(meaning)) {
    return null;
  }
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) return null;
  if (!isNullableString(code) || !isNullableString(message) || !isIdValues(value.idValues)) return null;
  if (!Array.isArray(value.correlationIds)) return null;
  const correlationIds = value.correlationIds.map(correlationIdOf);
  if (correlationIds.some((c) => c === null)) return null;
  // Stored records were redacted when written; they are judged again by today's rules, so that a rule
  // added later holds for old records too (idempotent: what was redacted stays as it is).
  const text = (s: string) => redactText(s);
  return {
    schema: HISTORY_SCHEMA_VERSION,
    id,
    time,
    origin: text(origin),
    host,
    method: text(method),
    url: text(url),
    status,
    family,
    code: code === null ? null : text(code),
    message: message === null ? null : text(message),
    correlationIds: redactCorrelationIds(correlationIds as CorrelationId[]),
    meaning,
    idValues: value.idValues.map((v) => lowerRedacted(text(v))),
  };
}

/**
 * A stored row as a fresh HistoryRecord with only the known fields, or null when this version cannot
 * read it (another schema, a missing or mistyped field): the caller skips it. Never throws.
 */
export function validateRecord(value: unknown): HistoryRecord | null {
  try {
    return recordOf(value);
  } catch {
    // A row is structured-cloned data, but a caller may hand anything, a throwing getter included.
    return null;
  }
}

/** Copies of `records` fit to store; a batch with one bad record is refused whole, before any write. */
export function checkRecords(records: readonly unknown[]): HistoryRecord[] {
  return records.map((value, index) => {
    const record = validateRecord(value);
    if (!record)
      throw new TypeError(`History record ${index} of ${records.length} is not valid; nothing was written`);
    return record;
  });
}

const isIds = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/**
 * A change another window announced, or null for anything else: the channel is shared with every
 * Faultline version running on this profile. `closed` is never announced: it concerns one DevTools window only.
 */
export function validateRemoteChange(value: unknown): HistoryChange | null {
  if (!isObject(value)) return null;
  switch (value.kind) {
    case 'appended':
    case 'deleted':
      return isIds(value.ids) ? { kind: value.kind, ids: [...value.ids] } : null;
    case 'cleared':
      return { kind: 'cleared' };
    case 'pruned': {
      const { count, reason } = value;
      const validCount = typeof count === 'number' && Number.isInteger(count) && count >= 0;
      return validCount && (reason === 'cap' || reason === 'quota')
        ? { kind: 'pruned', count, reason }
        : null;
    }
    default:
      return null;
  }
}
