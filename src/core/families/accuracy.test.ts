import { describe, expect, it } from 'vitest';
import { anExchange } from '../../testing/exchange.ts';
import { analyze } from '../analyze/analyze.ts';

const ec2 =
  '<Response><Errors><Error><Code>InvalidVpcID.NotFound</Code><Message>no such vpc</Message></Error></Errors>' +
  '<RequestID>8c0a9c8e-54b2-4b2e-9b6e-0f1c2d3e4f5a</RequestID></Response>';

describe('shapes real services send that detectors used to miss', () => {
  it("reads EC2's <Response><Errors><Error> off an AWS host too (LocalStack, proxies), by its RequestID", () => {
    const finding = analyze(
      anExchange({ url: 'http://localhost:4566/', status: 400, text: ec2, mimeType: 'text/xml' }),
    );
    expect(finding).toMatchObject({
      family: 'aws',
      code: 'InvalidVpcID.NotFound',
      message: 'no such vpc',
      correlationIds: [
        { name: 'Response.RequestID', value: '8c0a9c8e-54b2-4b2e-9b6e-0f1c2d3e4f5a', source: 'body' },
      ],
    });
    const noId = ec2.replace(/<RequestID>.*<\/RequestID>/, '');
    expect(
      analyze(anExchange({ url: 'http://localhost:4566/', status: 400, text: noId, mimeType: 'text/xml' }))
        ?.family,
    ).toBe('generic-http');
  });

  it('takes an id quoted in the message when the envelope has no id member', () => {
    const text = JSON.stringify({
      code: 'NotFound',
      message:
        'Entity with the specified id does not exist in the system.\r\nActivityId: 0e1f5c2a-7b8d-4c3e-9f10-2a3b4c5d6e7f, Microsoft.Azure.Documents.Common/2.14.0',
    });
    expect(analyze(anExchange({ status: 404, text }))?.correlationIds).toEqual([
      { name: 'message#ActivityId', value: '0e1f5c2a-7b8d-4c3e-9f10-2a3b4c5d6e7f', source: 'body' },
    ]);
    const nested = JSON.stringify({ error: { message: 'failed (Correlation ID: 7f3a9b21c4d8)' } });
    expect(analyze(anExchange({ status: 500, text: nested }))?.correlationIds).toEqual([
      { name: 'error.message#Correlation ID', value: '7f3a9b21c4d8', source: 'body' },
    ]);
  });

  it('does not take a word after a label for an id', () => {
    for (const message of ['Request ID is missing', 'TraceId: none', 'RequestId: abcdefghij']) {
      expect(analyze(anExchange({ status: 400, text: JSON.stringify({ message }) }))?.correlationIds).toEqual(
        [],
      );
    }
  });

  it('finds vendor id members at the top level and inside error', () => {
    const text = JSON.stringify({
      error: { message: 'boom', incidentId: 'INC-20250101-0042' },
      supportId: 'S-991',
    });
    expect(analyze(anExchange({ status: 500, text }))?.correlationIds).toEqual([
      { name: 'supportId', value: 'S-991', source: 'body' },
      { name: 'error.incidentId', value: 'INC-20250101-0042', source: 'body' },
    ]);
  });
});
