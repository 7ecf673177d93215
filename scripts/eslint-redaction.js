/**
 * Faultline's lint rule for the `Redacted` brand: only src/core/redact makes a Redacted value, so no
 * other file may assert one (`as` or `<T>`), however the type is spelled. Plain JavaScript:
 * eslint.config.js loads it without a build.
 *
 * Without type information the rule reads the file: `Redacted` under any local name (`import { Redacted
 * as Safe }`, `ns.Redacted`), anywhere in the asserted type (`Redacted<string>[] | null`), and the file's
 * own type aliases and interfaces that mention it, to any depth. With type information (typescript-eslint's
 * project service) it also asks the checker whether the asserted type carries the brand at all, which
 * catches aliases and interfaces imported from other modules (`as ReportItem`), and lets a cast that only
 * narrows what already carries the brand (a redacted member out of a union of them) pass.
 */

const MESSAGE =
  'Only src/core/redact makes a Redacted value: call a redaction function ({{type}} carries Redacted).';
/** The brand's unique symbol, as the checker names the property keyed by it. */
const BRAND = '__@redacted@';
const BRAND_FILE = /[\\/]redact[\\/]redacted\.ts$/;
/** Deep enough for Redacted<Finding> inside an array inside a report; types are walked once each. */
const MAX_DEPTH = 8;

/** Calls `visit` on every node under `node`, children first found through the parser's visitor keys. */
function walk(node, keys, visit) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node) === false) return;
  for (const key of keys[node.type] ?? []) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((c) => walk(c, keys, visit));
    else walk(child, keys, visit);
  }
}

/** True when a type node refers to one of `names` (or `namespace.Redacted`) anywhere inside it. */
function mentions(typeNode, names, namespaces, keys) {
  let found = false;
  walk(typeNode, keys, (node) => {
    if (found) return false;
    if (
      node.type !== 'TSTypeReference' &&
      node.type !== 'TSInterfaceHeritage' &&
      node.type !== 'TSClassImplements'
    )
      return true;
    const name = node.typeName ?? node.expression;
    if (name?.type === 'Identifier' && names.has(name.name)) found = true;
    // `ns.Redacted`: a qualified type name, or a member expression in `extends`/`implements`.
    const [left, right] =
      name?.type === 'TSQualifiedName'
        ? [name.left, name.right]
        : name?.type === 'MemberExpression'
          ? [name.object, name.property]
          : [];
    if (right?.name === 'Redacted' && left?.type === 'Identifier' && namespaces.has(left.name)) found = true;
    return true;
  });
  return found;
}

/** The file's names for Redacted: imports of it, then its own aliases and interfaces built on those. */
function redactedNames(program, keys) {
  const names = new Set();
  const namespaces = new Set();
  const declarations = [];
  walk(program, keys, (node) => {
    if (node.type === 'ImportDeclaration') {
      for (const specifier of node.specifiers) {
        const imported = specifier.imported?.name ?? specifier.imported?.value;
        if (specifier.type === 'ImportSpecifier' && imported === 'Redacted') names.add(specifier.local.name);
        if (specifier.type === 'ImportNamespaceSpecifier') namespaces.add(specifier.local.name);
      }
      return false;
    }
    if (node.type === 'TSTypeAliasDeclaration' || node.type === 'TSInterfaceDeclaration')
      declarations.push(node);
    return true;
  });
  // An alias may be declared after the one built on it: go round until nothing new is found.
  for (let grew = true; grew;) {
    grew = false;
    for (const declaration of declarations) {
      const name = declaration.id.name;
      if (names.has(name)) continue;
      const body = [declaration.typeAnnotation, declaration.body, ...(declaration.extends ?? [])];
      if (body.some((part) => part && mentions(part, names, namespaces, keys))) {
        names.add(name);
        grew = true;
      }
    }
  }
  return { names, namespaces };
}

function isBrand(symbol) {
  return (
    String(symbol.escapedName).startsWith(BRAND) &&
    (symbol.declarations ?? []).some((d) => BRAND_FILE.test(d.getSourceFile().fileName))
  );
}

/** Library types (DOM, Array's methods) are not walked member by member: they never carry the brand. */
function fromLibrary(type, program) {
  const declarations = (type.aliasSymbol ?? type.getSymbol())?.declarations ?? [];
  return declarations.some((d) => {
    const file = d.getSourceFile();
    return program.isSourceFileDefaultLibrary(file) || /[\\/]node_modules[\\/]/.test(file.fileName);
  });
}

/** Whether the checker's type, or any type inside it, has the brand's property. */
function carriesBrand(type, checker, program, seen, depth) {
  if (depth > MAX_DEPTH || seen.has(type)) return false;
  seen.add(type);
  const inner = (t) => carriesBrand(t, checker, program, seen, depth + 1);
  if (type.isUnionOrIntersection()) return type.types.some(inner);
  if (checker.isArrayType(type) || checker.isTupleType(type))
    return checker.getTypeArguments(type).some(inner);
  const properties = checker.getPropertiesOfType(type);
  if (properties.some(isBrand)) return true;
  if (fromLibrary(type, program)) return false;
  return properties.some((property) => inner(checker.getTypeOfSymbol(property)));
}

const noForgedRedaction = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { forged: MESSAGE },
  },
  create(context) {
    const source = context.sourceCode;
    const keys = source.visitorKeys;
    const { names, namespaces } = redactedNames(source.ast, keys);
    names.add('Redacted');
    const services = source.parserServices;
    const program = services?.program;
    const check = (node) => {
      const annotation = node.typeAnnotation;
      let forged = mentions(annotation, names, namespaces, keys);
      if (program && services.esTreeNodeToTSNodeMap) {
        const checker = program.getTypeChecker();
        const target = checker.getTypeFromTypeNode(services.esTreeNodeToTSNodeMap.get(annotation));
        const source = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node.expression));
        const brands = (type) => carriesBrand(type, checker, program, new Set(), 0);
        // Narrowing what already carries the brand (one member of a union of redacted types) forges nothing.
        const narrowing = checker.isTypeAssignableTo(target, source) && brands(source);
        forged = (forged || brands(target)) && !narrowing;
      }
      if (forged) context.report({ node, messageId: 'forged', data: { type: source.getText(annotation) } });
    };
    return { TSAsExpression: check, TSTypeAssertion: check };
  },
};

export default { rules: { 'no-forged-redaction': noForgedRedaction } };
