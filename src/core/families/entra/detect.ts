import { bodyIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { onDomain } from '../../parse/host.ts';
import { arrayField, isObject, stringField } from '../../parse/json.ts';

const LOGIN_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.windows.net',
  'login.live.com',
  'sts.windows.net',
  'b2clogin.com',
  'ciamlogin.com',
];
const AADSTS = /^AADSTS\d{1,9}/;

/**
 * Microsoft Entra ID token errors: OAuth 2.0 fields plus `error_codes`, `trace_id`, `correlation_id` and
 * `timestamp`. The code shown is the AADSTS number, which the error-code reference is keyed by; the OAuth
 * `error` string is only its category.
 */
export const entra: Detector = {
  family: 'entra',
  members: ['error'],
  detect({ json, members, host, exchange }: DetectInput): Envelope | null {
    if (exchange.status < 400 || !isObject(json)) return null;
    if (stringField(json, 'error') === undefined) return null;
    const description = stringField(json, 'error_description');
    const number = arrayField(json, 'error_codes')?.[0];
    const prefixed = description === undefined ? undefined : AADSTS.exec(description)?.[0];
    if (typeof number !== 'number' && prefixed === undefined && !onDomain(host, LOGIN_HOSTS)) return null;
    const code =
      typeof number === 'number' ? `AADSTS${number}` : (prefixed ?? stringField(json, 'error') ?? null);
    const ids = bodyIds(json, '', ['trace_id', 'correlation_id', 'timestamp'], members);
    return { family: 'entra', code, message: description ?? null, ids };
  },
};
