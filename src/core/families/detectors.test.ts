import { describe, expect, it } from 'vitest';
import { anExchange } from '../../testing/exchange.ts';
import { analyze } from '../analyze/analyze.ts';
import type { Exchange, Header } from '../../model/exchange.ts';

function exchange(
  status: number,
  text: string | null,
  headers: Header[] = [],
  url = 'https://api.example.com/x',
): Exchange {
  const mimeType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  return anExchange({ status, text, responseHeaders: headers, url, mimeType, startedAt: '' });
}

const json = { name: 'Content-Type', value: 'application/json' };
const outcome = (e: Exchange) => {
  const finding = analyze(e);
  return finding && [finding.family, finding.code];
};

describe('detectors: the ambiguities FORMATS.md §24 lists beyond the corpus', () => {
  it.each([
    [
      'an OData in-stream error appended to a 200 whose JSON was left malformed',
      exchange(200, '{"value":[{"ID":1},{"ID":2}, "error":{"code":"ServiceUnavailable","message":"gone"}}', [
        json,
      ]),
      ['odata', 'ServiceUnavailable'],
    ],
    [
      "Spring's reason phrase in a string `error`, which is no OAuth code",
      exchange(500, '{"timestamp":"t","status":500,"error":"Internal Server Error","path":"/x"}', [json]),
      ['generic-http', '500'],
    ],
    [
      "an application's own envelope behind API Gateway",
      exchange(409, '{"error":{"code":"Conflict","message":"m"}}', [
        json,
        { name: 'x-amzn-RequestId', value: 'r' },
      ]),
      ['odata', 'Conflict'],
    ],
    [
      "an origin's HTML page passed through CloudFront",
      exchange(502, '<html><title>502 Bad Gateway</title></html>', [{ name: 'X-Amz-Cf-Id', value: 'c' }]),
      ['generic-http', '502'],
    ],
    [
      'a Graph envelope off the Graph host, known by its innerError ids',
      exchange(404, '{"error":{"code":"itemNotFound","message":"m","innerError":{"request-id":"r"}}}', [
        json,
      ]),
      ['graph', 'itemNotFound'],
    ],
    [
      'an S3 error under 200 (CopyObject)',
      exchange(200, '<Error><Code>InternalError</Code><RequestId>R</RequestId><HostId>H</HostId></Error>'),
      ['aws', 'InternalError'],
    ],
    [
      'a SOAP fault under 200 from a non-conforming stack',
      exchange(
        200,
        '<s:Envelope><s:Body><s:Fault><faultcode>s:Client</faultcode></s:Fault></s:Body></s:Envelope>',
      ),
      ['soap', 's:Client'],
    ],
    [
      'a problem without `type`, which defaults to about:blank',
      exchange(503, '{"title":"Service Unavailable","status":503}', [
        { name: 'Content-Type', value: 'application/problem+json' },
      ]),
      ['problem-details', 'about:blank'],
    ],
    [
      'a code only in x-amzn-ErrorType, with no body',
      exchange(403, null, [{ name: 'x-amzn-ErrorType', value: 'AccessDeniedException:http://internal/' }]),
      ['aws', 'AccessDeniedException'],
    ],
    [
      'a Basic challenge, which names no error',
      exchange(401, null, [{ name: 'WWW-Authenticate', value: 'Basic realm="x"' }]),
      ['generic-http', '401'],
    ],
  ])('%s', (_name, e, expected) => {
    expect(outcome(e)).toEqual(expected);
  });

  it.each([
    ['a 200 resource that merely has `type` and `title`', '{"type":"article","title":"Hello"}'],
    ['a Cloudflare success', '{"success":true,"errors":[],"result":{}}'],
    ['GraphQL data without errors', '{"data":{"a":null}}'],
    ['an empty `errors` next to data', '{"data":{"a":1},"errors":[]}'],
  ])('leaves %s alone', (_name, text) => {
    expect(analyze(exchange(200, text, [json]))).toBeNull();
  });

  it('marks GraphQL data beside errors as partial, but not data that nulled out entirely', () => {
    const partial = '{"errors":[{"message":"m","path":["a"]}],"data":{"a":null,"b":1}}';
    expect(analyze(exchange(200, partial, [json]))?.partial).toBe(true);
    expect(
      analyze(exchange(200, '{"errors":[{"message":"m","path":["a"]}],"data":{"a":null}}', [json]))?.partial,
    ).toBeUndefined();
  });
});
