import type { ResponseBody } from '../../model/exchange.ts';

/** Bodies above this are never decoded or parsed: error envelopes are small, and a huge body must not freeze the panel. */
export const DEFAULT_BODY_CAP = 2 * 1024 * 1024;

export type BodyText =
  { ok: true; text: string } | { ok: false; reason: 'none' | 'too-large' | 'bad-base64' };

const NON_ASCII = /[\u0080-\u00ff]/;

/** Decodes a response body to text within `cap` bytes, stripping a UTF-8 BOM. Never throws. */
export function bodyText(body: ResponseBody, cap = DEFAULT_BODY_CAP): BodyText {
  if (body.kind === 'none') return { ok: false, reason: 'none' };
  if (body.kind === 'text') {
    if (body.text.length > cap) return { ok: false, reason: 'too-large' };
    return { ok: true, text: stripBom(body.text) };
  }
  // 4 base64 characters carry 3 bytes: decide on the size before decoding anything.
  if ((body.data.length / 4) * 3 > cap) return { ok: false, reason: 'too-large' };
  let binary: string;
  try {
    binary = atob(body.data.replace(/[\r\n]/g, ''));
  } catch {
    return { ok: false, reason: 'bad-base64' };
  }
  // ASCII fast path: atob's output already is the text when no byte is >= 0x80.
  if (!NON_ASCII.test(binary)) return { ok: true, text: stripBom(binary) };
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return { ok: true, text: stripBom(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)) };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
