import { describe, expect, it } from 'vitest';
import { bodyText } from './body.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('bodyText', () => {
  it('decodes ASCII base64 directly', () => {
    expect(bodyText({ kind: 'base64', data: b64('{"a":1}') })).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('decodes UTF-8 base64 (Japanese messages)', () => {
    expect(bodyText({ kind: 'base64', data: b64('{"m":"見つかりません"}') })).toEqual({
      ok: true,
      text: '{"m":"見つかりません"}',
    });
  });

  it('strips a BOM from text and from base64', () => {
    expect(bodyText({ kind: 'text', text: '\ufeff{}' })).toEqual({ ok: true, text: '{}' });
    expect(bodyText({ kind: 'base64', data: b64('\ufeff<Error/>') })).toEqual({ ok: true, text: '<Error/>' });
  });

  it('refuses bodies over the cap before decoding them', () => {
    expect(bodyText({ kind: 'text', text: 'x'.repeat(11) }, 10)).toEqual({ ok: false, reason: 'too-large' });
    expect(bodyText({ kind: 'base64', data: 'A'.repeat(40) }, 10)).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('reports bad base64 and missing bodies', () => {
    expect(bodyText({ kind: 'base64', data: '@@@' })).toEqual({ ok: false, reason: 'bad-base64' });
    expect(bodyText({ kind: 'none', reason: 'not-captured' })).toEqual({ ok: false, reason: 'none' });
  });
});
