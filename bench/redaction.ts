/**
 * R1: redaction is linear. Each adversarial input (1 MB, built to make a naive rule backtrack or decode
 * again and again) against typical traffic of the same size, both through the same function, side by
 * side. The worst ratio is the figure: time per MB of the worst input against time per MB of ordinary
 * text and JSON.
 */
import { caseToHarEntry, loadCanaryCases, loadCases } from '../e2e/fixtures/corpus.ts';
import { redactBody, redactText, TEXT_CAP } from '../src/core/redact/redact.ts';
import { compare, type Comparison } from './measure.ts';

/** Just under the length redaction scans whole, so that every attack is scanned, not cut. */
const MB = TEXT_CAP - 64;

function toSize(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}

/** Real exchanges as text: URLs, header lines and bodies of the corpus, repeated to the size. */
function typicalText(size: number): string {
  const parts = [...loadCases(), ...loadCanaryCases()].flatMap((c) => [
    `${c.request.method} ${c.request.url}`,
    ...Object.entries({ ...c.request.headers, ...c.response.headers }).map(([n, v]) => `${n}: ${v}`),
    c.request.body ?? '',
    c.response.bodyEncoding ? '' : (c.response.body ?? ''),
  ]);
  return toSize(parts.join('\n'), size);
}

/** The corpus as one HAR document: the JSON walk over ordinary structure. */
function typicalJson(size: number): string {
  const entries = [...loadCases(), ...loadCanaryCases()].map((c) => caseToHarEntry(c));
  const list: unknown[] = [];
  while (JSON.stringify(list).length < size) list.push(...entries);
  return JSON.stringify({ log: { entries: list } });
}

const TEXT_ATTACKS: [string, string][] = [
  ['a=%2525… (nested percent-encoding)', `a=${toSize('%25', MB)}`],
  ['x=%3D repeated (encoded values)', toSize('x=%3D', MB)],
  ['x=sid%3D1 repeated (encoded secrets)', toSize('x=sid%3D1&', MB)],
  ['eyJ- repeated (JWT starts)', toSize('eyJ-', MB)],
  ['eyJ + one long run', `eyJ${toSize('a', MB)}`],
  ['Bearer + one long run', `Bearer ${toSize('a', MB)}`],
  ['bearer bearer …', toSize('bearer ', MB)],
  ['key: key: …', toSize('key: ', MB)],
  ['token x1 token x1 … (prose)', toSize('token abcd1234 ', MB)],
  ['a= repeated', toSize('a=', MB)],
  ['name chars then = (long names)', toSize(`${'n'.repeat(99)}=`, MB)],
  ['https:// repeated', toSize('https://', MB)],
  ['scheme:// then @@@', `ab://${toSize('@', MB)}`],
  ['-----BEGIN repeated', toSize('-----BEGIN ', MB)],
  ['<password> repeated', toSize('<password>', MB)],
  ['<input name=csrf_token value=… repeated', toSize('<input name="csrf_token" value="x">', MB)],
  ['< a … unclosed tags', toSize(`<a ${'b'.repeat(990)}`, MB)],
  ['/services/T… repeated', toSize('/services/TAAAAAAA/BAAAAAA/', MB)],
  ['/api/webhooks/ repeated', toSize('/api/webhooks/1234567/', MB)],
  ['provider prefixes', toSize('glpat- SG. shpat_ npm_ hf_ sk- AKIA xoxb- ', MB)],
  ['123456:AA repeated (Telegram)', toSize('123456:AA', MB)],
  ['Q~ repeated (Azure secret)', toSize('abc1Q~', MB)],
  ['%%%% (malformed escapes)', toSize('%', MB)],
  ['sid=1& repeated (output 2.5× the input)', toSize('sid=1&', MB)],
  ['"password":" repeated', toSize('"password":"', MB)],
  ['basic a=" repeated', toSize('basic a="', MB)],
  ['<key>a repeated', toSize('<key>a', MB)],
  ['lone surrogates', toSize('\ud800', MB)],
];

const JSON_ATTACKS: [string, string][] = [
  ['{"password": …} keys', `[${toSize('{"password":"x"},', MB - 20)}{}]`],
  ['deep arrays', `${'['.repeat(MB / 2)}${']'.repeat(MB / 2)}`],
  ['string of escapes', JSON.stringify(toSize('\\u0065yJ', MB))],
  ['multipart parts', toSize('--b\r\nContent-Disposition: form-data; name="password"\r\n\r\nx\r\n', MB)],
];

export function benchRedaction(quick: boolean): Comparison[] {
  const size = quick ? MB / 16 : MB;
  const cut = (text: string) => (quick ? text.slice(0, size) : text);
  const text = typicalText(size);
  const json = typicalJson(size);
  const rounds = quick ? 3 : 7;
  const runs = [
    ...TEXT_ATTACKS.map(([what, input]) => {
      const attack = cut(input);
      return compare(
        { id: 'R1', what, budget: '≤ 5×', ok: (r) => r <= 5 },
        () => redactText(attack),
        () => redactText(text),
        { rounds, inner: 1 },
      );
    }),
    ...JSON_ATTACKS.map(([what, input]) => {
      const attack = cut(input);
      const type = what.startsWith('multipart') ? 'multipart/form-data; boundary=b' : 'application/json';
      return compare(
        { id: 'R1', what, budget: '≤ 5×', ok: (r) => r <= 5 },
        () => redactBody(attack, type),
        () => redactBody(json, 'application/json'),
        { rounds, inner: 1 },
      );
    }),
  ];
  return runs;
}
