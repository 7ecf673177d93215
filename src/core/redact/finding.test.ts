import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.ts';
import { JWT } from './canaries.ts';
import { redactFinding, redactFindingWithMarks } from './finding.ts';

const GUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    family: 'graph',
    code: 'InvalidAuthenticationToken',
    status: 401,
    message: `Access token has expired. Token: ${JWT}`,
    method: 'GET',
    url: 'https://graph.microsoft.com/v1.0/me?access_token=abc&$select=id',
    startedAt: '2026-01-01T00:00:00Z',
    correlationIds: [
      { name: 'request-id', value: GUID, source: 'header' },
      {
        name: 'traceparent',
        value: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        source: 'header',
      },
      { name: 'error.innerError.client-request-id', value: GUID, source: 'body' },
    ],
    bodyState: 'analyzed',
    hints: [],
    nested: [],
    ...overrides,
  };
}

/** security.md rule 7 in a finding. */
describe('correlation ids in a finding', () => {
  it('survive intact, with the code and the ids the message quotes', () => {
    const original = finding({ message: `Request ${GUID} failed; x-ms-request-id: ${GUID}` });
    const redacted = redactFinding(original);
    expect(redacted.correlationIds).toEqual(original.correlationIds);
    expect(redacted.code).toBe('InvalidAuthenticationToken');
    expect(redacted.message).toBe(original.message);
  });
});

describe('redactFinding', () => {
  it('redacts message, URL and nested parts, and says where', () => {
    const { finding: out, marks } = redactFindingWithMarks(finding({ nested: [finding({ part: '[1]' })] }));
    expect(out.message).toBe('Access token has expired. Token: [REDACTED]');
    expect(out.url).toBe('https://graph.microsoft.com/v1.0/me?access_token=[REDACTED]&$select=id');
    expect(out.nested[0]?.message).toBe(out.message);
    expect(out.nested[0]?.part).toBe('[1]');
    expect(marks.map((m) => m.field)).toEqual(['message', 'url', 'nested[0].message', 'nested[0].url']);
    expect(redactFinding(out)).toEqual(out);
  });

  it('redacts a value the message quotes from a sensitive request field, wherever it appears', () => {
    const out = redactFinding(
      finding({
        message: "Invalid value 'k3y-1234' (k3y-1234 is not a key)",
        hints: [{ kind: 'valueInRequest', value: 'k3y-1234', location: 'query', name: 'api_key' }],
      }),
    );
    expect(out.message).toBe("Invalid value '[REDACTED]' ([REDACTED] is not a key)");
    expect(out.hints).toEqual([
      { kind: 'valueInRequest', value: '[REDACTED]', location: 'query', name: 'api_key' },
    ]);
  });

  it('keeps a quoted value from a harmless field', () => {
    const hints = [
      { kind: 'valueInRequest' as const, value: 'Sales', location: 'body' as const, name: 'department' },
    ];
    expect(redactFinding(finding({ message: "Unknown 'Sales'", hints })).message).toBe("Unknown 'Sales'");
  });
});
