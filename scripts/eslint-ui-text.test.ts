import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import uiText from './eslint-ui-text.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

tester.run('no-jsx-text', uiText.rules['no-jsx-text'], {
  valid: [
    { code: 'const a = <p>{t.report.noIds}</p>;' },
    { code: 'const a = <button aria-label={t.copy.report} title={t.copy.preview}>{t.copy.id}</button>;' },
    { code: 'const a = <span>{count} · </span>;' },
    { code: 'const a = <strong class="brand">Faultline</strong>;', options: [{ allow: ['Faultline'] }] },
    { code: 'const a = <div class="row group-row" data-testid="group-row" />;' },
  ],
  invalid: [
    { code: 'const a = <p>No errors yet</p>;', errors: [{ messageId: 'text' }] },
    { code: "const a = <p>{'エラーはありません'}</p>;", errors: [{ messageId: 'text' }] },
    { code: 'const a = <button aria-label="Close">×</button>;', errors: [{ messageId: 'attribute' }] },
    { code: "const a = <input placeholder={'Filter'} />;", errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <img alt={`Logo of ${name}`} />;', errors: [{ messageId: 'attribute' }] },
    {
      code: 'const a = <span title="Removed">x</span>;',
      errors: [{ messageId: 'attribute' }, { messageId: 'text' }],
    },
  ],
});

tester.run('no-literal-sentence', uiText.rules['no-literal-sentence'], {
  valid: [
    {
      code: 'process.stderr.write(`faultline: ${words.rawWarning}\\n`);',
      options: [{ allow: ['faultline'] }],
    },
    { code: 'throw new CliError(words.problem({ kind: "missing-command" }));' },
    { code: "if (token.kind === 'option') format = 'markdown';" },
    { code: 'stream.write(`\\r\\u001b[2K${line}`);' },
    { code: "import { x } from './some words.ts';" },
    { code: 'const a = <a rel="noreferrer noopener" href={link} />;' },
    { code: 'const probe = `(() => { const entry = performance.timeOrigin; return entry; })()`;' },
  ],
  invalid: [
    { code: "process.stdout.write('done');", errors: [{ messageId: 'output' }] },
    { code: 'throw new CliError(`file not found: ${file}`);', errors: [{ messageId: 'output' }] },
    { code: "sink.write('faultline: ' + message);", errors: [{ messageId: 'output' }] },
    { code: "const warning = 'this output is not redacted';", errors: [{ messageId: 'words' }] },
    { code: 'const line = `${n} entries read`;', errors: [{ messageId: 'words' }] },
  ],
});
