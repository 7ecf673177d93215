const two = (n: number) => String(n).padStart(2, '0');

/** Local wall-clock time as HH:MM, the way DevTools users read "since when"; HH:MM:SS with `seconds`. */
export function clockTime(iso: string | number, seconds = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return seconds ? '--:--:--' : '--:--';
  const hm = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return seconds ? `${hm}:${two(date.getSeconds())}` : hm;
}

/** Path and query without the origin when it is long: the host is in the detail pane. */
export function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
