import type { Detector, DetectInput, Envelope } from '../../analyze/detector.ts';
import { field, isObject, stringField } from '../../parse/json.ts';
import { challengeParams } from '../../parse/www-authenticate.ts';

/** RFC 6749 §5.2, RFC 6750 §3.1, RFC 8628 §3.5 and OpenID Connect Core §3.1.2.6 error codes. */
const OAUTH_CODES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'invalid_token',
  'insufficient_scope',
  'access_denied',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
]);
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

/**
 * OAuth 2.0: `{"error":"<code>","error_description"?,"error_uri"?}` from a token endpoint (`error` is a
 * string, unlike the object envelopes), or, from a resource server, only the `WWW-Authenticate: Bearer
 * error="…"` challenge with an empty body. Spring's `"error":"Internal Server Error"` is not one.
 */
export const oauth2: Detector = {
  family: 'oauth2',
  detect({ json, members, headers, exchange }: DetectInput): Envelope | null {
    if (exchange.status < 400) return null;
    if (members.has('error') && isObject(json)) {
      const code = stringField(json, 'error');
      const described =
        field(json, 'error_description') !== undefined || field(json, 'error_uri') !== undefined;
      if (code !== undefined && (OAUTH_CODES.has(code) || (described && SNAKE_CASE.test(code)))) {
        return { family: 'oauth2', code, message: stringField(json, 'error_description') ?? null, ids: [] };
      }
    }
    const challenge = headers.get('www-authenticate');
    const params = challenge === undefined ? undefined : challengeParams(challenge);
    const code = params?.get('error');
    if (code === undefined) return null;
    return { family: 'oauth2', code, message: params?.get('error_description') ?? null, ids: [] };
  },
};
