import type { Finding } from '../model/finding.ts';

let clock = Date.parse('2024-06-11T09:00:00Z');

/**
 * A finding for a test: a generic failed GET with no body analysed, changed only where the test says.
 * Each one started a second after the one before, so the order of creation is the order of requests.
 */
export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    family: 'generic-http',
    code: null,
    status: 500,
    message: null,
    method: 'GET',
    url: 'https://api.example.com/x',
    startedAt: new Date((clock += 1000)).toISOString(),
    correlationIds: [],
    bodyState: 'analyzed',
    hints: [],
    nested: [],
    ...overrides,
  };
}
