import { MAX_PARTS } from './json-batch.ts';
import type { BatchPart } from '../detector.ts';
import { headerValue, type Exchange, type Header } from '../../../model/exchange.ts';
import { parseJson } from '../../parse/json.ts';

const MAX_HEADER_LINES = 100;

/**
 * The HTTP responses inside a `multipart/mixed` batch (OData Protocol §11.7): each part is `application/http`
 * holding a status line, headers and a body. A changeset nests one more multipart level and no deeper.
 * Null when the body is not such a batch.
 */
export function multipartParts(text: string, exchange: Exchange): BatchPart[] | null {
  const boundary =
    boundaryOf(exchange.mimeType) ??
    boundaryOf(headerValue(exchange.responseHeaders, 'content-type') ?? '') ??
    sniffBoundary(text);
  if (boundary === undefined) return null;
  const parts: BatchPart[] = [];
  for (const [index, section] of sections(text, boundary).entries()) {
    const ref = `parts[${index}]`;
    const { headers, body } = splitHead(section);
    const changeset = boundaryOf(headerValue(headers, 'content-type') ?? '');
    const messages =
      changeset === undefined
        ? [{ ref, message: body }]
        : sections(body, changeset).map((sub, j) => ({
            ref: `${ref}.parts[${j}]`,
            message: splitHead(sub).body,
          }));
    for (const { ref: partRef, message } of messages) {
      const part = httpResponse(partRef, message, exchange);
      if (part && parts.length < MAX_PARTS) parts.push(part);
    }
  }
  return parts.length > 0 ? parts : null;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]{1,200})"|([^\s;,]{1,200}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** HAR mime types sometimes lose their parameters; the body's first line is then the delimiter. */
function sniffBoundary(text: string): string | undefined {
  const start = text.search(/\S/);
  if (start === -1 || !text.startsWith('--', start)) return undefined;
  const eol = text.indexOf('\n', start);
  const boundary = text.slice(start + 2, eol === -1 ? undefined : eol).trim();
  return boundary !== '' && boundary.length <= 200 ? boundary : undefined;
}

/** The bodies between `--boundary` delimiters, up to the closing `--boundary--`. */
function sections(text: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const found: string[] = [];
  let at = text.indexOf(delimiter);
  while (at !== -1 && found.length < MAX_PARTS) {
    const start = at + delimiter.length;
    if (text.startsWith('--', start)) break;
    const next = text.indexOf(delimiter, start);
    found.push(
      text
        .slice(start, next === -1 ? text.length : next)
        .replace(/^[ \t]*\r?\n/, '')
        .replace(/\r?\n$/, ''),
    );
    at = next;
  }
  return found;
}

/** Header lines, then a blank line, then the body; CRLF or bare LF. */
function splitHead(block: string): { headers: Header[]; body: string } {
  const blank = /\r?\n\r?\n/.exec(block);
  const head = blank ? block.slice(0, blank.index) : block;
  const headers: Header[] = [];
  for (const line of head.split(/\r?\n/, MAX_HEADER_LINES)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return { headers, body: blank ? block.slice(blank.index + blank[0].length) : '' };
}

function httpResponse(ref: string, message: string, exchange: Exchange): BatchPart | null {
  const statusLine = /^\s*HTTP\/\d(?:\.\d)?[ \t]+(\d{3})/.exec(message);
  if (!statusLine) return null;
  // The status line has no colon, so it is skipped as a header line.
  const { headers, body } = splitHead(message);
  const text = body.trim() === '' ? null : body;
  return {
    ref,
    method: exchange.method,
    url: exchange.url,
    status: Number(statusLine[1]),
    headers,
    text,
    json: text !== null && /^\s*[[{]/.test(text.slice(0, 64)) ? parseJson(text) : undefined,
  };
}
