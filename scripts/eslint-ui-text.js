/**
 * Faultline's own lint rules for user-facing text: every word a user reads comes from src/i18n, so a
 * sentence exists once and in every language. Plain JavaScript: eslint.config.js loads it without a build.
 */

/** Attributes a user (or a screen reader) reads. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
]);

const LETTER = /\p{L}/u;
/** Two words in a row: the shape of a sentence or a label, not of an id, a key or a discriminant. */
const WORDS = /\p{L}[\p{L}'’-]*[ \u00a0]+[\p{L}(]/u;
/** Source code in a string (a script run in the inspected page): braces or arrows, which UI text has not. */
const CODE = /[{}]|=>/;

/** Terminal control sequences (ESC [ … letter) steer the cursor; they are not words. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const CONTROL_SEQUENCE = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The text of a string literal or template literal (its fixed parts), or null for other nodes. */
function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string')
    return node.value.replace(CONTROL_SEQUENCE, '');
  if (node.type === 'TemplateLiteral')
    return node.quasis.map((quasi) => (quasi.value.cooked ?? '').replace(CONTROL_SEQUENCE, '')).join(' ');
  return null;
}

/** Words that are names, not language (the program's name, formats, units): allowed in a literal. */
function stripAllowed(text, allow) {
  return allow.reduce((rest, word) => rest.replace(new RegExp(`\\b${word}\\b`, 'g'), ''), text);
}

const allowOption = {
  type: 'object',
  properties: { allow: { type: 'array', items: { type: 'string' } } },
  additionalProperties: false,
};

/** In JSX: no text with letters, and no literal for an attribute people read. */
const noJsxText = {
  meta: {
    type: 'problem',
    schema: [allowOption],
    messages: {
      text: 'UI text comes from the dictionary (src/i18n): use t.… instead of "{{text}}".',
      attribute: '{{name}} is read by users: take it from the dictionary (src/i18n), not "{{text}}".',
    },
  },
  create(context) {
    const allow = context.options[0]?.allow ?? [];
    const hasLetters = (text) => LETTER.test(stripAllowed(text, allow));
    const report = (node, messageId, data) => context.report({ node, messageId, data });
    return {
      JSXText(node) {
        if (hasLetters(node.value)) report(node, 'text', { text: node.value.trim() });
      },
      'JSXElement > JSXExpressionContainer'(node) {
        const text = literalText(node.expression);
        if (text !== null && hasLetters(text)) report(node, 'text', { text });
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (name === null || !READ_ATTRIBUTES.has(name)) return;
        const value = node.value?.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        const text = literalText(value);
        if (text !== null && hasLetters(text)) report(node, 'attribute', { name, text });
      },
    };
  },
};

/** Calls whose string arguments reach the user: writes to a stream and errors the CLI prints. */
function isOutput(node) {
  const callee = node.callee;
  if (node.type === 'NewExpression') return callee.type === 'Identifier' && callee.name === 'CliError';
  return (
    callee.type === 'MemberExpression' &&
    callee.property.type === 'Identifier' &&
    callee.property.name === 'write'
  );
}

/**
 * Outside JSX (the CLI): no literal with letters passed to an output writer or a CliError, and no literal
 * anywhere that reads as words; ids, option names and discriminants are single words and pass.
 */
const noLiteralSentence = {
  meta: {
    type: 'problem',
    schema: [allowOption],
    messages: {
      output: 'Text for the user comes from the dictionary (src/i18n), not "{{text}}".',
      words: '"{{text}}" reads as words: put it in the dictionary (src/i18n) in every language.',
    },
  },
  create(context) {
    const allow = context.options[0]?.allow ?? [];
    const reported = new Set();
    const check = (node, test, messageId) => {
      const text = literalText(node);
      if (text === null || reported.has(node) || !test.test(stripAllowed(text, allow))) return;
      if (test === WORDS && CODE.test(text)) return;
      reported.add(node);
      context.report({ node, messageId, data: { text: text.trim().slice(0, 60) } });
    };
    const outputArguments = (node) => {
      if (!isOutput(node)) return;
      for (const argument of node.arguments) {
        check(argument, LETTER, 'output');
        if (argument.type === 'BinaryExpression') {
          check(argument.left, LETTER, 'output');
          check(argument.right, LETTER, 'output');
        }
      }
    };
    // JSX attributes other than the read ones hold classes, rel tokens and ids (no-jsx-text checks the rest).
    const inJsxAttribute = (node) =>
      context.sourceCode.getAncestors(node).some((ancestor) => ancestor.type === 'JSXAttribute');
    const inImport = (node) =>
      ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(
        node.parent?.type,
      );
    return {
      CallExpression: outputArguments,
      NewExpression: outputArguments,
      Literal(node) {
        if (!inImport(node) && !inJsxAttribute(node)) check(node, WORDS, 'words');
      },
      TemplateLiteral(node) {
        if (node.parent?.type !== 'TaggedTemplateExpression' && !inJsxAttribute(node))
          check(node, WORDS, 'words');
      },
    };
  },
};

export default {
  meta: { name: 'faultline' },
  rules: { 'no-jsx-text': noJsxText, 'no-literal-sentence': noLiteralSentence },
};
