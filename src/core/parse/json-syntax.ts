/**
 * Where a text stops being JSON. V8 leaves the position out of some JSON.parse messages ("Unexpected
 * token 'x', "…" is not valid JSON"), so a failed parse is walked again here to point at the spot.
 * Iterative, so a deeply nested file cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number | null {
  try {
    walk(text);
    return null;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    throw error;
  }
}

/** Line and column (both from 1) of an offset, the way editors show positions. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

class Stop {
  constructor(readonly offset: number) {}
}

const LITERALS = new Map([
  ['t', 'true'],
  ['f', 'false'],
  ['n', 'null'],
]);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function walk(text: string): void {
  const closers: string[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    const c = text[i];
    if (state === 'key') {
      if (c !== '"') throw new Stop(i);
      i = skipSpace(text, stringEnd(text, i));
      if (text[i] !== ':') throw new Stop(i);
      i += 1;
      state = 'value';
    } else if (state === 'value') {
      if (c === '{' || c === '[') {
        const closer = c === '{' ? '}' : ']';
        i = skipSpace(text, i + 1);
        if (text[i] === closer) {
          i += 1;
          state = 'after';
        } else {
          closers.push(closer);
          state = closer === '}' ? 'key' : 'value';
        }
      } else {
        i = c === '"' ? stringEnd(text, i) : tokenEnd(text, i);
        state = 'after';
      }
    } else {
      const closer = closers.at(-1);
      if (closer === undefined) {
        if (i < text.length) throw new Stop(i);
        return;
      }
      if (c === ',') {
        i += 1;
        state = closer === '}' ? 'key' : 'value';
      } else if (c === closer) {
        closers.pop();
        i += 1;
      } else throw new Stop(i);
    }
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i += 1;
  return i;
}

/** A literal word or a number; like V8, a misspelt word is reported at its first wrong letter. */
function tokenEnd(text: string, from: number): number {
  const literal = LITERALS.get(text[from] ?? '');
  if (literal !== undefined) {
    for (let k = 1; k < literal.length; k += 1) if (text[from + k] !== literal[k]) throw new Stop(from + k);
    return from + literal.length;
  }
  if (text[from] !== '-' && !isDigit(text, from)) throw new Stop(from);
  return numberEnd(text, from);
}

/** Like V8, a number missing its digits is reported where the digit should be. */
function numberEnd(text: string, from: number): number {
  let i = text[from] === '-' ? from + 1 : from;
  if (text[i] === '0') i += 1;
  else i = digitsEnd(text, i);
  if (text[i] === '.') i = digitsEnd(text, i + 1);
  if (text[i] === 'e' || text[i] === 'E')
    i = digitsEnd(text, text[i + 1] === '+' || text[i + 1] === '-' ? i + 2 : i + 1);
  return i;
}

function digitsEnd(text: string, from: number): number {
  if (!isDigit(text, from)) throw new Stop(from);
  let i = from + 1;
  while (isDigit(text, i)) i += 1;
  return i;
}

function isDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
}

/** The offset just past the string literal opening at `from`. */
function stringEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) throw new Stop(i);
    if (code !== 0x5c) continue;
    const escape = text[i + 1];
    if (escape === 'u') {
      for (let h = i + 2; h < i + 6; h += 1) if (!/[0-9a-fA-F]/.test(text[h] ?? '')) throw new Stop(h);
      i += 5;
    } else if (escape !== undefined && ESCAPES.has(escape)) i += 1;
    else throw new Stop(i + 1);
  }
  throw new Stop(text.length);
}
