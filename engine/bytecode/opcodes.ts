// Every opcode in one table: its name (and so its number), operand kinds, numeric stack
// effect and a QuickJS-style stack picture. The Op enum (op.ts) is generated from it;
// the emitter, the VM, the disassembler and the stack-depth test all read it.
import type { ConstantKind } from './constants';

export { Op } from './op';

/**
 * What an instruction's operand means. A constant kind (constants.ts) indexes
 * `code.consts`; the others are plain numbers:
 * - jump: a target pc; catch, finally: a handler's target pc, or -1 for none
 * - depth, slot: environments to walk out, then the binding's slot
 * - argc: arguments on the stack (each one more pop); arg: an index into the call's arguments
 * - flag: 0 or 1; privateKind: field, method, getter, setter; stepKind: a StepKind
 * - stackOffset: how far below the top NoteKey finds its list
 */
export type OperandKind = ConstantKind | 'jump' | 'catch' | 'finally' | 'depth' | 'slot' | 'argc' | 'arg' | 'flag' | 'privateKind' | 'stepKind' | 'stackOffset';

/**
 * Where control goes after an instruction (absent: the next instruction):
 * - 'jump': only to its jump operand; 'end': leaves the frame (return, throw)
 * - 'unwind': to its jump record's target, through finally blocks on the way
 * - { taken }: to the next instruction or to its jump operand, where it leaves `taken`
 *   values in place of the `pushes` (IterNext: `iter -> iter v | iter` is pushes 2, taken 1)
 * TryPush also reaches its handlers: catch with the thrown value pushed, finally with a
 * value and a completion kind pushed, both at the stack depth of the TryPush.
 */
export type Flow = 'jump' | 'end' | 'unwind' | { taken: number };

/**
 * One row per opcode, in opcode order:
 *   [name, operand kinds, pops, pushes, stack picture, flow?]
 * `pops` grows by the value of an 'argc' operand (Call: `fn this args...` is 2 + argc).
 * Instructions that call user code (getters, calls) push their result when it returns,
 * so their effect is the same whether or not the call happens in the same slice.
 */
type Row = readonly [string, readonly OperandKind[], number, number, string, Flow?];

