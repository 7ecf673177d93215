/**
 * Reads one string member out of JSON that does not parse: a body cut off by a connection reset or the
 * devtools body limit, or an OData in-stream error appended to a 200 whose JSON was left malformed on purpose.
 * Only the head and the tail are searched, and only a complete, quoted value is returned.
 */

const WINDOW = 4096;
/** Keys are the callers' constants: each pattern is compiled once, not on every response. */
const patterns = new Map<string, RegExp>();

export function scanStringMember(text: string, key: string): string | undefined {
  let member = patterns.get(key);
  if (member === undefined) {
    member = new RegExp(`"${key}"\\s{0,16}:\\s{0,16}"([^"\\\\\\r\\n]{1,200})"`);
    patterns.set(key, member);
  }
  const head = member.exec(text.slice(0, WINDOW))?.[1];
  if (head !== undefined || text.length <= WINDOW) return head;
  return member.exec(text.slice(-WINDOW))?.[1];
}
