import { bodyText, DEFAULT_BODY_CAP } from './body.ts';

export interface ResponseMeta {
  url: string;
  status: number;
  mimeType: string;
  /** Body size in bytes; -1 when unknown. */
  size: number;
}

const NEVER_ERROR_BODY =
  /^(image|font|audio|video)\/|javascript|ecmascript|wasm|text\/css|octet-stream|event-stream/i;
const STRUCTURED = /json|xml|multipart|^$|text\/plain/i;
const API_BODY = /json|xml/i;
/** Extensions of paths that are static assets (compared lower-cased). */
const STATIC_EXTENSIONS = new Set(
  'js mjs css png jpg jpeg gif webp avif svg ico woff woff2 ttf otf eot mp3 mp4 webm wasm map'.split(' '),
);
const LONGEST_EXTENSION = 5;

/** What triage needs to know of a media type; a session uses a handful, so each is classified once. */
interface MediaClass {
  neverError: boolean;
  api: boolean;
  structured: boolean;
}
const classes = new Map<string, MediaClass>();
const CLASSES_KEPT = 256;

function classOf(mimeType: string): MediaClass {
  const known = classes.get(mimeType);
  if (known) return known;
  const mime = essence(mimeType);
  const found = {
    neverError: NEVER_ERROR_BODY.test(mime),
    api: API_BODY.test(mime),
    structured: STRUCTURED.test(mime),
  };
  if (classes.size >= CLASSES_KEPT) classes.clear();
  classes.set(mimeType, found);
  return found;
}

/** What capture does with a finished request, decided before any body is fetched. */
export type Triage = 'ignore' | 'metadata-only' | 'fetch';

/**
 * Decides from the HAR metadata alone whether a request matters and whether its body is worth a
 * `getContent()` round trip. Static assets are not API errors, unless they fail with an XML or JSON body. Failed responses are fetched unless
 * their body is empty or over the cap (then status and headers still tell something); successful ones
 * only when they may carry an error under 2xx (GraphQL, Slack, batches, SOAP).
 */
export function triage(meta: ResponseMeta, cap = DEFAULT_BODY_CAP): Triage {
  const media = classOf(meta.mimeType);
  if (media.neverError) return 'ignore';
  // An object store answers a missing `photo.jpg` with an XML or JSON error: that is an API error.
  const apiAnswer = meta.status >= 400 && media.api;
  if (!apiAnswer && isStaticPath(meta.url)) return 'ignore';
  if (meta.status >= 400) return meta.size === 0 || meta.size > cap ? 'metadata-only' : 'fetch';
  if (meta.status < 200 || meta.status >= 300 || meta.size === 0 || meta.size > cap) return 'ignore';
  return media.structured ? 'fetch' : 'ignore';
}

/**
 * A response under 400 is an error only when its body says so: false when the body at hand cannot (none,
 * over the cap, or failing `worthParsing`), so that replay builds no exchange for it. It decides what
 * `analyze` decides first; base64 bodies are left to it, as they must be decoded to be read.
 */
export function mayFailUnder400(
  status: number,
  content: { text?: unknown; encoding?: unknown },
  cap = DEFAULT_BODY_CAP,
): boolean {
  if (!(status < 400)) return true;
  const text = content.text;
  if (typeof text !== 'string' || text === '') return false;
  if (content.encoding === 'base64') return true;
  const decoded = bodyText({ kind: 'text', text }, cap);
  return decoded.ok && worthParsing(status, decoded.text);
}

/** The media type without its parameters: `application/json; charset=utf-8` → `application/json`. */
function essence(mimeType: string): string {
  const semicolon = mimeType.indexOf(';');
  return (semicolon === -1 ? mimeType : mimeType.slice(0, semicolon)).trim();
}

/**
 * Whether the URL, up to its query or fragment, ends in a static asset's extension. Triage runs on every
 * request: `indexOf` and a set are several times cheaper than a search by pattern.
 */
function isStaticPath(url: string): boolean {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  const end = query === -1 || (fragment !== -1 && fragment < query) ? fragment : query;
  const length = end === -1 ? url.length : end;
  const dot = url.lastIndexOf('.', length - 1);
  // Most API paths end in a segment without a dot: the last dot found is the host's, far from the end.
  if (dot === -1 || length - dot - 1 > LONGEST_EXTENSION) return false;
  return STATIC_EXTENSIONS.has(url.slice(dot + 1, length).toLowerCase());
}

const MARKER_KEYS = new Set([
  'error',
  'errors',
  'fault',
  'title',
  'type',
  'ok',
  'success',
  'code',
  'message',
  'detail',
  'jsonapi',
  'responses',
  'odata.error',
  '__type',
  'error_description',
  'status',
]);
const TAIL = 512;
const HEAD = 4096;

/**
 * O(1)-ish gate before any parse: looks at the first non-blank character, the first key and the tail,
 * never at the whole body. A body of a failed response is always worth parsing when it is structured.
 */
export function worthParsing(status: number, text: string): boolean {
  const start = firstNonBlank(text);
  if (start === -1) return false;
  const first = text[start];
  if (first !== '{' && first !== '[' && first !== '<' && first !== '-') return status >= 400;
  if (status >= 400) return true;
  // SOAP faults from non-conforming stacks; S3 answers CopyObject and CompleteMultipartUpload 200 + <Error>.
  if (first === '<') return /:?Fault\b|<Error>/.test(text.slice(start, start + HEAD));
  if (first === '-') return text.startsWith('--', start);
  const key = firstKey(text, start);
  if (key !== null && MARKER_KEYS.has(key.toLowerCase())) return true;
  return text.indexOf('rror', Math.max(0, text.length - TAIL)) !== -1;
}

function firstNonBlank(text: string): number {
  const limit = Math.min(text.length, HEAD);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
  }
  return -1;
}

/** The first object key, looking through at most one array and a little white space. */
function firstKey(text: string, start: number): string | null {
  let i = start;
  const limit = Math.min(text.length, start + 64);
  while (i < limit && (text[i] === '[' || text[i] === '{' || /\s/.test(text[i] ?? ''))) i++;
  if (text[i] !== '"') return null;
  const end = text.indexOf('"', i + 1);
  if (end === -1 || end - i > 40) return null;
  return text.slice(i + 1, end);
}
