import { caseToHarEntry, loadCases } from '../e2e/fixtures/corpus.ts';
import { bodyText } from '../src/core/ingest/body.ts';
import { fromHarEntry } from '../src/core/ingest/from-har.ts';
import type { Exchange } from '../src/model/exchange.ts';

/** B1's subjects: the corpus' error responses whose body is valid JSON, and those bodies. */
export function errorBodies(): { exchanges: Exchange[]; texts: string[] } {
  const exchanges: Exchange[] = [];
  const texts: string[] = [];
  for (const c of loadCases().filter((c) => c.expect.isError)) {
    const exchange = fromHarEntry(caseToHarEntry(c));
    const text = bodyText(exchange.body);
    if (!text.ok) continue;
    try {
      JSON.parse(text.text);
    } catch {
      continue;
    }
    exchanges.push(exchange);
    texts.push(text.text);
  }
  return { exchanges, texts };
}