const OPCODES: readonly Row[] = [
  ['Const', ['value'], 0, 1, '-> consts[k]'],
  ['Undefined', [], 0, 1, '-> undefined'],
  ['Null', [], 0, 1, '-> null'],
  ['True', [], 0, 1, '-> true'],
  ['False', [], 0, 1, '-> false'],
  ['Pop', [], 1, 0, 'a ->'],
  ['Dup', [], 1, 2, 'a -> a a'],
  ['Dup2', [], 2, 4, 'a b -> a b a b'],
  ['Swap', [], 2, 2, 'a b -> b a'],
  ['Rot3', [], 3, 3, 'a b c -> c a b'],
  ['Rot4', [], 4, 4, 'a b c d -> d a b c'],
  ['GetLocal', ['depth', 'slot'], 0, 1, '-> v (TDZ check)'],
  ['SetLocal', ['depth', 'slot'], 1, 1, 'v -> v (TDZ and const checks)'],
  ['InitLocal', ['depth', 'slot'], 1, 0, 'v -> (initializes the binding)'],
  ['GetGlobal', ['name'], 0, 1, '-> v'],
  ['SetGlobal', ['name'], 1, 1, 'v -> v'],
  ['TypeofGlobal', ['name'], 0, 1, '-> typeof name, never throws'],
  ['DeleteGlobal', ['name'], 0, 1, '-> bool'],
  ['DeclareGlobalVar', ['name', 'flag'], 0, 0, '-> (configurable: a Script\'s or an indirect eval\'s var on the global object)'],
  ['PushEnv', ['scope'], 0, 0, 'enter a block environment'],
  ['PopEnv', [], 0, 0, 'leave it'],
  ['CopyEnv', [], 0, 0, 'fresh per-iteration copy of the block environment'],
  ['NewObject', [], 0, 1, '-> {}'],
  ['NewArray', [], 0, 1, '-> []'],
  ['ArrayPush', [], 2, 1, 'arr v -> arr'],
  ['ArrayHole', [], 1, 1, 'arr -> arr'],
  ['ArraySpread', ['text'], 2, 1, 'arr iterable -> arr'],
  ['DefineField', [], 3, 1, 'obj key v -> obj (CreateDataProperty)'],
  ['DefineMethod', ['flag'], 3, 1, 'obj key fn -> obj (enumerable)'],
  ['DefineGetter', ['flag'], 3, 1, 'obj key fn -> obj'],
  ['DefineSetter', ['flag'], 3, 1, 'obj key fn -> obj'],
  ['CopyDataProps', [], 2, 1, 'obj src -> obj (object spread)'],
  ['SetProtoLiteral', [], 2, 1, 'obj v -> obj (__proto__: v)'],
  ['GetNamed', ['name'], 1, 1, 'obj -> v'],
  ['GetKeyed', [], 2, 1, 'obj key -> v'],
  ['SetNamed', ['name'], 2, 1, 'obj v -> v'],
  ['SetKeyed', [], 3, 1, 'obj key v -> v'],
  ['DeleteNamed', ['name'], 1, 1, 'obj -> bool'],
  ['DeleteKeyed', [], 2, 1, 'obj key -> bool'],
  ['GetSuper', [], 3, 1, 'fn this key -> v (lookup starts at fn.[[HomeObject]].[[Prototype]])'],
  ['SetSuper', [], 4, 1, 'fn this key v -> v'],
  ['GetPrivate', [], 2, 1, 'obj name -> v'],
  ['SetPrivate', [], 3, 1, 'obj name v -> v'],
  ['HasPrivate', [], 2, 1, 'name obj -> bool'],
  ['DefinePrivate', ['privateKind'], 3, 1, 'obj name v -> obj (field, method, getter, setter)'],
  ['NewPrivateName', ['privateName'], 0, 1, '-> private name'],
  ['Add', [], 2, 1, 'a b -> a+b'],
  ['Sub', [], 2, 1, 'a b -> a-b'],
  ['Mul', [], 2, 1, 'a b -> a*b'],
  ['Div', [], 2, 1, 'a b -> a/b'],
  ['Mod', [], 2, 1, 'a b -> a%b'],
  ['Exp', [], 2, 1, 'a b -> a**b'],
  ['BitAnd', [], 2, 1, 'a b -> a&b'],
  ['BitOr', [], 2, 1, 'a b -> a|b'],
  ['BitXor', [], 2, 1, 'a b -> a^b'],
  ['Shl', [], 2, 1, 'a b -> a<<b'],
  ['Sar', [], 2, 1, 'a b -> a>>b'],
  ['Shr', [], 2, 1, 'a b -> a>>>b'],
  ['Eq', [], 2, 1, 'a b -> a==b'],
  ['Ne', [], 2, 1, 'a b -> a!=b'],
  ['StrictEq', [], 2, 1, 'a b -> a===b'],
  ['StrictNe', [], 2, 1, 'a b -> a!==b'],
  ['Lt', [], 2, 1, 'a b -> a<b'],
  ['Gt', [], 2, 1, 'a b -> a>b'],
  ['Le', [], 2, 1, 'a b -> a<=b'],
  ['Ge', [], 2, 1, 'a b -> a>=b'],
  ['In', [], 2, 1, 'key obj -> bool'],
  ['InstanceOf', [], 2, 1, 'v ctor -> bool'],
  ['Neg', [], 1, 1, 'a -> -a'],
  ['Plus', [], 1, 1, 'a -> +a'],
  ['Not', [], 1, 1, 'a -> !a'],
  ['BitNot', [], 1, 1, 'a -> ~a'],
  ['TypeOf', [], 1, 1, 'a -> typeof a'],
  ['Inc', [], 1, 1, 'n -> n+1 (numeric)'],
  ['Dec', [], 1, 1, 'n -> n-1 (numeric)'],
  ['ToNumeric', [], 1, 1, 'a -> ToNumeric(a)'],
  ['ToPropertyKey', [], 1, 1, 'a -> ToPropertyKey(a)'],
  ['ToString', [], 1, 1, 'a -> ToString(a)'],
  ['Jump', ['jump'], 0, 0, '->', 'jump'],
  ['JumpIfFalse', ['jump'], 1, 0, 'a -> (jump when falsy)', { taken: 0 }],
  ['JumpIfTrue', ['jump'], 1, 0, 'a -> (jump when truthy)', { taken: 0 }],
  ['JumpIfFalseKeep', ['jump'], 1, 0, 'a -> | a (jump keeping a when falsy)', { taken: 1 }],
  ['JumpIfTrueKeep', ['jump'], 1, 0, 'a -> | a (jump keeping a when truthy)', { taken: 1 }],
  ['JumpIfNotNullishKeep', ['jump'], 1, 0, 'a -> | a (jump keeping a unless nullish)', { taken: 1 }],
  ['JumpIfNullish', ['jump'], 1, 1, 'a -> a | undefined (jump when nullish)', { taken: 1 }],
  ['JumpUnwind', ['jumpRecord'], 0, 0, 'break/continue through finally blocks', 'unwind'],
  ['Closure', ['function'], 0, 1, '-> fn'],
  ['Call', ['argc', 'text'], 2, 1, 'fn this args... -> result'],
  ['CallSpread', ['text'], 3, 1, 'fn this argsArray -> result'],
  ['DirectEval', ['argc'], 2, 1, 'fn this args... -> result: eval(...) in the caller\'s scope'],
  ['New', ['argc', 'text'], 1, 1, 'fn args... -> obj'],
  ['NewSpread', ['text'], 2, 1, 'fn argsArray -> obj'],
  ['SuperCall', ['argc'], 0, 1, 'args... -> this'],
  ['SuperCallSpread', [], 1, 1, 'argsArray -> this'],
  ['Return', [], 1, 0, 'v ->', 'end'],
  ['Throw', [], 1, 0, 'v ->', 'end'],
  ['TryPush', ['catch', 'finally'], 0, 0, 'enter a try block (either target may be -1)'],
  ['TryPop', [], 0, 0, 'leave a try block normally'],
  ['EndFinally', [], 2, 0, 'value kind -> (resume the completion)'],
  ['GetIterator', ['text'], 1, 1, 'iterable -> iter'],
  ['IterNext', ['jump'], 1, 2, 'iter -> iter v | iter (jump when done)', { taken: 1 }],
  ['IterClose', [], 3, 3, 'iter value kind -> iter value kind (close unless done)'],
  ['IterDone', [], 1, 1, 'iter -> iter (mark exhausted)'],
  ['IterRest', [], 1, 2, 'iter -> iter array'],
  ['IterValue', [], 1, 2, 'iter -> iter v (undefined once done)'],
  ['NoteKey', ['stackOffset'], 1, 1, 'keys ... key -> keys ... key (key appended to the list n below)'],
  ['CheckDestructure', ['destructure'], 1, 1, 'v -> v (TypeError when nullish)'],
  ['CopyRest', ['keys'], 1, 1, 'src -> copy (excluding keys)'],
  ['CopyRestKeys', ['keys'], 2, 2, 'src keys -> src copy (excluding keys and the noted ones)'],
  ['GetAsyncIterator', ['text'], 1, 1, 'iterable -> iter'],
  ['AsyncIterNext', [], 1, 2, 'iter -> iter promise (calls next)'],
  ['AsyncIterUnwrap', ['jump'], 2, 2, 'iter result -> iter v | iter (jump when done)', { taken: 1 }],
  ['AsyncIterClose', ['jump'], 3, 4, 'iter value kind -> iter value kind result (calls return) | iter value kind (jump when there is nothing to await)', { taken: 3 }],
  ['ForInStart', [], 1, 1, 'obj -> keys'],
  ['ForInNext', ['jump'], 1, 2, 'keys -> keys key | keys (jump when done)', { taken: 1 }],
  ['CreateClass', ['class', 'flag'], 1, 2, 'heritage -> ctor proto (flag: has heritage)'],
  ['SetFunctionName', ['prefix'], 2, 2, 'fn key -> fn key'],
  ['TemplateObject', ['template'], 0, 1, '-> strings array'],
  ['RegExp', ['regexp'], 0, 1, '-> regexp'],
  ['GeneratorStart', [], 0, 0, 'suspend: the call returns the generator object'],
  ['Yield', [], 1, 1, 'v -> received'],
  ['YieldDelegate', [], 3, 3, 'iter received mode -> iter mode result'],
  ['YieldDelegateNext', ['jump'], 3, 3, 'iter mode result -> (suspends, then) iter received mode | value (jump when done)', { taken: 1 }],
  ['Await', [], 1, 1, 'v -> settled value'],
  ['MakeArguments', [], 0, 1, '-> arguments object'],
  ['Arg', ['arg'], 0, 1, '-> args[i]'],
  ['RestArgs', ['arg'], 0, 1, '-> array of args from i'],
  ['Step', ['stepKind'], 0, 0, 'a step point'],
  ['Debugger', [], 0, 0, 'a debugger statement'],
  ['Dup3', [], 3, 6, 'a b c -> a b c a b c'],
  ['Rot5', [], 5, 5, 'a b c d e -> e a b c d'],
  ['GetName', ['name'], 0, 1, '-> v (looked up by name at run time: with, sloppy eval)'],
  ['GetNameCallee', ['name'], 0, 2, '-> fn this (this is the with object that holds it)'],
  ['TypeofName', ['name'], 0, 1, '-> typeof name, undefined when unresolvable'],
  ['DeleteName', ['name'], 0, 1, '-> bool'],
  ['ResolveName', ['name'], 0, 1, '-> ref (the environment or object holding it, undefined if none)'],
  ['GetRef', ['name'], 1, 2, 'ref -> ref v'],
  ['PutRef', ['name'], 2, 1, 'ref v -> v'],
  ['PushWith', ['scope'], 1, 0, 'v -> (enter a with statement\'s object environment)'],
  ['EvalDeclare', ['evalNames'], 0, 0, 'sloppy eval: check and create its var bindings in the variable environment'],
  ['InitVar', ['name'], 1, 0, 'v -> (store into the variable environment\'s binding)'],
  ['GetImport', ['depth', 'slot'], 0, 1, '-> v (an ES module import: the exporting module\'s binding, live, TDZ check)'],
  ['ImportCall', ['argc'], 1, 1, 'specifier [options] -> promise (dynamic import() from this frame\'s file; argc 1: with its options)'],
  ['ImportMeta', [], 0, 1, '-> import.meta of this frame\'s module'],
  // Quickened: only in a function's optimized copy (engine/tier/), each written over the
  // first opcode of the plain instruction(s) it stands for, whose operand words it reads in
  // place, so both copies keep one pc layout. A failed guard deoptimizes before any effect.
  // New plain opcodes go above this block (FIRST_QUICKENED_OP is where it starts).
  ['AddNum', [], 2, 1, 'a b -> a+b (guard: numbers)'],
  ['SubNum', [], 2, 1, 'a b -> a-b (guard: numbers)'],
  ['MulNum', [], 2, 1, 'a b -> a*b (guard: numbers)'],
  ['DivNum', [], 2, 1, 'a b -> a/b (guard: numbers)'],
  ['ModNum', [], 2, 1, 'a b -> a%b (guard: numbers)'],
  ['LtNum', [], 2, 1, 'a b -> a<b (guard: numbers)'],
  ['GtNum', [], 2, 1, 'a b -> a>b (guard: numbers)'],
  ['LeNum', [], 2, 1, 'a b -> a<=b (guard: numbers)'],
  ['GeNum', [], 2, 1, 'a b -> a>=b (guard: numbers)'],
  ['LocalConstNum', ['depth', 'slot'], 0, 1, '-> local op k: GetLocal 0 s; Const k; op fused (guard: the local is a number)'],
  ['ConstFolded', ['value'], 0, 1, '-> k: Const a; Const b; op folded into one constant'],
  ['LocalLocalNum', ['depth', 'slot'], 0, 1, '-> a op b: GetLocal 0 a; GetLocal 0 b; op fused (guard: both are numbers)'],
  ['LocalConstJump', ['depth', 'slot'], 0, 0, 'GetLocal 0 s; Const k; compare; JumpIfFalse t fused (guard: the local is a number)'],
  ['GetNamedShape', ['name'], 1, 1, 'obj -> v: GetNamed as one slot read (guard: the one shape its inline cache saw)'],
];

