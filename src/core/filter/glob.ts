/**
 * `*` matches any run of characters, nothing else is special. Greedy leftmost matching of the pieces
 * between stars is exact for such patterns and never backtracks, so a hostile pattern costs no more
 * than a scan per piece: user text never becomes a regular expression.
 */
export function globMatches(pattern: string, text: string): boolean {
  if (!pattern.includes('*')) return pattern === text;
  const pieces = pattern.split('*');
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (text.length < first.length + last.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const stop = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    const found = text.indexOf(piece, at);
    if (found === -1 || found + piece.length > stop) return false;
    at = found + piece.length;
  }
  return true;
}
