// The syntax tree the compiler reads: acorn's ESTree types, with `loc` present on every
// node (parse/lazyLocations.ts works it out when read); and a guard for generic walkers.
import type * as acorn from 'acorn';

/** An acorn node, and every node below it, with its source location present. */
export type Located<T> = T extends acorn.Node
  ? { [K in keyof T]: Located<T[K]> } & { loc: acorn.SourceLocation }
  : T extends readonly (infer U)[] ? Located<U>[] : T;

/** A program parsed as a Script or CommonJS file: acorn rejects import/export there. */
export type Program = Located<Omit<acorn.Program, 'body'> & { body: acorn.Statement[] }>;

/** Any node of a Script or CommonJS program (no `export default`, so no anonymous declarations). */
export type Node = Located<Exclude<acorn.AnyNode, acorn.AnonymousFunctionDeclaration | acorn.AnonymousClassDeclaration>>;
export type Statement = Located<acorn.Statement>;
export type Expression = Located<acorn.Expression>;
export type Pattern = Located<acorn.Pattern>;
export type Identifier = Located<acorn.Identifier>;
export type PrivateIdentifier = Located<acorn.PrivateIdentifier>;
export type Literal = Located<acorn.Literal>;
export type SpreadElement = Located<acorn.SpreadElement>;
export type TemplateLiteral = Located<acorn.TemplateLiteral>;
export type TaggedTemplateExpression = Located<acorn.TaggedTemplateExpression>;
export type ArrayExpression = Located<acorn.ArrayExpression>;
export type ObjectExpression = Located<acorn.ObjectExpression>;
export type Property = Located<acorn.Property>;
export type UnaryExpression = Located<acorn.UnaryExpression>;
export type UpdateExpression = Located<acorn.UpdateExpression>;
export type BinaryExpression = Located<acorn.BinaryExpression>;
export type LogicalExpression = Located<acorn.LogicalExpression>;
export type ConditionalExpression = Located<acorn.ConditionalExpression>;
export type AssignmentExpression = Located<acorn.AssignmentExpression>;
export type MemberExpression = Located<acorn.MemberExpression>;
export type CallExpression = Located<acorn.CallExpression>;
export type NewExpression = Located<acorn.NewExpression>;
export type ChainExpression = Located<acorn.ChainExpression>;
export type YieldExpression = Located<acorn.YieldExpression>;
export type FunctionDeclaration = Located<acorn.FunctionDeclaration>;
export type FunctionExpression = Located<acorn.FunctionExpression>;
export type ArrowFunctionExpression = Located<acorn.ArrowFunctionExpression>;
/** Any function node the compiler turns into a FunctionCode. */
export type FunctionNode = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;
/** A class declaration or expression. */
export type ClassNode = Located<acorn.ClassDeclaration | acorn.ClassExpression>;
/** A member of a class body. */
export type ClassElement = Located<acorn.MethodDefinition | acorn.PropertyDefinition | acorn.StaticBlock>;
export type MethodDefinition = Located<acorn.MethodDefinition>;
export type PropertyDefinition = Located<acorn.PropertyDefinition>;
export type StaticBlock = Located<acorn.StaticBlock>;
export type ObjectPattern = Located<acorn.ObjectPattern>;
export type ArrayPattern = Located<acorn.ArrayPattern>;
export type AssignmentPattern = Located<acorn.AssignmentPattern>;
export type VariableDeclaration = Located<acorn.VariableDeclaration>;
export type IfStatement = Located<acorn.IfStatement>;
export type TryStatement = Located<acorn.TryStatement>;
export type CatchClause = Located<acorn.CatchClause>;
export type SwitchStatement = Located<acorn.SwitchStatement>;
export type BreakStatement = Located<acorn.BreakStatement>;
export type ContinueStatement = Located<acorn.ContinueStatement>;
export type LabeledStatement = Located<acorn.LabeledStatement>;
export type WithStatement = Located<acorn.WithStatement>;
export type WhileStatement = Located<acorn.WhileStatement>;
export type DoWhileStatement = Located<acorn.DoWhileStatement>;
export type ForStatement = Located<acorn.ForStatement>;
export type ForInStatement = Located<acorn.ForInStatement>;
export type ForOfStatement = Located<acorn.ForOfStatement>;
export type LoopStatement = WhileStatement | DoWhileStatement | ForStatement | ForInStatement | ForOfStatement;

/** Is `x` a syntax tree node? For walkers that visit every field of a node. */
export function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null && 'type' in x && typeof x.type === 'string';
}
