import { describe, expect, it } from 'vitest';
import { isIdentifierLike, isSensitiveName, normalizeName, percentDecode } from './names.ts';

describe('name normalization', () => {
  it.each([
    ['access_token', 'accesstoken'],
    ['Access-Token', 'accesstoken'],
    ['ACCESS_TOKEN', 'accesstoken'],
    ['accessToken', 'accesstoken'],
    ['access%5Ftoken', 'accesstoken'],
    ['access%255Ftoken', 'accesstoken'],
    ['%61ccess%2Dtoken', 'accesstoken'],
    ['user[password]', 'password'],
    ['user%5Bpassword%5D', 'password'],
  ])('%s → %s', (name, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });

  it('decodes at most three rounds and leaves malformed escapes alone', () => {
    expect(percentDecode('%252541')).toBe('A');
    expect(percentDecode('%25252541')).toBe('%41');
    expect(percentDecode('%zz%4')).toBe('%zz%4');
    expect(percentDecode('a+b%2Bc', true)).toBe('a b+c');
  });

  it('judges an absurdly long name by its end, without decoding all of it', () => {
    expect(normalizeName('%25'.repeat(10_000) + 'password')).toMatch(/password$/);
    expect(isSensitiveName('x'.repeat(10_000) + '_token')).toBe(true);
  });
});

describe('sensitive names (rules 3 and 4)', () => {
  it.each([
    'access_token',
    'id_token',
    'refresh_token',
    'token',
    'code',
    'state',
    'code_verifier',
    'code_challenge',
    'client_secret',
    'client_id',
    'client_assertion',
    'assertion',
    'password',
    'email',
    'SAMLRequest',
    'SAMLResponse',
    'RelayState',
    'authenticity_token',
    'auth',
    'usg',
    'shdf',
    'key',
    'api_key',
    'apikey',
    'sig',
    'X-Amz-Signature',
    'X-Amz-Credential',
    'X-Amz-Security-Token',
    'X-Goog-Signature',
    'X-Goog-Credential',
    'Signature',
    'Policy',
    'Key-Pair-Id',
    'session',
    'sid',
    'passwd',
    'pwd',
    'secret',
    'private_key',
    'api_secret',
    'authorization',
    'cookie',
    'session_token',
    'signature',
    'jwt',
    'bearer',
    'clientSecret',
    'REFRESH-TOKEN',
    'access%5Ftoken',
    'nextPageToken',
    'SecretAccessKey',
    'JSESSIONID',
    'tokens',
    'AccountKey',
    'subscription-key',
  ])('%s is sensitive', (name) => {
    expect(isSensitiveName(name)).toBe(true);
  });

  it.each([
    'sv',
    'se',
    'sp',
    'sr',
    'X-Amz-Date',
    'X-Amz-Expires',
    'token_type',
    'expires_in',
    'request_id',
    'requestId',
    'client-request-id',
    'traceparent',
    'target',
    'message',
    'error',
    'error_description',
    'idempotency-key',
    'keyId',
    'session_state',
    'provisioningState',
    'redirect_uri',
  ])('%s is not', (name) => {
    expect(isSensitiveName(name)).toBe(false);
  });
});

describe('error codes beside OAuth codes', () => {
  it.each(['InvalidAuthenticationToken', 'invalid_grant', 'AADSTS50076', '404', 'Succeeded', 'E11000'])(
    'code %s reads as an identifier',
    (value) => expect(isIdentifierLike('code', value)).toBe(true),
  );

  it.each(['4/0AX4XfWh', 'e72e16c7e42f292c6912', 'af0ifjsldkj9xyz', ''])('code %s does not', (value) =>
    expect(isIdentifierLike('code', value)).toBe(false),
  );

  it('applies to code and state only', () => expect(isIdentifierLike('token', 'Expired')).toBe(false));
});
