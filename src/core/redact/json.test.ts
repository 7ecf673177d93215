import { describe, expect, it } from 'vitest';
import { JWT } from './canaries.ts';
import { MAX_JSON_DEPTH, redactJsonText, redactJsonTextWithMarks } from './json.ts';

const redacted = (value: unknown): unknown => JSON.parse(redactJsonText(JSON.stringify(value)));

/** security.md rule 4: JSON fields by name, on the parsed structure. */
describe('JSON fields (rule 4)', () => {
  it.each([
    'access_token',
    'refresh_token',
    'id_token',
    'client_secret',
    'password',
    'passwd',
    'pwd',
    'secret',
    'private_key',
    'api_secret',
    'authorization',
    'cookie',
    'session_token',
    'signature',
    'jwt',
    'bearer',
    'apiKey',
    'Client-Secret',
    'SecretAccessKey',
    'x-api-key',
  ])('%s', (name) => {
    expect(redacted({ [name]: 'v4lue', other: 'kept' })).toEqual({ [name]: '[REDACTED]', other: 'kept' });
  });

  it('redacts numbers and whole structures under a sensitive name; keeps null and booleans', () => {
    expect(
      redacted({ pwd: 1234, credentials: { user: 'u', key: 'k' }, tokens: ['a'], secret: null, token: true }),
    ).toEqual({
      pwd: '[REDACTED]',
      credentials: '[REDACTED]',
      tokens: '[REDACTED]',
      secret: null,
      token: true,
    });
  });

  it('finds sensitive fields at any depth and in arrays', () => {
    expect(redacted({ a: [{ b: { password: 'p' } }, { refresh_token: 'r' }] })).toEqual({
      a: [{ b: { password: '[REDACTED]' } }, { refresh_token: '[REDACTED]' }],
    });
  });

  it('keeps error codes and enums under code and state, not OAuth codes', () => {
    const body = { error: { code: 'InvalidAuthenticationToken', status: 401 }, code: 400, state: 'Failed' };
    expect(redacted(body)).toEqual(body);
    expect(redacted({ code: '4/0AX4XfWhSECRET', state: 'af0ifjsldkj9' })).toEqual({
      code: '[REDACTED]',
      state: '[REDACTED]',
    });
  });

  it('applies the value patterns to every string and key, escapes included', () => {
    const escapedJwt = JSON.stringify({ message: `token ${JWT}` }).replace('eyJ', '\\u0065yJ');
    expect(JSON.parse(redactJsonText(escapedJwt))).toEqual({ message: 'token [REDACTED]' });
    expect(redacted({ [`Bearer ${JWT}`]: 1 })).toEqual({ 'Bearer [REDACTED]': 1 });
    expect(redacted({ note: 'see /cb?code=abc&x=1' })).toEqual({ note: 'see /cb?code=[REDACTED]&x=1' });
  });

  it('leaves every other byte as it was: layout, number spelling, duplicate keys', () => {
    const text = '{\n  "id": 12345678901234567890,\n  "n": 1.50, "a": "b",\t"a": "c", "token" : "t"\n}';
    expect(redactJsonText(text)).toBe(text.replace('"t"', '"[REDACTED]"'));
  });

  it('treats __proto__ and constructor as plain keys', () => {
    const text =
      '{"__proto__": {"polluted": "yes", "password": "p"}, "constructor": {"prototype": {"x": 1}}}';
    const out = redactJsonText(text);
    expect(JSON.parse(out)).toEqual(JSON.parse(text.replace('"p"', '"[REDACTED]"')));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('redacts text that does not parse as text', () => {
    expect(redactJsonText('{"password": "p", oops')).toBe('{"password": "[REDACTED]", oops');
    expect(redactJsonText('\uFEFF{"token": "t"}')).toBe('\uFEFF{"token": "[REDACTED]"}');
  });

  it('keeps lone surrogates valid', () => {
    const out = redactJsonText('{"a": "\\ud800 Bearer abc", "b": "\\udc00"}');
    expect(JSON.parse(out)).toEqual({ a: '\ud800 Bearer [REDACTED]', b: '\udc00' });
  });

  it('walks 100 000 nested arrays without recursion, replacing what is deeper than the cap', () => {
    const depth = 100_000;
    const out = redactJsonText('['.repeat(depth) + ']'.repeat(depth));
    expect(out).toBe('['.repeat(MAX_JSON_DEPTH) + '"[REDACTED]"' + ']'.repeat(MAX_JSON_DEPTH));
  });

  it('marks the placeholders inside the string tokens', () => {
    const { text, marks } = redactJsonTextWithMarks('{"token": "t", "m": "a\\"b Bearer x"}');
    expect(text).toBe('{"token": "[REDACTED]", "m": "a\\"b Bearer [REDACTED]"}');
    expect(marks.map((m) => [text.slice(m.start, m.end), m.rule])).toEqual([
      ['[REDACTED]', 'json-field'],
      ['[REDACTED]', 'bearer'],
    ]);
  });
});
