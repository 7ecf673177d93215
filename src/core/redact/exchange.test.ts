import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../model/exchange.ts';
import { JWT } from './canaries.ts';
import { redactExchange, redactExchangeWithMarks } from './exchange.ts';

const GUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return {
    method: 'POST',
    url: 'https://login.example.com/token?client_id=app',
    requestHeaders: [
      { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
      { name: 'Authorization', value: 'Basic YXBwOnNlY3JldA==' },
      { name: 'Cookie', value: 'sid=abc; theme=dark' },
    ],
    requestBody: 'grant_type=refresh_token&refresh_token=r3fr3sh&scope=openid',
    status: 400,
    statusText: 'Bad Request',
    responseHeaders: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'x-ms-request-id', value: GUID },
      { name: 'Set-Cookie', value: 'sid=new; Path=/; HttpOnly' },
    ],
    mimeType: 'application/json',
    body: { kind: 'text', text: `{"error":"invalid_grant","id_token":"${JWT}","trace_id":"${GUID}"}` },
    bodySize: 120,
    startedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

describe('redactExchange', () => {
  it('redacts URL, headers, both bodies; keeps ids, status and timing', () => {
    const out = redactExchange(exchange());
    expect(out).toEqual({
      ...exchange(),
      url: 'https://login.example.com/token?client_id=[REDACTED]',
      requestHeaders: [
        { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
        { name: 'Authorization', value: 'Basic [REDACTED]' },
        { name: 'Cookie', value: 'sid=[REDACTED]; theme=[REDACTED]' },
      ],
      requestBody: 'grant_type=refresh_token&refresh_token=[REDACTED]&scope=openid',
      responseHeaders: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'x-ms-request-id', value: GUID },
        { name: 'Set-Cookie', value: 'sid=[REDACTED]; Path=/; HttpOnly' },
      ],
      body: { kind: 'text', text: `{"error":"invalid_grant","id_token":"[REDACTED]","trace_id":"${GUID}"}` },
    });
    expect(redactExchange(out)).toEqual(out);
  });

  it('names the field of every mark', () => {
    const fields = redactExchangeWithMarks(exchange()).marks.map((m) => m.field);
    expect(fields).toEqual([
      'url',
      'requestHeaders[1].value',
      'requestHeaders[2].value',
      'requestHeaders[2].value',
      'requestBody',
      'responseHeaders[2].value',
      'body.text',
    ]);
  });

  it('decodes a base64 body to redact it, and drops one it cannot read', () => {
    const data = Buffer.from('{"access_token":"t0k3n"}').toString('base64');
    expect(redactExchange(exchange({ body: { kind: 'base64', data } })).body).toEqual({
      kind: 'text',
      text: '{"access_token":"[REDACTED]"}',
    });
    expect(redactExchange(exchange({ body: { kind: 'base64', data: '%%%' } })).body).toEqual({
      kind: 'none',
      reason: 'not-captured',
    });
    const huge = { kind: 'text' as const, text: 'x'.repeat(3 * 1024 * 1024) };
    expect(redactExchange(exchange({ body: huge })).body).toEqual({ kind: 'none', reason: 'too-large' });
  });
});
