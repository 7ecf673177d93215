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
 *
 * With type information it also follows `any`, which the compiler lets into a Redacted place without a
 * cast (`const r: Redacted<string> = JSON.parse(s)`): a value typed `any`, or holding `any` where the
 * target holds the brand (`any[]`, `Promise<any>`, `{ url: any }`), is reported wherever it is handed on:
 * a declaration's or default's initializer, an assignment, an argument, a return, an object or array
 * literal's member, a JSX attribute.
 */
import ts from 'typescript';

const MESSAGE =
  'Only src/core/redact makes a Redacted value: call a redaction function ({{type}} carries Redacted).';
const ANY_MESSAGE =
  'A value typed any reaches {{type}}, which carries Redacted: redact it, or give it its real type first (only src/core/redact makes a Redacted value).';
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

const isAny = (type) => (type.flags & ts.TypeFlags.Any) !== 0;

function typeArguments(type, checker) {
  const reference =
    (type.flags & ts.TypeFlags.Object) !== 0 && (type.objectFlags & ts.ObjectFlags.Reference) !== 0;
  return reference ? checker.getTypeArguments(type) : [];
}

/** Whether the checker's type, or any type inside it, has the brand's property. */
function carriesBrand(type, checker, program, seen, depth) {
  if (depth > MAX_DEPTH || seen.has(type)) return false;
  seen.add(type);
  const inner = (t) => carriesBrand(t, checker, program, seen, depth + 1);
  if (type.isUnionOrIntersection()) return type.types.some(inner);
  // Arrays, tuples, promises, maps: what they hold.
  if (typeArguments(type, checker).some(inner)) return true;
  const properties = checker.getPropertiesOfType(type);
  if (properties.some(isBrand)) return true;
  if (fromLibrary(type, program)) return false;
  return properties.some((property) => inner(checker.getTypeOfSymbol(property)));
}

/** Assignment operators that hand the right side on as it is. */
const HANDING_ON = new Set(['=', '||=', '&&=', '??=']);

/** Whether `any` is anywhere in the type, as `anyReachesBrand` walks it; most values hold none. */
function holdsAny(type, walk, depth) {
  if (isAny(type)) return true;
  if (depth > MAX_DEPTH || walk.holding.has(type)) return walk.holding.get(type) ?? false;
  walk.holding.set(type, false);
  const inner = (t) => holdsAny(t, walk, depth + 1);
  const holds =
    (type.isUnion() && type.types.some(inner)) ||
    typeArguments(type, walk.checker).some(inner) ||
    (!fromLibrary(type, walk.program) &&
      walk.checker.getPropertiesOfType(type).some((p) => inner(walk.checker.getTypeOfSymbol(p))));
  walk.holding.set(type, holds);
  return holds;
}

/**
 * Whether an `any` in `source` lands where `target` carries the brand, the two walked side by side:
 * unions member by member, type arguments (arrays, tuples, promises) in place, properties by name.
 */
function anyReachesBrand(source, target, walk, depth) {
  if (isAny(source)) return !isAny(target) && walk.brands(target);
  if (depth > MAX_DEPTH || isAny(target)) return false;
  let known = walk.pairs.get(source);
  if (!known) walk.pairs.set(source, (known = new Map()));
  if (known.has(target)) return known.get(target);
  known.set(target, false);
  const inner = (s, t) => anyReachesBrand(s, t, walk, depth + 1);
  const { checker } = walk;
  let reaches;
  if (source.isUnion()) reaches = source.types.some((s) => inner(s, target));
  else if (target.isUnionOrIntersection()) reaches = target.types.some((t) => inner(source, t));
  else {
    const [from, to] = [typeArguments(source, checker), typeArguments(target, checker)];
    reaches = from.length > 0 && from.length === to.length && from.some((s, i) => inner(s, to[i]));
    if (!reaches && !fromLibrary(target, walk.program)) {
      reaches = checker.getPropertiesOfType(target).some((property) => {
        const given = checker.getPropertyOfType(source, property.escapedName);
        return (
          given !== undefined && inner(checker.getTypeOfSymbol(given), checker.getTypeOfSymbol(property))
        );
      });
    }
  }
  known.set(target, reaches);
  return reaches;
}

const noForgedRedaction = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { forged: MESSAGE, any: ANY_MESSAGE },
  },
  create(context) {
    const source = context.sourceCode;
    const keys = source.visitorKeys;
    const { names, namespaces } = redactedNames(source.ast, keys);
    names.add('Redacted');
    const services = source.parserServices;
    const program = services?.esTreeNodeToTSNodeMap ? services.program : undefined;
    const checker = program?.getTypeChecker();
    const brandsOf = new Map();
    const brands = (type) => {
      if (!brandsOf.has(type)) brandsOf.set(type, carriesBrand(type, checker, program, new Set(), 0));
      return brandsOf.get(type);
    };
    const walk = { checker, program, brands, pairs: new Map(), holding: new Map() };
    const check = (node) => {
      const annotation = node.typeAnnotation;
      let forged = mentions(annotation, names, namespaces, keys);
      if (program) {
        const target = checker.getTypeFromTypeNode(services.esTreeNodeToTSNodeMap.get(annotation));
        const source = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node.expression));
        // Narrowing what already carries the brand (one member of a union of redacted types) forges nothing.
        const narrowing = checker.isTypeAssignableTo(target, source) && brands(source);
        forged = (forged || brands(target)) && !narrowing;
      }
      if (forged)
        context.report({
          node,
          messageId: 'forged',
          data: { type: source.getText(annotation) },
        });
    };
    /** `node` is a value handed on to where its contextual type says. */
    const handedOn = (node) => {
      if (!node || node.type === 'SpreadElement') return;
      const expression = services.esTreeNodeToTSNodeMap.get(node);
      const given = checker.getTypeAtLocation(expression);
      // A literal's members are handed on one by one, each checked where it stands.
      const literal = node.type === 'ObjectExpression' || node.type === 'ArrayExpression';
      if (literal ? !isAny(given) : !holdsAny(given, walk, 0)) return;
      const target = checker.getContextualType(expression);
      if (target && anyReachesBrand(given, target, walk, 0)) {
        // The checker spells Redacted<string> as what it resolves to.
        const type = checker.typeToString(target).replaceAll('string & Brand', 'Redacted<string>');
        context.report({ node, messageId: 'any', data: { type } });
      }
    };
    const typed = program
      ? {
          VariableDeclarator: (node) => handedOn(node.init),
          AssignmentPattern: (node) => handedOn(node.right),
          PropertyDefinition: (node) => handedOn(node.value),
          AssignmentExpression: (node) => HANDING_ON.has(node.operator) && handedOn(node.right),
          CallExpression: (node) => node.arguments.forEach(handedOn),
          NewExpression: (node) => node.arguments.forEach(handedOn),
          ReturnStatement: (node) => handedOn(node.argument),
          ArrowFunctionExpression: (node) => node.body.type !== 'BlockStatement' && handedOn(node.body),
          'ObjectExpression > Property': (node) =>
            !node.method && node.kind === 'init' && handedOn(node.value),
          ArrayExpression: (node) => node.elements.forEach(handedOn),
          'JSXAttribute > JSXExpressionContainer': (node) =>
            node.expression.type !== 'JSXEmptyExpression' && handedOn(node.expression),
        }
      : {};
    return { TSAsExpression: check, TSTypeAssertion: check, ...typed };
  },
};

export default { rules: { 'no-forged-redaction': noForgedRedaction } };
