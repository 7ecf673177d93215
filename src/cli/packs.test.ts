import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.ts';
import type { Report } from './report.ts';

const dir = mkdtempSync(join(tmpdir(), 'faultline-packs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = new URL('../../examples/contoso-orders.pack.json', import.meta.url).pathname;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const entry = (
  url: string,
  status: number,
  text: string,
  headers: { name: string; value: string }[] = [],
) => ({
  startedDateTime: '2026-01-01T00:00:00.000Z',
  request: { method: 'PUT', url, headers: [] },
  response: { status, statusText: '', headers, content: { mimeType: 'application/json', text } },
});
const har = file(
  'team.har',
  JSON.stringify({
    log: {
      entries: [
        entry(
          'https://orders.contoso.test/v1/orders/17',
          409,
          '{"fault":{"errCode":"ORD-4091","text":"Changed","trace":"tr-5f1c"}}',
          [{ name: 'x-contoso-trace', value: 'hdr-77' }],
        ),
        entry(
          'https://graph.microsoft.com/v1.0/me/drive/items/x',
          404,
          '{"error":{"code":"itemNotFound","message":"Gone"}}',
        ),
      ],
    },
  }),
);

describe('faultline scan --pack', { timeout: 30_000 }, () => {
  it("reads a team family with the pack's envelope and explains it with the pack's text", async () => {
    const { code, stdout, stderr } = await run(['scan', har, '--format', 'json', '--pack', example]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const [orders, graph] = (JSON.parse(stdout) as Report).findings;
    expect(orders).toMatchObject({
      family: 'contoso-orders',
      code: 'ORD-4091',
      message: 'Changed',
      pack: 'contoso-internal',
      meaning: 'The order was changed by someone else since you read it (optimistic concurrency).',
      correlationIds: [
        { name: 'fault.trace', value: 'tr-5f1c', source: 'body' },
        { name: 'x-contoso-trace', value: 'hdr-77', source: 'header' },
      ],
    });
    expect(graph).toMatchObject({ family: 'graph', code: 'itemNotFound', pack: null });
    expect(graph?.packNotes).toEqual([expect.objectContaining({ pack: 'contoso-internal' })]);
  });

  it('shows where pack text comes from in the text report, in Japanese too', async () => {
    const { stdout } = await run(['scan', har, '--lang', 'ja', '--pack', example]);
    expect(stdout).toContain(
      '意味 (パック contoso-internal より): 読み込んだ後に、ほかの誰かが注文を変更しました',
    );
    expect(stdout).toContain('メモ (パック contoso-internal より): At Contoso this usually means');
  });

  it('without the pack, the same entry is a plain HTTP error', async () => {
    const { stdout } = await run(['scan', har, '--format', 'json']);
    expect((JSON.parse(stdout) as Report).findings[0]).toMatchObject({ family: 'generic-http', pack: null });
  });

  it('refuses a broken pack with exit 2, listing every problem with its pointer', async () => {
    const broken = file(
      'broken.json',
      JSON.stringify({ faultline: 'pack/1', name: 'x', families: [{ id: 'Bad', label: 'B' }] }),
    );
    expect(await run(['scan', har, '--pack', broken])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `faultline: ${broken}: 2 problems; the pack is not used\n` +
        '  /families/0/id: must be 1-48 lower-case letters, digits or "-", starting with a letter or digit\n' +
        '  /families/0/envelope: is required: it says where the error, its code and message are\n',
    });
    expect((await run(['scan', har, '--pack', example, '--pack', example])).stderr).toContain(
      '/families/0/id: "contoso-orders" is already a family',
    );
  });
});

describe('faultline pack check', { timeout: 30_000 }, () => {
  it('summarizes a valid pack: families, codes, languages', async () => {
    expect(await run(['pack', 'check', example])).toEqual({
      code: 0,
      stdout:
        'contoso-internal: a valid pack/1 pack\n' +
        '  families: contoso-orders (Contoso Orders API)\n' +
        '  codes: 2\n' +
        '  languages: en, ja\n',
      stderr: '',
    });
  });

  it('lists the problems and exits 1; a missing file exits 2', async () => {
    const pack = JSON.parse(readFileSync(example, 'utf8')) as {
      families: { envelope: Record<string, unknown> }[];
    };
    pack.families[0]!.envelope['code'] = 'fault/errCode';
    const result = await run(['pack', 'check', file('typo.json', JSON.stringify(pack)), '--lang', 'ja']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /: 1 件の問題があります。このパックは使われません\n {2}\/families\/0\/envelope\/code: "\/" で始まる JSON Pointer である必要があります\n$/,
    );
    expect(await run(['pack', 'check', join(dir, 'none.json')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `faultline: no such pack file: ${join(dir, 'none.json')}\n`,
    });
  });
});
