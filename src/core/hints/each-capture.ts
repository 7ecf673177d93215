/**
 * Calls `found` with the first group of every match of a global `pattern` that never matches empty text.
 * `text.matchAll` does the same but clones the pattern on every call, and every finding's message is scanned.
 */
export function eachCapture(pattern: RegExp, text: string, found: (capture: string) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[1] !== undefined) found(match[1]);
  }
}
