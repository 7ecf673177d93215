import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.ts';
import { redactBody, redactFinding, redactHeaders, redactText } from './redact.ts';

const BOUNDARY = '----WebKitFormBoundary7MA4YWxkTrZu0gW';

function formData(fields: [string, string][]): string {
  return (
    fields
      .map(
        ([name, value]) =>
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${BOUNDARY}--\r\n`
  );
}

describe('multipart/form-data (what fetch sends for FormData)', () => {
  it('drops the content of parts named like a secret and keeps the rest and the layout', () => {
    const body = formData([
      ['username', 'jane'],
      ['password', 'hunter2hunter2'],
      ['api_key', 'k-9f8e7d6c5b4a'],
      ['note', 'see https://x.example/cb?code=SECRETCODE9'],
    ]);
    const out = redactBody(body, `multipart/form-data; boundary=${BOUNDARY}`);
    expect(out).toBe(
      formData([
        ['username', 'jane'],
        ['password', '[REDACTED]'],
        ['api_key', '[REDACTED]'],
        ['note', 'see https://x.example/cb?code=[REDACTED]'],
      ]),
    );
    expect(redactBody(out, `multipart/form-data; boundary=${BOUNDARY}`)).toBe(out);
  });

  it('finds the boundary from the body when the type is missing', () => {
    expect(redactBody(formData([['client_secret', 'shh-123456']]), '')).not.toContain('shh-123456');
  });

  it('redacts a JSON part by its own type', () => {
    const body =
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n` +
      `{"token":"abc123def456","id":"req-1"}\r\n--${BOUNDARY}--\r\n`;
    const out = redactBody(body, `multipart/form-data; boundary="${BOUNDARY}"`);
    expect(out).toContain('{"token":"[REDACTED]","id":"req-1"}');
  });
});

describe('HTML inputs and XML settings named like a secret', () => {
  it.each([
    ['<input type="hidden" name="csrf_token" value="Zx9csrfVALUE">', 'Zx9csrfVALUE'],
    ["<input name='authenticity_token' type=hidden value='RailsTok3n=='>", 'RailsTok3n=='],
    ['<meta name="csrf-token" content="MetaTok3nValue">', 'MetaTok3nValue'],
    ['<input value="AspNetTok3n" name="__RequestVerificationToken" type="hidden" />', 'AspNetTok3n'],
    ['<add key="StorageAccountKey" value="c2VjcmV0a2V5"/>', 'c2VjcmV0a2V5'],
  ])('%s', (html, secret) => {
    const out = redactText(`<form>${html}</form>`);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED]');
    expect(redactText(out)).toBe(out);
  });

  it('keeps ordinary inputs', () => {
    const html = '<input type="hidden" name="returnUrl" value="/home"><input name="q" value="shoes">';
    expect(redactText(html)).toBe(html);
  });
});

describe('WWW-Authenticate', () => {
  it('drops a Negotiate or NTLM token and keeps challenge parameters', () => {
    expect(
      redactHeaders([
        { name: 'WWW-Authenticate', value: 'Negotiate oRswGaADCgEAoxIEEAEAAABDh+CIwTbjqQAAAAA=' },
        { name: 'WWW-Authenticate', value: 'Bearer realm="api", error="invalid_token"' },
        { name: 'WWW-Authenticate', value: 'Negotiate' },
      ]).map((h) => h.value),
    ).toEqual(['Negotiate [REDACTED]', 'Bearer realm="api", error="invalid_token"', 'Negotiate']);
  });
});

describe('a finding: every field', () => {
  const finding: Finding = {
    family: 'generic-http',
    code: 'token=abc123secret',
    status: 401,
    message: 'Bearer 5|AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 rejected',
    method: 'GET',
    url: 'https://api.example.com/x',
    startedAt: '2024-06-11T09:14:22.000Z',
    correlationIds: [
      {
        name: 'x-correlation-id',
        value: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig',
        source: 'header',
      },
      { name: 'x-request-id', value: 'req-7f3a9c2e', source: 'header' },
    ],
    bodyState: 'analyzed',
    hints: [
      {
        kind: 'parameterCaseMismatch',
        sent: 'Token ghp_0123456789abcdefghijklmnopqrstuvwxyz',
        expected: 'x',
      },
    ],
    nested: [],
  };

  it('redacts code, correlation ids that carry a credential, hint texts and Sanctum tokens whole', () => {
    const out = redactFinding(finding);
    expect(out.code).toBe('token=[REDACTED]');
    expect(out.message).toBe('Bearer [REDACTED] rejected');
    expect(out.correlationIds.map((id) => id.value)).toEqual(['Bearer [REDACTED]', 'req-7f3a9c2e']);
    expect(JSON.stringify(out.hints)).not.toContain('ghp_');
  });
});
