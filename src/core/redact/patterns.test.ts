import { describe, expect, it } from 'vitest';
import { JWT } from './canaries.ts';
import { redactText } from './text.ts';

/** security.md rule 5: each value pattern with a hit and a near miss. */
describe('value patterns (rule 5)', () => {
  it.each([
    ['JWT, whole', `id ${JWT} end`, 'id [REDACTED] end'],
    ['JWT in base64 of "{\\n  "', 'ewogICJhbGciOiJIUzI1NiJ9.ewogICJzdWIiOiJ4In0.c2ln', '[REDACTED]'],
    ['JWE, five segments', 'eyJhbGciOiJkaXIifQ0000..aXZpdml2.Y2lwaGVydGV4dA.dGFn!', '[REDACTED]!'],
    ['unsigned JWT (alg none)', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.', '[REDACTED]'],
    ['Bearer', 'Authorization: Bearer abc.def-123', 'Authorization: Bearer [REDACTED]'],
    ['Basic with padding', 'basic dXNlcjpwYXNzMQ==, then', 'basic [REDACTED], then'],
    ['AWS key id', 'key id ASIAY34FZKBOKMUTVV7A.', 'key id [REDACTED].'],
    ['Azure AD secret', 'secret Abc7Q~0123456789abcdefghijklmnopqrstuvw', 'secret [REDACTED]'],
    ['URL password', 'postgres://app:pw@db/x', 'postgres://app:[REDACTED]@db/x'],
    ['URL user that is a token', 'https://ghs_tok@github.com/o/r', 'https://[REDACTED]@github.com/o/r'],
    ['URL password with @', 'https://u:p@ss@h/', 'https://u:[REDACTED]@h/'],
    ['Stripe', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', '[REDACTED]'],
    ['Stripe restricted', 'rk_live_4eC39HqLyjWDarjtT1zdp7dc', '[REDACTED]'],
    ['Slack', 'xoxp-1234-5678-abcdefghij', '[REDACTED]'],
    ['GitHub classic', 'ghp_0123456789abcdefghijklmnopqrstuvwxyz', '[REDACTED]'],
    ['GitHub fine-grained', 'github_pat_11AAAAAAA0abcdefghijklmn_rest', '[REDACTED]'],
    ['Google', 'k=AIzaSyA-abcdefghijklmnopqrstuvwxyz01234', 'k=[REDACTED]'],
    ['PEM, unterminated', 'x -----BEGIN EC PRIVATE KEY-----\nMHcCAQEE', 'x [REDACTED]'],
    ['PEM, then text', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\nok', '[REDACTED]\nok'],
  ])('%s', (_, input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it.each([
    ['eyJ without dots', 'cursor eyJvZmZzZXQiOjEwMH0='],
    ['eyJ with short segments', 'eyJhbGci.abc.def'],
    ['Bearer in prose', 'Basic authentication is disabled; send a Bearer token'],
    ['a challenge', 'WWW-Authenticate: Bearer realm="api", error="invalid_token"'],
    ['AKIA too short', 'AKIAIOSFODNN7EXAMPL'],
    ['AKIA inside a word', 'XAKIAIOSFODNN7EXAMPLE'],
    ['no Q~', 'Abc7Q0123456789abcdefghijklmnopqrstuvw'],
    ['URL without userinfo', 'https://host:8443/path?x=1'],
    ['email in a query', 'https://host/?to=a@b.example'],
    ['Stripe publishable key', 'pk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['snake_case with test', 'task_test_abcdefghijkl'],
    ['ghp_ too short', 'ghp_0123'],
    ['AIza too short', 'AIzaSyA-short'],
    ['a public key', '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----'],
  ])('leaves %s alone', (_, input) => {
    expect(redactText(input)).toBe(input);
  });

  it('redacts the whole token around a hit, not just the matched part', () => {
    expect(redactText('id=xAIzaSyA-abcdefghijklmnopqrstuvwxyz01234-tail next')).toBe('id=[REDACTED] next');
  });
});
