// How V8 prints a callee in "x is not a function" (its CallPrinter, src/ast/prettyprinter.cc),
// over the ESTree the parser gave: V8 prints the AST after its parser folded number literals.
import type { BinaryExpression, Literal, LogicalExpression, MemberExpression, Node } from '../parse/ast';
import { memberName } from './nodeParts';
import type { FnContext } from './context';

const INTERMEDIATE = '(intermediate value)';

/** Texts already made: in a chain `f()()()...` each callee's text extends the one inside it. */
const calleeTexts = new WeakMap<Node, string>();

export function calleeText(c: FnContext, n: Node): string {
  let text = calleeTexts.get(n);
  if (text === undefined) {
    text = printed(c, n) || INTERMEDIATE;
    calleeTexts.set(n, text);
  }
  return text;
}

/** CallPrinter's Print; '' where it prints nothing (the caller then says "(intermediate value)"). */
function printed(c: FnContext, n: Node): string {
  const folded = foldedNumber(n);
  if (folded !== undefined) return String(folded);
  switch (n.type) {
    case 'Identifier': return n.name;
    case 'ThisExpression': return 'this';
    case 'Super': return 'super';
    case 'ParenthesizedExpression': case 'ChainExpression': return printed(c, n.expression);
    case 'Literal': return literal(n);
    case 'TemplateLiteral': return n.expressions.length === 0 ? `"${n.quasis[0].value.cooked}"` : n.expressions.map((e) => calleeText(c, e)).join('');
    case 'ObjectExpression': return `{${INTERMEDIATE.repeat(n.properties.length)}}`;
    case 'ArrayExpression': return `[${n.elements.map((e) => (e === null ? INTERMEDIATE : calleeText(c, e))).join(',')}]`;
    case 'MemberExpression': return member(c, n);
    case 'CallExpression': return `${calleeText(c, n.callee)}(...)`;
    case 'UnaryExpression': {
      // V8's parser turns `!literal` into a boolean literal.
      if (n.operator === '!' && n.argument.type === 'Literal' && !n.argument.regex) return String(!n.argument.value);
      const space = n.operator === 'delete' || n.operator === 'typeof' || n.operator === 'void' ? ' ' : '';
      return `(${n.operator}${space}${calleeText(c, n.argument)})`;
    }
    case 'UpdateExpression': return n.prefix ? `(${n.operator}${calleeText(c, n.argument)})` : `(${calleeText(c, n.argument)}${n.operator})`;
    case 'BinaryExpression': case 'LogicalExpression': return `(${operands(n, n.operator).map((e) => calleeText(c, e)).join(` ${n.operator} `)})`;
    case 'SequenceExpression': return `(${n.expressions.map((e) => calleeText(c, e)).join(' , ')})`;
    case 'AssignmentExpression': return calleeText(c, n.left);
    case 'ConditionalExpression': return INTERMEDIATE.repeat(3);
    default: return '';
  }
}

function literal(n: Literal): string {
  if (typeof n.value === 'string') return `"${n.value}"`;
  if (n.bigint !== undefined) return '';
  if (n.regex) return String(n.raw);
  return String(n.value);
}

/** A string key prints as `.key`, any other as `[key]` (V8's VisitProperty). */
function member(c: FnContext, n: MemberExpression): string {
  const obj = calleeText(c, n.object);
  const dot = n.optional ? '?.' : '.';
  if (n.property.type === 'PrivateIdentifier') return `${obj}${dot}#${n.property.name}`;
  if (!n.computed) return `${obj}${dot}${memberName(n)}`;
  const key = n.property;
  if (key.type === 'Literal' && typeof key.value === 'string') return `${obj}${dot}${key.value}`;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return `${obj}${dot}${key.quasis[0].value.cooked}`;
  return `${obj}${n.optional ? '?.' : ''}[${calleeText(c, key)}]`;
}

/** `a + b + c` is one n-ary operation in V8's AST: its operands, left to right. */
function operands(n: BinaryExpression | LogicalExpression, operator: string): Node[] {
  const left = n.left;
  const sameChain = (left.type === 'BinaryExpression' || left.type === 'LogicalExpression') && left.operator === operator && foldedNumber(left) === undefined;
  return sameChain ? [...operands(left, operator), n.right] : [n.left, n.right];
}

const FOLDED: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b, '%': (a, b) => a % b,
  '**': (a, b) => a ** b, '|': (a, b) => a | b, '&': (a, b) => a & b, '^': (a, b) => a ^ b,
  '<<': (a, b) => a << b, '>>': (a, b) => a >> b, '>>>': (a, b) => a >>> b,
};

/** The number V8's parser makes of arithmetic on number literals (`1 + 1` is the literal 2). */
function foldedNumber(n: Node): number | undefined {
  if (n.type === 'Literal') return typeof n.value === 'number' ? n.value : undefined;
  if (n.type === 'UnaryExpression' && (n.operator === '-' || n.operator === '+' || n.operator === '~')) {
    const v = foldedNumber(n.argument);
    if (v === undefined) return undefined;
    return n.operator === '-' ? -v : n.operator === '+' ? v : ~v;
  }
  if (n.type !== 'BinaryExpression' || !(n.operator in FOLDED)) return undefined;
  const a = foldedNumber(n.left);
  const b = a === undefined ? undefined : foldedNumber(n.right);
  return a === undefined || b === undefined ? undefined : FOLDED[n.operator](a, b);
}
