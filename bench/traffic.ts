import { caseToHarEntry, loadCases } from '../e2e/fixtures/corpus.ts';
import type { HarEntry } from '../src/model/har.ts';

/** A realistic successful API response of about `bytes` bytes: a page of records, as list endpoints return. */
export function successBody(bytes: number, seed: number): string {
  const items: object[] = [];
  let size = 20;
  for (let i = 0; size < bytes; i++) {
    const item = {
      id: `${seed}-${i}`,
      name: `Device ${seed}-${i}`,
      healthStatus: i % 3 ? 'Active' : 'Inactive',
      lastSeen: '2024-06-11T09:14:22Z',
      tags: ['prod', 'eu-west'],
      riskScore: (i * 7) % 100,
    };
    items.push(item);
    size += JSON.stringify(item).length + 1;
  }
  return JSON.stringify({ '@odata.context': 'https://api.example.com/$metadata#Machines', value: items });
}

function entry(url: string, status: number, mimeType: string, text: string): HarEntry {
  return {
    startedDateTime: '2024-06-11T09:14:22.000Z',
    request: { method: 'GET', url, headers: [] },
    response: {
      status,
      headers: [{ name: 'Content-Type', value: mimeType }],
      content: { size: text.length, mimeType, text },
    },
  };
}

/**
 * A browsing session as DevTools records it: mostly static assets and successful API calls, with
 * `errorShare` of the entries being the corpus' error responses.
 */
export function sessionHar(count: number, errorShare: number): HarEntry[] {
  const errors = loadCases()
    .filter((c) => c.expect.isError)
    .map((c) => caseToHarEntry(c));
  const entries: HarEntry[] = [];
  const every = Math.round(1 / errorShare);
  for (let i = 0; i < count; i++) {
    if (i % every === 0) entries.push(errors[(i / every) % errors.length]!);
    else if (i % 4 === 0)
      entries.push(
        entry(`https://cdn.example.com/app.${i}.js`, 200, 'application/javascript', 'x'.repeat(2000)),
      );
    else if (i % 4 === 1) entries.push(entry(`https://cdn.example.com/img/${i}.png`, 200, 'image/png', ''));
    else
      entries.push(
        entry(
          `https://api.example.com/v1/machines?page=${i}`,
          200,
          'application/json',
          successBody(1500 + (i % 7) * 400, i),
        ),
      );
  }
  return entries;
}
