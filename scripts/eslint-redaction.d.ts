import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: Record<'no-forged-redaction', Rule.RuleModule> };
export default plugin;
