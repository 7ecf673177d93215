import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import type { CorrelationId } from '../../../model/finding.ts';
import { onDomain } from '../../parse/host.ts';
import { field, isObject, objectField, stringField } from '../../parse/json.ts';

const STRIPE_TYPES = new Set([
  'api_error',
  'card_error',
  'idempotency_error',
  'invalid_request_error',
  'rate_limit_error',
  'authentication_error',
  'api_connection_error',
  'permission_error',
]);
const REQUEST_ID = /\breq_[A-Za-z0-9]{6,64}/;

/**
 * Stripe: `{"error":{"type","code","decline_code","message","param","doc_url","request_log_url"}}`. `type` is
 * the classifier when `code` is absent. The `Request-Id` header reappears inside `request_log_url`.
 */
export const stripe: Detector = {
  family: 'stripe',
  members: ['error'],
  detect({ json, host, exchange }: DetectInput): Envelope | null {
    if (exchange.status < 400 || !isObject(json)) return null;
    const outer = objectField(json, 'error');
    if (!outer) return null;
    const error = outer.value;
    const type = stringField(error, 'type');
    if (!(type !== undefined && STRIPE_TYPES.has(type)) && !onDomain(host, ['stripe.com'])) return null;
    const ids: CorrelationId[] = [];
    const logUrl = field(error, 'request_log_url');
    const requestId = typeof logUrl?.value === 'string' ? REQUEST_ID.exec(logUrl.value)?.[0] : undefined;
    if (logUrl && requestId)
      ids.push({ name: `${outer.key}.${logUrl.key}#req`, value: requestId, source: 'body' });
    const docs = stringField(error, 'doc_url');
    return {
      family: 'stripe',
      // Without a code, the type (invalid_request_error) says more than the status would.
      code: stringField(error, 'code') ?? type ?? null,
      message: stringField(error, 'message') ?? null,
      ids,
      ...(docs ? { docs } : {}),
    };
  },
};
