import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HarInputError } from './har-input-error.ts';
import { HarReader, type HarItem, type HarReaderOptions } from './har-reader.ts';
import { jsonErrorOffset, lineAndColumn } from '../parse/json-syntax.ts';

const encoder = new TextEncoder();

/** An item with its held-back body put back where JSON.parse has it. */
type Read = Omit<HarItem, 'body'>;
function materialize(item: HarItem): Read {
  const body = item.body();
  if (body !== null)
    (item.entry as { response: { content: { text?: string } } }).response.content.text = body;
  const { body: _, ...rest } = item;
  return rest;
}

/** Reads `bytes` cut at `cuts` (sorted offsets); the entries, or the error message. */
function read(
  bytes: Uint8Array,
  cuts: readonly number[] = [],
  options: HarReaderOptions = {},
): Read[] | string {
  const reader = new HarReader(options);
  const items: Read[] = [];
  let from = 0;
  try {
    for (const cut of [...cuts, bytes.length]) {
      items.push(...reader.push(bytes.subarray(from, Math.max(from, cut))).map(materialize));
      from = Math.max(from, cut);
    }
    items.push(...reader.end().map(materialize));
    return items;
  } catch (error) {
    if (!(error instanceof HarInputError)) throw error;
    return error.message;
  }
}

/** What reading the whole text at once says, as the CLI did before it streamed. */
function wholeText(text: string): unknown[] | string {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    const offset = jsonErrorOffset(json) ?? 0;
    const { line, column } = lineAndColumn(json, offset);
    const found =
      offset < json.length ? `unexpected ${JSON.stringify(json[offset])}` : 'unexpected end of input';
    return `not JSON: ${found} at line ${line}, column ${column} (offset ${offset})`;
  }
  const log = (value as { log?: { entries?: unknown } } | null)?.log;
  const entries = typeof log === 'object' && log !== null && !Array.isArray(log) ? log.entries : undefined;
  return Array.isArray(entries) ? entries : 'JSON but not a HAR file: no log.entries array';
}

function outcome(result: Read[] | string): unknown[] | string {
  return typeof result === 'string' ? result : result.map((item) => item.entry);
}

const cutsOf = (length: number) =>
  fc
    .uniqueArray(fc.nat({ max: Math.max(length, 1) }), { maxLength: 12 })
    .map((cuts) => cuts.sort((a, b) => a - b));

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const entry = fc.record({
  request: fc.record({
    method: fc.constantFrom('GET', 'POST'),
    url: fc.webUrl(),
    postData: fc.option(jsonValue),
  }),
  response: fc.record({
    status: fc.integer({ min: 100, max: 599 }),
    content: fc.record({ text: fc.string() }),
  }),
  extra: jsonValue,
});
const har = fc
  .record({
    before: fc.dictionary(fc.string({ maxLength: 6 }), jsonValue, { maxKeys: 3 }),
    entries: fc.array(fc.oneof(entry, jsonValue), { maxLength: 6 }),
    after: fc.dictionary(fc.string({ maxLength: 6 }), jsonValue, { maxKeys: 3 }),
  })
  .map(({ before, entries, after }) => {
    const log: Record<string, unknown> = {};
    // Object.defineProperty: a key named __proto__ from the generator stays an own key.
    for (const [k, v] of Object.entries(before))
      Object.defineProperty(log, k, { value: v, enumerable: true });
    Object.defineProperty(log, 'entries', { value: entries, enumerable: true, writable: true });
    for (const [k, v] of Object.entries(after))
      if (!Object.hasOwn(log, k)) Object.defineProperty(log, k, { value: v, enumerable: true });
    return { log, creator: { name: 'test' } };
  });
const layout = fc.constantFrom<[number | undefined, boolean]>(
  [undefined, false],
  [2, false],
  [1, true],
  ['\t' as unknown as number, false],
);

