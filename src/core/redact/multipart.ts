import { isSensitiveName } from './names.ts';
import { PLACEHOLDER, type Mark, type Redaction } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

/**
 * multipart/form-data (what `fetch` sends for a `FormData`): each part is judged by its
 * `Content-Disposition` name, so `password` and `api_key` fields lose their content; other parts are
 * redacted by their own type. Boundaries, part headers and layout stay, so the body still parses.
 */

/** Parts nested in parts (multipart/mixed inside form-data) deeper than this are redacted as text. */
const MAX_DEPTH = 3;

export function boundaryOf(mimeType: string, text: string): string | null {
  const declared = /boundary=(?:"([^"\r\n]{1,200})"|([^\s;,]{1,200}))/i.exec(mimeType);
  if (declared) return declared[1] ?? declared[2] ?? null;
  // Some clients record the body without its header: a first line `--xyz` gives the boundary away.
  const first = /^--([^\s]{1,200})\r?\n/.exec(text);
  return first?.[1] ?? null;
}

const DISPOSITION_NAME = /\bname\*?=(?:"([^"\r\n]*)"|([^\s;]+))/i;
const PART_TYPE = /^content-type:[ \t]*([^\r\n]*)/im;

type BodyRedactor = (text: string, mimeType: string, depth: number) => Redaction;

function shifted(marks: readonly Mark[], by: number): Mark[] {
  return marks.map((m) => ({ ...m, start: m.start + by, end: m.end + by }));
}

/** One part: its header block through the text rules, its content by name and type. */
function part(text: string, body: BodyRedactor, depth: number): Redaction {
  const blank = /\r?\n\r?\n/.exec(text);
  if (!blank) return redactTextWithMarks(text);
  const headEnd = blank.index + blank[0].length;
  const head = redactTextWithMarks(text.slice(0, headEnd));
  const content = text.slice(headEnd);
  const named = DISPOSITION_NAME.exec(text.slice(0, blank.index));
  const name = named?.[1] ?? named?.[2] ?? '';
  let rest: Redaction;
  if (name.length >= 2 && isSensitiveName(name) && content.trim() !== '' && content !== PLACEHOLDER) {
    // The line break before the next boundary belongs to the delimiter, not to the value.
    const trailing = /\r?\n$/.exec(content)?.[0] ?? '';
    rest = {
      text: PLACEHOLDER + trailing,
      marks: [{ start: 0, end: PLACEHOLDER.length, rule: 'multipart-field' }],
    };
  } else {
    rest = body(content, PART_TYPE.exec(text.slice(0, blank.index))?.[1] ?? '', depth + 1);
  }
  return { text: head.text + rest.text, marks: [...head.marks, ...shifted(rest.marks, head.text.length)] };
}

export function redactMultipartWithMarks(
  text: string,
  boundary: string,
  body: BodyRedactor,
  depth: number,
): Redaction {
  if (depth >= MAX_DEPTH) return redactTextWithMarks(text);
  const delimiter = `--${boundary}`;
  let out = '';
  const marks: Mark[] = [];
  let at = text.indexOf(delimiter);
  if (at === -1) return redactTextWithMarks(text);
  // The preamble is text nobody reads, but it is still redacted.
  const preamble = redactTextWithMarks(text.slice(0, at));
  out += preamble.text;
  marks.push(...preamble.marks);
  while (at !== -1) {
    const next = text.indexOf(delimiter, at + delimiter.length);
    const contentStart = at + delimiter.length;
    const end = next === -1 ? text.length : next;
    out += delimiter;
    const piece = text.slice(contentStart, end);
    const redacted =
      next === -1 || piece.startsWith('--') ? redactTextWithMarks(piece) : part(piece, body, depth);
    marks.push(...shifted(redacted.marks, out.length));
    out += redacted.text;
    at = next;
  }
  return { text: out, marks };
}
