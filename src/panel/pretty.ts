/** JSON bodies indented for reading; anything else (or JSON too deep to print) as it came. */
export function prettyBody(text: string): string {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