describe('HarReader: any split of any HAR gives what JSON.parse gives', () => {
  it('entries equal JSON.parse(text).log.entries for every cut', () => {
    fc.assert(
      fc.property(har, layout, fc.context(), (value, [indent, bom], ctx) => {
        const text = (bom ? '\uFEFF' : '') + JSON.stringify(value, null, indent);
        const bytes = encoder.encode(text);
        ctx.log(text);
        const expected = wholeText(text);
        return (
          fc.assert(
            fc.property(cutsOf(bytes.length), (cuts) => {
              expect(outcome(read(bytes, cuts))).toEqual(expected);
            }),
            { numRuns: 5 },
          ) === undefined
        );
      }),
      { numRuns: 200 },
    );
  });

  it('reports malformed text exactly as reading it whole does, wherever it is cut', () => {
    const ascii = fc.stringMatching(/^[ -~\n]{0,3}$/);
    const mutated = fc.tuple(har, fc.nat(), fc.nat({ max: 3 }), ascii).map(([value, at, remove, insert]) => {
      const text = JSON.stringify(value, null, 1).replace(/[^ -~\n]/g, 'x');
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    });
    fc.assert(
      fc.property(mutated, fc.array(fc.nat(), { maxLength: 8 }), (text, rawCuts) => {
        const bytes = encoder.encode(text);
        const cuts = rawCuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b);
        expect(outcome(read(bytes, cuts))).toEqual(wholeText(text));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Every way of cutting `bytes` in two and in single bytes. */
function everySplit(bytes: Uint8Array): number[][] {
  const splits = Array.from({ length: bytes.length + 1 }, (_, i) => [i]);
  splits.push(Array.from({ length: bytes.length }, (_, i) => i));
  return splits;
}

describe('HarReader: chunk boundaries, escapes, BOM, truncation, garbage', () => {
  const entries = [
    {
      request: { url: 'https://x.test/a"b\\' },
      response: { status: 500, content: { text: '{"error":"\\\\"}' } },
    },
    { note: 'quotes \\" and backslashes \\\\\\" and \u2028 and 日本語 and 😀', nested: [[{}], []] },
  ];

  it.each([
    ['compact', JSON.stringify({ log: { entries } })],
    [
      'indented, entries last',
      JSON.stringify({ log: { version: '1.2', pages: [{ id: 'p' }], entries } }, null, 2),
    ],
    ['CRLF and tabs', JSON.stringify({ log: { entries } }, null, '\t').replace(/\n/g, '\r\n')],
    ['a BOM', '\uFEFF' + JSON.stringify({ log: { entries } })],
  ])('%s: the same entries at every cut', (_what, text) => {
    const bytes = encoder.encode(text);
    for (const cuts of everySplit(bytes)) expect(outcome(read(bytes, cuts))).toEqual(entries);
  });

  it('cuts inside multi-byte characters and escape sequences', () => {
    const text = JSON.stringify({ log: { entries: ['\\"😀\\u00e9', { k: '\\\\' }] } });
    const bytes = encoder.encode(text);
    for (const cuts of everySplit(bytes))
      expect(outcome(read(bytes, cuts))).toEqual(['\\"😀\\u00e9', { k: '\\\\' }]);
  });

  it.each([
    ['{"log":{"entries":[{"a":"b', 'not JSON: unexpected end of input at line 1, column 27 (offset 26)'],
    ['{"log":{"entries":[{"a":1}]', 'not JSON: unexpected end of input at line 1, column 28 (offset 27)'],
    ['{"log":{"entries":[1,2,', 'not JSON: unexpected end of input at line 1, column 24 (offset 23)'],
    ['{"log":{"entries":[]}}\n{"x":1}', 'not JSON: unexpected "{" at line 2, column 1 (offset 23)'],
    ['{"log":{"entries":[{"a":tru}]}}', 'not JSON: unexpected "}" at line 1, column 28 (offset 27)'],
    ['{"log":{"entries":[{"a":"\\x"}]}}', 'not JSON: unexpected "x" at line 1, column 27 (offset 26)'],
    [
      '{"log":\n {"entries":\n  [\n   {"a": 1,}]}}',
      'not JSON: unexpected "}" at line 4, column 12 (offset 36)',
    ],
    ['{"log":{"entries":{}}}', 'JSON but not a HAR file: no log.entries array'],
    ['[{"log":{"entries":[]}}]', 'JSON but not a HAR file: no log.entries array'],
    ['{"log":{"items":[]},"entries":[]}', 'JSON but not a HAR file: no log.entries array'],
    ['\uFEFF', 'not JSON: unexpected end of input at line 1, column 1 (offset 0)'],
    ['\uFEFF\uFEFF{}', 'not JSON: unexpected "\uFEFF" at line 1, column 1 (offset 0)'],
  ])('%j: %s, at every cut', (text, message) => {
    const bytes = encoder.encode(text);
    for (const cuts of everySplit(bytes)) expect(read(bytes, cuts)).toBe(message);
  });

  it('refuses binary garbage with the first bad byte', () => {
    const bytes = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe]);
    expect(read(bytes)).toBe('not JSON: unexpected "\\u001f" at line 1, column 1 (offset 0)');
    expect(read(new Uint8Array([0xff, 0xfe, 0x7b]))).toBe(
      'not JSON: unexpected "�" at line 1, column 1 (offset 0)',
    );
  });

  it('gives every entry before a fault, then the fault', () => {
    const reader = new HarReader();
    const items = reader.push(encoder.encode('{"log":{"entries":[{"a":1},{"b":2},{"c":'));
    expect(items.map((i) => i.entry)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(() => reader.end()).toThrow(/unexpected end of input/);
    expect(reader).toMatchObject({ bytesRead: 40, entries: 2 });
  });
});

describe('HarReader: strings over the cap are skipped, never held', () => {
  const body = 'QUJD'.repeat(50) + '\\\\\\"' + 'x'.repeat(40);
  const text = JSON.stringify({
    log: {
      entries: [
        {
          request: { url: 'u', headers: [{ name: 'a', value: 'y'.repeat(300) }] },
          response: { status: 500, content: { mimeType: 'video/mp4', text: body, encoding: 'base64' } },
        },
        { request: { url: 'v' }, response: { status: 404, content: { text: 'short' } } },
      ],
    },
  });
  const bytes = encoder.encode(text);

  it('drops the body, says so, keeps the rest, at every cut', () => {
    const expected = [
      {
        index: 0,
        entry: {
          request: { url: 'u', headers: [{ name: 'a', value: '' }] },
          response: { status: 500, content: { mimeType: 'video/mp4', encoding: 'base64' } },
        },
        bodySkipped: true,
        skippedBytes: 300 + body.length + 4,
      },
      {
        index: 1,
        entry: { request: { url: 'v' }, response: { status: 404, content: { text: 'short' } } },
        bodySkipped: false,
        skippedBytes: 0,
      },
    ];
    for (const cuts of everySplit(bytes))
      expect(read(bytes, cuts, { stringCap: 100, lazyMin: 30 })).toEqual(expected);
  });

  it('decodes a held body only when asked, and reports a malformed one where it is', () => {
    const text =
      '{"log":{"entries":[\n {"response":{"status":500,"content":{"text":"' +
      'ab\\q' +
      'x'.repeat(20) +
      '"}}}]}}';
    const reader = new HarReader({ lazyMin: 10 });
    const [item] = reader.push(encoder.encode(text));
    expect(item?.entry).toEqual({ response: { status: 500, content: {} } });
    expect(() => item?.body()).toThrow('not JSON: unexpected "q" at line 2, column 50 (offset 69)');
    expect(() => reader.push(encoder.encode(' '))).not.toThrow();
    expect(() => item?.body()).toThrow('called after the next push');
    expect(wholeText(text)).toBe('not JSON: unexpected "q" at line 2, column 50 (offset 69)');
  });

  it('keeps the window near the cap while a long string streams through', () => {
    const reader = new HarReader({ stringCap: 1000 });
    reader.push(encoder.encode('{"log":{"entries":[{"response":{"status":500,"content":{"text":"'));
    const chunk = encoder.encode('A'.repeat(64 * 1024));
    for (let i = 0; i < 200; i++) reader.push(chunk);
    const window = (reader as unknown as { win: { bytes: Uint8Array } }).win.bytes.length;
    expect(window).toBeLessThan(200 * 1024);
    const [item] = reader.push(encoder.encode('"}}}]}}'));
    expect(reader.end()).toEqual([]);
    expect(item).toMatchObject({
      bodySkipped: true,
      skippedBytes: 200 * 64 * 1024,
      entry: { response: { status: 500, content: {} } },
    });
  });
});
