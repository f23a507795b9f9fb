// The short text beside a node's type in the AST view: what a learner reads to tell one
// Identifier or BinaryExpression from the next. No label is better than a guessed one.
import type { Node } from '../parse/ast';

export function nodeLabel(node: Node): string {
  switch (node.type) {
    case 'Identifier': return node.name;
    case 'PrivateIdentifier': return `#${node.name}`;
    case 'Literal': return node.raw ?? String(node.value);
    case 'TemplateElement': return JSON.stringify(node.value.raw);
    case 'BinaryExpression': case 'LogicalExpression': case 'AssignmentExpression': case 'UnaryExpression':
      return node.operator;
    case 'UpdateExpression': return `${node.operator} ${node.prefix ? 'prefix' : 'postfix'}`;
    case 'VariableDeclaration': return node.kind;
    case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
      return words(node.async && 'async', node.generator && '*', node.type !== 'ArrowFunctionExpression' && node.id?.name);
    case 'ClassDeclaration': case 'ClassExpression': return node.id?.name ?? '';
    case 'MethodDefinition': return words(node.static && 'static', node.kind, node.computed && 'computed');
    case 'PropertyDefinition': return words(node.static && 'static', node.computed && 'computed');
    case 'Property': return words(node.kind !== 'init' && node.kind, node.method && 'method', node.shorthand && 'shorthand', node.computed && 'computed');
    case 'MemberExpression': return words(node.optional && '?.', node.computed ? '[ ]' : !node.optional && '.');
    case 'CallExpression': return node.optional ? '?.( )' : '';
    case 'ForOfStatement': return node.await ? 'await' : '';
    case 'MetaProperty': return `${node.meta.name}.${node.property.name}`;
    case 'YieldExpression': return node.delegate ? '*' : '';
    default: return '';
  }
}

function words(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}
