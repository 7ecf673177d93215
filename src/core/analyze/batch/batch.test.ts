import { describe, expect, it } from 'vitest';
import { anExchange } from '../../../testing/exchange.ts';
import { analyze } from '../analyze.ts';
import type { Exchange } from '../../../model/exchange.ts';

function exchange(text: string, overrides: Partial<Exchange> = {}): Exchange {
  return anExchange({
    method: 'POST',
    url: 'https://host/service/$batch',
    status: 200,
    statusText: 'OK',
    text,
    ...overrides,
  });
}

const failed = (id: string, status: number, code: string) => ({
  id,
  status,
  headers: { 'X-Tasks-CorrelationId': `corr-${id}` },
  body: { error: { code, message: `m${id}`, innerError: { 'request-id': `req-${id}` } } },
});

describe('batches answered as a whole under 200', () => {
  it('reports failed sub-responses as nested findings, with the sub-request line from the batch request', () => {
    const body = JSON.stringify({
      responses: [{ id: '1', status: 200, body: { value: [] } }, failed('2', 404, 'NotFound')],
    });
    const requestBody = JSON.stringify({
      requests: [{ id: '2', method: 'get', url: "/service/Customers('X')" }],
    });
    const finding = analyze(exchange(body, { requestBody }));
    expect(finding).toMatchObject({ family: 'odata', code: 'NotFound', status: 200, partial: true });
    expect(finding?.nested).toEqual([
      expect.objectContaining({
        part: 'responses[id=2]',
        status: 404,
        code: 'NotFound',
        method: 'GET',
        url: "https://host/service/Customers('X')",
      }),
    ]);
  });

  it('resolves Graph sub-request URLs against the version root and prefixes every nested id', () => {
    const body = JSON.stringify({
      responses: [failed('2', 403, ''), failed('4', 405, 'Request_BadRequest')],
    });
    const requestBody = JSON.stringify({ requests: [{ id: '4', method: 'POST', url: '/me/x' }] });
    const finding = analyze(exchange(body, { url: 'https://graph.microsoft.com/v1.0/$batch', requestBody }));
    expect(finding).toMatchObject({ family: 'graph', code: 'Request_BadRequest', partial: false });
    expect(finding?.nested.map((n) => [n.code, n.url])).toEqual([
      ['', 'https://graph.microsoft.com/v1.0/$batch'],
      ['Request_BadRequest', 'https://graph.microsoft.com/v1.0/me/x'],
    ]);
    expect(finding?.correlationIds).toEqual(
      expect.arrayContaining([
        { name: 'responses[id=2].body.error.innerError.request-id', value: 'req-2', source: 'body' },
        { name: 'responses[id=4].headers.X-Tasks-CorrelationId', value: 'corr-4', source: 'body' },
      ]),
    );
  });

  it('is no error when every part succeeded', () => {
    const body = JSON.stringify({ responses: [{ id: '1', status: 201, body: { id: 1 } }] });
    expect(analyze(exchange(body))).toBeNull();
  });

  it('reads multipart batches, one changeset level deep, with LF or CRLF', () => {
    const http = (status: string, json: string) =>
      `Content-Type: application/http\n\nHTTP/1.1 ${status}\nContent-Type: application/json\n\n${json}\n`;
    const changeset = `--cs\n${http('424 Failed Dependency', '{}')}--cs\n${http('400 Bad Request', '{"error":{"code":"Bad","message":"m"}}')}--cs--\n`;
    const text = `--b\n${http('200 OK', '{"a":1}')}--b\nContent-Type: multipart/mixed; boundary=cs\n\n${changeset}--b--\n`;
    const finding = analyze(exchange(text, { mimeType: 'multipart/mixed; boundary=b' }));
    expect(finding).toMatchObject({ family: 'odata', code: '424', partial: true });
    expect(finding?.nested.map((n) => [n.part, n.status, n.code])).toEqual([
      ['parts[1].parts[0]', 424, '424'],
      ['parts[1].parts[1]', 400, 'Bad'],
    ]);
  });

  it('reports failed records of a Salesforce collection by index', () => {
    const text = JSON.stringify([
      { id: '001', success: true, errors: [] },
      {
        success: false,
        errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing' }],
      },
    ]);
    const finding = analyze(
      exchange(text, { url: 'https://x.my.salesforce.com/services/data/v60.0/composite/sobjects' }),
    );
    expect(finding).toMatchObject({ family: 'salesforce', code: 'REQUIRED_FIELD_MISSING', partial: true });
    expect(finding?.nested.map((n) => n.part)).toEqual(['[1]']);
  });

  it('does not nest a batch inside a batch part', () => {
    const inner = { responses: [{ id: 'x', status: 500 }] };
    const text = JSON.stringify({ responses: [{ id: '1', status: 200, body: inner }] });
    expect(analyze(exchange(text))).toBeNull();
  });
});