export interface OpSpec {
  readonly name: string;
  readonly operands: readonly OperandKind[];
  readonly pops: number;
  readonly pushes: number;
  readonly picture: string;
  readonly flow: Flow | undefined;
}

/** Opcodes from this one on are quickened ones: only in optimized copies (engine/tier/), never emitted. */
export const FIRST_QUICKENED_OP = OPCODES.findIndex(([name]) => name === 'AddNum');

/** The table by opcode number. */
export const OP_SPECS: readonly OpSpec[] = OPCODES.map(([name, operands, pops, pushes, picture, flow]) => ({ name, operands, pops, pushes, picture, flow }));
export const OP_NAMES: readonly string[] = OP_SPECS.map((s) => s.name);
/** Operand count by opcode number: the emitter and the walkers step over instructions with it. */
export const OP_OPERANDS: readonly number[] = OP_SPECS.map((s) => s.operands.length);

/** Values the instruction at `pc` pops: its row's pops plus any 'argc' operand. */
export function popsAt(ops: readonly number[], pc: number): number {
  const spec = OP_SPECS[ops[pc]];
  let pops = spec.pops;
  spec.operands.forEach((kind, i) => { if (kind === 'argc') pops += ops[pc + 1 + i]; });
  return pops;
}

/** Step point kinds carried by the Step instruction. */
export const StepKind = { Statement: 0, Expression: 1, Creation: 2 } as const;

/** Completion kinds pushed before entering a finally block. */
export const Completion = { Normal: 0, Throw: 1, Return: 2 } as const;
