import { describe, expect, it } from 'vitest';
import { redactCookieWithMarks, redactSetCookieWithMarks } from './cookies.ts';

/** security.md rule 2: every cookie value redacted, names kept. */
describe('cookies (rule 2)', () => {
  it.each([
    ['a=1; session=abc', 'a=[REDACTED]; session=[REDACTED]'],
    ['  sid = "quoted value" ;theme=dark', '  sid = [REDACTED] ;theme=[REDACTED]'],
    ['nameless', '[REDACTED]'],
    ['a=; b', 'a=; [REDACTED]'],
    ['', ''],
  ])('Cookie %j', (input, output) => {
    expect(redactCookieWithMarks(input).text).toBe(output);
  });

  it.each([
    [
      'sid=abc; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure; HttpOnly; SameSite=Lax',
      'sid=[REDACTED]; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Secure; HttpOnly; SameSite=Lax',
    ],
    ['a=1\nb=2; Domain=.example.com', 'a=[REDACTED]\nb=[REDACTED]; Domain=.example.com'],
    ['__Host-id=x', '__Host-id=[REDACTED]'],
  ])('Set-Cookie %j', (input, output) => {
    expect(redactSetCookieWithMarks(input).text).toBe(output);
  });

  it('redacts the rest of a header beyond a thousand cookies as one span', () => {
    const out = redactCookieWithMarks('a=1;'.repeat(1500)).text;
    expect(out).toBe('a=[REDACTED];'.repeat(1000) + '[REDACTED]');
    expect(redactCookieWithMarks(out).text).toBe(out);
  });

  it('marks each value and is idempotent', () => {
    const once = redactCookieWithMarks('a=1; b=2');
    expect(once.marks.map((m) => once.text.slice(m.start, m.end))).toEqual(['[REDACTED]', '[REDACTED]']);
    expect(redactCookieWithMarks(once.text)).toEqual({ text: once.text, marks: [] });
  });
});
