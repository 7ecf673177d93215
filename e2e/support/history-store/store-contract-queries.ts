import { expect, it } from 'vitest';
import type { HistoryQuery, HistoryStore } from '../../../src/core/history/record.ts';
import { sampleRecord, type PlainRecord } from '../../../src/testing/history/sample-record.ts';

/** Every page of `query`, `limit` records at a time, in order. */
export async function readAll(store: HistoryStore, query: HistoryQuery = {}, limit = 100): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query({ ...query, limit, ...(cursor === undefined ? {} : { cursor }) });
    ids.push(...page.records.map((record) => record.id));
    cursor = page.next;
  } while (cursor !== undefined);
  return ids;
}

const at = (second: number) => `2024-06-11T09:00:0${second}.000Z`;
const record = (id: string, second: number, fields: Partial<PlainRecord>) =>
  sampleRecord(second, { id, time: at(second), ...fields });

// Six findings a support engineer might search: B's URL contains A's id prefix, E's id extends A's.
const FINDINGS = [
  record('A', 0, {
    family: 'graph',
    status: 404,
    code: 'Request_ResourceNotFound',
    host: 'graph.microsoft.com',
    url: 'https://graph.microsoft.com/v1.0/users/alice',
    message: "User 'alice' not found",
    idValues: ['7f3a9c2e-aaaa-4bbb'],
  }),
  record('B', 1, {
    family: 'arm',
    status: 403,
    code: 'AuthorizationFailed',
    host: 'management.azure.com',
    url: 'https://management.azure.com/subscriptions/7f3a9c2e/resourceGroups',
    idValues: ['corr-42'],
  }),
  record('C', 2, {
    family: 'stripe',
    status: 400,
    code: 'resource_missing',
    host: 'api.stripe.com',
    message: "No such customer: 'cus_9'",
    idValues: ['req_abc123'],
  }),
  record('D', 3, {
    family: 'generic-http',
    status: 503,
    code: null,
    host: 'api.example.com',
    message: null,
    idValues: [],
  }),
  record('E', 4, {
    family: 'graph',
    status: 429,
    code: 'TooManyRequests',
    host: 'Graph.Microsoft.com',
    idValues: ['7f3a9c2e-aaaa-4bbb-cccc'],
  }),
  record('F', 5, {
    family: 'arm',
    status: 500,
    code: 'InternalServerError',
    host: 'management.azure.com',
    idValues: ['corr-43'],
  }),
];

const CASES: [string, HistoryQuery, string][] = [
  ['no filter', {}, 'FEDCBA'],
  ['text: fragment of id values, any case', { text: 'CORR-4' }, 'FB'],
  ['text: fragment of an id value or a URL', { text: '7f3a9c2e' }, 'EBA'],
  ['text: a full id value finds that id only', { text: '  7F3A9C2E-AAAA-4BBB ' }, 'A'],
  ['text: fragment of a code', { text: 'authorizationfailed' }, 'B'],
  ['text: fragment of a host', { text: 'stripe.com' }, 'C'],
  ['text: fragment of a URL', { text: 'users/alice' }, 'A'],
  ['text: fragment of a message', { text: 'CUS_9' }, 'C'],
  ['text: blank is no filter', { text: '   ' }, 'FEDCBA'],
  ['text: nothing matches', { text: 'nothing-like-this' }, ''],
  ['code: exact, any case', { code: 'authorizationFAILED' }, 'B'],
  ['code: not a fragment', { code: 'Authorization' }, ''],
  ['host: exact, any case', { host: 'MANAGEMENT.azure.com' }, 'FB'],
  ['host: any case on either side', { host: 'graph.microsoft.com' }, 'EA'],
  ['family', { family: 'graph' }, 'EA'],
  ['status class 4', { status: 4 }, 'ECBA'],
  ['status class 5', { status: 5 }, 'FD'],
  ['exact status', { status: 404 }, 'A'],
  ['since, inclusive', { since: at(3) }, 'FED'],
  ['until, inclusive', { until: at(1) }, 'BA'],
  ['since and until', { since: at(1), until: at(3) }, 'DCB'],
  ['since after until', { since: at(4), until: at(2) }, ''],
  ['family and status class', { family: 'arm', status: 5 }, 'F'],
  ['code and since', { code: 'request_resourcenotfound', since: at(1) }, ''],
  ['text fragment and family', { text: '7f3a9c2e', family: 'arm' }, 'B'],
  ['exact id and a status it does not have', { text: 'corr-42', status: 5 }, ''],
  ['host and text', { host: 'graph.microsoft.com', text: 'alice' }, 'A'],
  ['family, host and until', { family: 'graph', host: 'graph.microsoft.com', until: at(3) }, 'A'],
  ['filter: status class', { filter: 'status:4xx' }, 'ECBA'],
  ['filter: negated status', { filter: '-status:4xx' }, 'FD'],
  ['filter: code, pinned, any case', { filter: 'code:authorizationFAILED' }, 'B'],
  ['filter: code with a wildcard', { filter: 'code:*not*' }, 'A'],
  ['filter: host with a wildcard', { filter: 'host:*.azure.com' }, 'FB'],
  ['filter: host pinned, any case', { filter: 'host:graph.microsoft.com' }, 'EA'],
  ['filter: not a host', { filter: '-host:*.microsoft.com -host:*.azure.com' }, 'DC'],
  ['filter: an id exactly', { filter: 'id:CORR-42' }, 'B'],
  ['filter: an id with a wildcard', { filter: 'id:7f3a9c2e-*' }, 'EA'],
  ['filter: an id and what it is not', { filter: 'id:corr-42 -status:403' }, ''],
  ['filter: free text and family', { filter: '7f3a9c2e family:arm' }, 'B'],
  ['filter: invalid terms ignored', { filter: 'status:abc code:' }, 'FEDCBA'],
  ['filter and the status select', { filter: 'family:arm', status: 5 }, 'F'],
  ['family and since', { family: 'graph', since: at(2) }, 'E'],
  ['status class and until', { status: 4, until: at(2) }, 'CBA'],
  ['filter: host pinned, and until', { filter: 'host:graph.microsoft.com', until: at(3) }, 'A'],
];

/**
 * The filter table, each query read whole and one record per page, and counted: all three must agree.
 */
export function queryCases(open: () => Promise<HistoryStore>): void {
  it.each(CASES)('%s', async (_name, query, expected) => {
    const store = await open();
    await store.append(FINDINGS.slice(3));
    await store.append(FINDINGS.slice(0, 3));
    const page = await store.query(query);
    expect(page.records.map((r) => r.id).join('')).toBe(expected);
    expect(page.next).toBeUndefined();
    expect((await readAll(store, query, 1)).join('')).toBe(expected);
    expect(await store.count(query)).toBe(expected.length);
  });
}
