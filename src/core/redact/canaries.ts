/**
 * Test data: secrets shaped like the real ones, each as it appears in traffic (`text`) and the parts that
 * must never survive redaction (`secrets`). Shared by the example tests and the property tests.
 */
export interface Canary {
  name: string;
  text: string;
  secrets: string[];
}

const JWT_PAYLOAD = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUgRG9lIn0';
const JWT_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';
export const JWT = `${JWT_HEADER}.${JWT_PAYLOAD}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`;

export const CANARIES: Canary[] = [
  { name: 'Bearer JWT', text: `Bearer ${JWT}`, secrets: [JWT_PAYLOAD, 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV'] },
  {
    name: 'JWE with an empty key segment',
    text: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXZpdml2aXZpdg.Y2lwaGVydGV4dGNpcGhlcg.dGFndGFn',
    secrets: ['Y2lwaGVydGV4dGNpcGhlcg', 'dGFndGFn'],
  },
  { name: 'Basic credentials', text: 'Basic dXNlcjpodW50ZXIy', secrets: ['dXNlcjpodW50ZXIy'] },
  { name: 'opaque Bearer token', text: 'bearer 4f9c2a7e1b8d3c6a5e0f', secrets: ['4f9c2a7e1b8d3c6a5e0f'] },
  { name: 'AWS access key id', text: 'AKIAIOSFODNN7EXAMPLE', secrets: ['AKIAIOSFODNN7EXAMPLE'] },
  {
    name: 'Azure AD client secret',
    text: 'Xyz8Q~AbCdEfGhIjKlMnOpQrStUvWxYz0123456',
    secrets: ['AbCdEfGhIjKlMnOpQrStUvWxYz0123456'],
  },
  {
    name: 'Azure SAS URL',
    text:
      'https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r' +
      '&sig=Zm9vYmFyYmF6cXV4%2B%2FsEcReT%3D',
    secrets: ['Zm9vYmFyYmF6cXV4', 'sEcReT'],
  },
  {
    name: 'AWS presigned URL',
    text:
      'https://bucket.s3.amazonaws.com/k.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request' +
      '&X-Amz-Date=20240101T000000Z' +
      '&X-Amz-Expires=900&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLETOKEN' +
      '&X-Amz-SignedHeaders=host&X-Amz-Signature=9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c',
    secrets: ['AKIAIOSFODNN7EXAMPLE', 'IQoJb3JpZ2luX2VjEXAMPLETOKEN', '9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c'],
  },
  {
    name: 'access token in a fragment',
    text: 'https://app.example.com/callback#access_token=ya29.a0AfH6SMBsecretvalue&token_type=Bearer',
    secrets: ['ya29.a0AfH6SMBsecretvalue'],
  },
  {
    name: 'authorization code and state',
    text: 'https://app.example.com/cb?code=4%2F0AX4XfWhSECRETCODE&state=af0ifjsldkj9xyz',
    secrets: ['0AX4XfWhSECRETCODE', 'af0ifjsldkj9xyz'],
  },
  {
    name: 'user:pass@ in a URL',
    text: 'https://deploy:s3cr3tP4ss@git.example.com/repo.git',
    secrets: ['s3cr3tP4ss'],
  },
  {
    name: 'PEM private key',
    text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END RSA PRIVATE KEY-----',
    secrets: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
  },
  {
    name: 'Stripe secret key',
    text: 'sk_live_51H8xYzAbCdEfGhIjKlMnOp',
    secrets: ['51H8xYzAbCdEfGhIjKlMnOp'],
  },
  {
    name: 'Slack bot token',
    text: 'xoxb-2048-1234567890-AbCdEfGhIjKl',
    secrets: ['1234567890-AbCdEfGhIjKl'],
  },
  {
    name: 'GitHub token',
    text: 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
    secrets: ['AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
  },
  {
    name: 'Google API key',
    text: 'AIzaSyD-1234567890abcdefghijklmnopqrstu',
    secrets: ['1234567890abcdefghijklmnopqrstu'],
  },
  { name: 'OpenAI key', text: 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWx', secrets: ['AbCdEfGhIjKlMnOpQrStUvWx'] },
  {
    name: 'API key inside an error message',
    text: 'Invalid API key: 3f9a8b7c6d5e4f3a2b1c. Check the key and retry.',
    secrets: ['3f9a8b7c6d5e4f3a2b1c'],
  },
  { name: 'password parameter', text: 'password=hunter2hunter2', secrets: ['hunter2hunter2'] },
  {
    name: 'percent-encoded parameter name',
    text: 'access%5Ftoken=opaque-token-value-123',
    secrets: ['opaque-token-value-123'],
  },
];
