import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatches } from './glob.ts';
import { filterMatcher, prepareSubject, type FilterSubject } from './match.ts';
import { parseFilter } from './parse.ts';

const subject = (over: Partial<FilterSubject> = {}): FilterSubject => ({
  url: 'https://api.contoso.com/v1/users?top=5',
  host: 'api.contoso.com',
  method: 'GET',
  status: 429,
  code: 'TooManyRequests',
  family: 'graph',
  message: 'Rate limit exceeded',
  ids: ['8e3f-REQ-1', 'c0ffee'],
  ...over,
});

const matches = (filter: string, s: FilterSubject = subject()) =>
  filterMatcher(parseFilter(filter))(prepareSubject(s));

describe('parseFilter', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['status:429', [{ key: 'status', values: ['429'], negated: false }]],
    ['-host:*.contoso.com', [{ key: 'host', values: ['*.contoso.com'], negated: true }]],
    ['CODE:Throttled', [{ key: 'code', values: ['throttled'], negated: false }]],
    ['method:POST,put', [{ key: 'method', values: ['post', 'put'], negated: false }]],
    ['"rate limit"', [{ key: 'text', values: ['rate limit'], negated: false }]],
    ['code:"a b"', [{ key: 'code', values: ['a b'], negated: false }]],
    ['https://x.test/a', [{ key: 'text', values: ['https://x.test/a'], negated: false }]],
    ['nokey:value', [{ key: 'text', values: ['nokey:value'], negated: false }]],
    ['-', [{ key: 'text', values: ['-'], negated: false }]],
    ['-timeout', [{ key: 'text', values: ['timeout'], negated: true }]],
  ])('%j', (input, expected) => {
    expect(parseFilter(input).terms).toMatchObject(expected);
  });

  it.each([
    ['status:abc', 'status'],
    ['status:4', 'status'],
    ['status:4291', 'status'],
    ['status:429,x', 'status'],
    ['status:', 'empty'],
    ['-code:', 'empty'],
    ['host:,', 'empty'],
  ])('%j is kept, marked invalid (%s) and ignored', (input, reason) => {
    const parsed = parseFilter(input);
    expect(parsed.terms).toEqual([expect.objectContaining({ raw: input, invalid: reason })]);
    expect(parsed.active).toEqual([]);
    expect(matches(input)).toBe(true);
  });

  it('keeps the offsets of each term, for marking them in the box', () => {
    const input = ' status:5xx  -"x y" ';
    const spans = parseFilter(input).terms.map((t) => input.slice(t.start, t.end));
    expect(spans).toEqual(['status:5xx', '-"x y"']);
  });
});

describe('filterMatcher', () => {
  it.each([
    ['', true],
    ['status:429', true],
    ['status:4xx', true],
    ['status:42x', true],
    ['status:5xx', false],
    ['status:500,429', true],
    ['-status:429', false],
    ['-status:5xx', true],
    ['code:toomanyrequests', true],
    ['code:Too*', true],
    ['code:Throttled', false],
    ['host:api.contoso.com', true],
    ['host:*.contoso.com', true],
    ['host:contoso.com', false],
    ['host:*.fabrikam.com', false],
    ['-host:*.contoso.com', false],
    ['family:graph', true],
    ['family:odata', false],
    ['method:get', true],
    ['method:post,get', true],
    ['method:post', false],
    ['id:c0ffee', true],
    ['id:8E3F-*', true],
    ['id:8e3f', false],
    ['users', true],
    ['USERS', true],
    ['rate limit', true],
    ['"rate limit"', true],
    ['"limit rate"', false],
    ['REQ-1', true],
    ['toomany', true],
    ['fabrikam', false],
    ['-fabrikam', true],
    ['status:429 -code:Throttled host:*.contoso.com users', true],
    ['status:429 family:odata', false],
    ['status:nope users', true],
  ])('%j → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('free text does not match across fields', () => {
    expect(matches('"top=5\ntoomany"')).toBe(false);
    expect(matches('5toomany')).toBe(false);
  });

  it('a finding without code or message matches only through what it has', () => {
    const bare = subject({ code: null, message: null, ids: [] });
    expect(matches('code:*', bare)).toBe(true);
    expect(matches('-id:*', bare)).toBe(true);
    expect(matches('id:*', bare)).toBe(false);
    expect(matches('exceeded', bare)).toBe(false);
  });

  it('a negated term keeps exactly what the term drops', () => {
    const term = fc.constantFrom('status:429', 'status:5xx', 'code:Too*', 'host:*.com', 'users', 'id:c0ffee');
    const subjects = fc.record({
      status: fc.constantFrom(400, 429, 503),
      code: fc.option(fc.constantFrom('TooManyRequests', 'Other'), { nil: null }),
      host: fc.constantFrom('a.com', 'b.net'),
      ids: fc.array(fc.constantFrom('c0ffee', 'x'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(term, subjects, (t, over) => {
        const s = subject(over);
        expect(matches(`-${t}`, s)).toBe(!matches(t, s));
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        expect(typeof matches(input)).toBe('boolean');
      }),
    );
  });
});

describe('globMatches', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['*', '', true],
    ['a*', 'abc', true],
    ['*c', 'abc', true],
    ['a*c', 'ac', true],
    ['a*b*c', 'a-b-c', true],
    ['a*b*c', 'a-c-b', false],
    ['ab*ba', 'aba', false],
    ['*.x.com', 'x.com', false],
    ['**', 'anything', true],
  ])('%j against %j → %s', (pattern, text, expected) => {
    expect(globMatches(pattern, text)).toBe(expected);
  });
});
