import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { onDomain } from '../../parse/host.ts';
import {
  arrayField,
  codeOf,
  field,
  firstObject,
  isObject,
  objectField,
  stringField,
  type JsonObject,
} from '../../parse/json.ts';

const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';

/**
 * Google APIs (AIP-193): `error.code` is the HTTP status, not the code. The machine code is the
 * `ErrorInfo.reason` in `details`, else the legacy `errors[0].reason`, else the canonical `status`.
 */
export const google: Detector = {
  family: 'google',
  members: ['error'],
  detect({ json, host, exchange }: DetectInput): Envelope | null {
    if (exchange.status < 400 || !isObject(json)) return null;
    const outer = objectField(json, 'error');
    if (!outer) return null;
    const error = outer.value;
    const status = stringField(error, 'status');
    const legacy = firstObject(arrayField(error, 'errors'));
    const shaped =
      typeof field(error, 'code')?.value === 'number' && (status !== undefined || legacy !== undefined);
    if (!shaped && !onDomain(host, ['googleapis.com'])) return null;
    const code =
      reasonOf(arrayField(error, 'details')) ??
      (legacy && stringField(legacy, 'reason')) ??
      status ??
      codeOf(field(error, 'code')?.value) ??
      null;
    return { family: 'google', code, message: stringField(error, 'message') ?? null, ids: [] };
  },
};

function reasonOf(details: unknown[] | undefined): string | undefined {
  const info = details?.find((d): d is JsonObject => isObject(d) && stringField(d, '@type') === ERROR_INFO);
  return info && stringField(info, 'reason');
}
