import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact.ts';
import { redactText } from './text.ts';

/** security.md rule 3: parameters by name, in query and fragment, wherever the URL sits. */
describe('query and fragment parameters (rule 3)', () => {
  it.each([
    [
      'Azure SAS: sig goes, sv/se/sp stay',
      'https://a.blob.core.windows.net/c/b?sv=2022-11-02&se=2030-01-01&sp=r&sig=abc%2Bdef%3D',
      'https://a.blob.core.windows.net/c/b?sv=2022-11-02&se=2030-01-01&sp=r&sig=[REDACTED]',
    ],
    [
      'AWS presigned',
      '?X-Amz-Credential=AK%2F2024&X-Amz-Date=2024&X-Amz-Security-Token=Fw%3D&X-Amz-Signature=9f',
      '?X-Amz-Credential=[REDACTED]&X-Amz-Date=2024&X-Amz-Security-Token=[REDACTED]&X-Amz-Signature=[REDACTED]',
    ],
    [
      'CloudFront signed',
      '/v.mp4?Expires=1&Signature=abc~def&Key-Pair-Id=K2JCJMDEHXQW5F',
      '/v.mp4?Expires=1&Signature=[REDACTED]&Key-Pair-Id=[REDACTED]',
    ],
    [
      'fragment',
      'https://app/cb#access_token=tok&token_type=Bearer&expires_in=3600',
      'https://app/cb#access_token=[REDACTED]&token_type=Bearer&expires_in=3600',
    ],
    ['hash route', 'https://app/#/cb?id_token=x.y&ok=1', 'https://app/#/cb?id_token=[REDACTED]&ok=1'],
    [
      'code and state',
      '/cb?code=abc&state=xyz&session_state=s1',
      '/cb?code=[REDACTED]&state=[REDACTED]&session_state=s1',
    ],
    [
      'case and separators',
      '?Access-Token=a&ACCESS_TOKEN=b&accessToken=c',
      '?Access-Token=[REDACTED]&ACCESS_TOKEN=[REDACTED]&accessToken=[REDACTED]',
    ],
    ['percent-encoded name', '?access%5Ftoken=a&%63ode=b', '?access%5Ftoken=[REDACTED]&%63ode=[REDACTED]'],
    ['Rails-style name', 'user[password]=pw&user[name]=n', 'user[password]=[REDACTED]&user[name]=n'],
    ['matrix parameter', '/a;jsessionid=0123ABCD', '/a;jsessionid=[REDACTED]'],
    [
      'URL nested in a parameter, percent-encoded',
      '/authorize?redirect_uri=https%3A%2F%2Fapp%2Fcb%3Fcode%3Dsecret&scope=openid',
      '/authorize?redirect_uri=[REDACTED]&scope=openid',
    ],
    [
      'form body',
      'grant_type=authorization_code&code=abc&client_secret=s%2Bt',
      'grant_type=authorization_code&code=[REDACTED]&client_secret=[REDACTED]',
    ],
    [
      'in a sentence',
      'Redirected to /cb?code=abc123 after login',
      'Redirected to /cb?code=[REDACTED] after login',
    ],
  ])('%s', (_, input, output) => {
    expect(redactUrl(input)).toBe(output);
  });

  it.each([
    ['harmless parameters', 'https://api/x?page=2&sort=name&sv=1&se=2&sp=r#section-3'],
    ['an encoded but harmless value', '/search?q=caf%C3%A9+au+lait&next=%2Fhome'],
    ['empty values', '/cb?code=&state='],
  ])('keeps %s', (_, input) => {
    expect(redactUrl(input)).toBe(input);
  });
});

describe('labels, quoted keys and XML elements in text (rule 4 without a parse)', () => {
  it.each([
    ['a label', 'Invalid token: abc123, retry', 'Invalid token: [REDACTED], retry'],
    ['a label keeps the scheme', 'Authorization: Digest abc', 'Authorization: Digest [REDACTED]'],
    ['a cookie line', 'Cookie: a=1; b=2\nnext', 'Cookie: [REDACTED]\nnext'],
    [
      'truncated JSON',
      '{"client_secret": "abc", "password": "unterminated',
      '{"client_secret": "[REDACTED]", "password": "[REDACTED]',
    ],
    ['a JSON number', '{"page": 1, "pwd": 1234, "x": 2', '{"page": 1, "pwd": [REDACTED], "x": 2'],
    ['Python repr', "{'api_key': 'abc'}", "{'api_key': '[REDACTED]'}"],
    ['an attribute', '<input name="x" password="pw">', '<input name="x" password="[REDACTED]">'],
    [
      'an XML element',
      '<Creds><SessionToken>Fw==</SessionToken></Creds>',
      '<Creds><SessionToken>[REDACTED]</SessionToken></Creds>',
    ],
    [
      'a namespaced element',
      '<a:SecretAccessKey>k</a:SecretAccessKey>',
      '<a:SecretAccessKey>[REDACTED]</a:SecretAccessKey>',
    ],
  ])('%s', (_, input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it.each([
    ['error codes', 'Error code: 404. State: Succeeded. {"code": "InvalidAuthenticationToken", "code": 400}'],
    ['an S3 error', '<Error><Code>NoSuchBucket</Code><RequestId>4442587FB7D0A2F9</RequestId></Error>'],
    ['a URL with a port', 'see http://localhost:8080/token'],
    ['a nested structure after a label', '"credentials": {'],
  ])('keeps %s', (_, input) => {
    expect(redactText(input)).toBe(input);
  });

  it('redacts an OAuth code even where error codes are kept', () => {
    expect(redactText('{"code": "4/0AX4XfWhSECRET"}')).toBe('{"code": "[REDACTED]"}');
  });
});
