import { describe, expect, it } from 'vitest';
import { redactedFixture } from '../../testing/redacted.ts';
import type { ReportItem } from './report-item.ts';
import { supportReport } from './support-report.ts';

const context = { browser: 'Chrome 156', extensionVersion: '0.1.0' };
const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyQGNvbnRvc28uY29tIn0.c2lnbmF0dXJlLXZhbHVlLWhlcmU';

/** An item as the panel builds it: every text through redaction. */
const item = (fields: Record<string, unknown>): ReportItem =>
  redactedFixture({
    remediation: [],
    docs: null,
    pack: null,
    packNotes: [],
    hints: [],
    nested: [],
    ...fields,
  }) as unknown as ReportItem;

const defender: ReportItem = item({
  method: 'GET',
  url: 'https://api.securitycenter.microsoft.com/api/machines/123123123',
  time: '2024-06-11T09:14:22.000Z',
  status: 404,
  family: 'mtp',
  code: 'ResourceNotFound',
  message: 'Machine 123123123 was not found',
  meaning: 'The requested object does not exist.',
  correlationIds: [{ name: 'error.target', value: '43f4cb08-8fac-4b65-9db1-745c2ae65f3a', source: 'body' }],
});

const graph: ReportItem = item({
  method: 'GET',
  url: `https://graph.microsoft.com/v1.0/me?access_token=${jwt}&$select=id`,
  time: '2024-06-11T09:14:22.000Z',
  status: 401,
  family: 'graph',
  code: 'InvalidAuthenticationToken',
  message: `Access token has expired: ${jwt}`,
  meaning: 'The token is not valid.',
  correlationIds: [
    { name: 'request-id', value: '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', source: 'header' },
    { name: 'client-request-id', value: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', source: 'header' },
    { name: 'error.innerError.date', value: '2024-06-11T09:14:22', source: 'body' },
  ],
});

describe('supportReport', () => {
  it('states what failed, when in UTC, status, code, message, meaning, every id and the browser', () => {
    const text = supportReport([defender], context, 'text', 'en');
    expect(text).toContain(
      'What failed: GET https://api.securitycenter.microsoft.com/api/machines/123123123',
    );
    expect(text).toContain('When: 2024-06-11 09:14:22 UTC');
    expect(text).toContain('Status: 404');
    expect(text).toContain('Code: ResourceNotFound (mtp)');
    expect(text).toContain('Message: Machine 123123123 was not found');
    expect(text).toContain('Meaning: The requested object does not exist.');
    expect(text).toContain('error.target: 43f4cb08-8fac-4b65-9db1-745c2ae65f3a');
    expect(text).toContain('Tracking id (target): 43f4cb08-8fac-4b65-9db1-745c2ae65f3a');
    expect(text).toContain('Faultline 0.1.0 in Chrome 156');
  });

  it('uses the Microsoft layout for Graph: code, message, request-id, client-request-id, date', () => {
    const text = supportReport([graph], context, 'text', 'en');
    const block = text.slice(text.indexOf('For Microsoft support:'));
    expect(block).toMatch(
      /Error code: InvalidAuthenticationToken\n\s+Error message: .*\n\s+request-id: 9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f\n\s+client-request-id: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\n\s+date: 2024-06-11T09:14:22/,
    );
  });

  it('never carries a token, in the URL or the message, and keeps ids exact', () => {
    for (const format of ['text', 'markdown'] as const) {
      const text = supportReport([graph], context, format, 'en');
      expect(text).not.toContain(jwt);
      expect(text).not.toContain(jwt.split('.')[1]);
      expect(text).toContain('9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f');
      expect(text).toContain('$select=id');
    }
  });

  it('combines several errors and numbers them', () => {
    const text = supportReport([defender, graph], context, 'text', 'en');
    expect(text).toContain('Error 1 of 2');
    expect(text).toContain('Error 2 of 2');
    const md = supportReport([defender, graph], context, 'markdown', 'en');
    expect(md.match(/^### /gm)).toHaveLength(2);
  });

  it('keeps markdown inert: a message cannot add links or HTML', () => {
    const hostile = item({
      ...defender,
      message: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>',
    });
    const md = supportReport([hostile], context, 'markdown', 'en');
    // Every markup character is backslash-escaped, so it renders as itself.
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(md).toContain('\\<img');
  });
});
