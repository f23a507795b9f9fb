// The constant pool's contract: each constant operand kind of the opcode table and the
// type of the constant it indexes, with typed readers for the VM. Knows no opcode.
import type { FunctionCode } from './code';
import type { ScopeInfo } from '../env/scope';
import type { JSArray } from '../heap/object';

/** What CreateClass needs: the constructor and the instance field initializer. */
export interface ClassInfo {
  ctor: FunctionCode;
  fieldInit: FunctionCode | null;
}

/** Where break/continue go and what they must undo on the way (also pushed as a finally's completion). */
export interface JumpRecord {
  target: number;
  handlerDepth: number;
  stackDepth: number;
  envDepth: number;
}

/** A tagged template's strings; `object` caches its frozen array (https://tc39.es/ecma262/#sec-gettemplateobject). */
export interface TemplateSite {
  cooked: (string | undefined)[];
  raw: string[];
  object?: JSArray;
}

export interface RegExpLiteral { pattern: string; flags: string }

/** A class's #name; `methodOf` names the class when the name is a private method's. */
export interface PrivateNameInfo { name: string; methodOf?: string }

/** For V8's texts when a destructured value is null or undefined. */
export interface DestructureInfo { firstKey: string | null; valueText: string | null | undefined; nested: boolean }

/** What the compiler tells EvalDeclare: the eval code's var names and function names. */
export interface EvalNames { vars: string[]; functions: string[] }

/**
 * The type of the constant each constant operand kind indexes. A constant's kind is not
 * stored: it is the kind of the operand that indexes it, so the table discriminates.
 */
export interface ConstantOf {
  /** Pushed by Const. */
  value: string | number | bigint;
  /** A binding or property name. */
  name: string;
  /** Source text for error messages. */
  text: string;
  /** SetFunctionName's 'get', 'set' or ''. */
  prefix: string;
  scope: ScopeInfo;
  function: FunctionCode;
  class: ClassInfo;
  jumpRecord: JumpRecord;
  template: TemplateSite;
  regexp: RegExpLiteral;
  privateName: PrivateNameInfo;
  destructure: DestructureInfo;
  /** Keys an object rest pattern leaves out. */
  keys: string[];
  evalNames: EvalNames;
}

export type ConstantKind = keyof ConstantOf;
export type Constant = ConstantOf[ConstantKind];
export type ConstantPool = readonly Constant[];

const KINDS: Record<ConstantKind, true> = {
  value: true, name: true, text: true, prefix: true, scope: true, function: true, class: true, jumpRecord: true,
  template: true, regexp: true, privateName: true, destructure: true, keys: true, evalNames: true,
};

/** True for an operand kind that indexes the constant pool (the others are plain numbers). */
export function isConstantKind(kind: string): kind is ConstantKind {
  return Object.hasOwn(KINDS, kind);
}

// The readers. The one cast each is sound because the emitter only pairs an operand
// of kind K with a constant of type ConstantOf[K]; test/engine/stackDepth.test.ts checks
// that over every compiled fixture.

/** Reads the constant at `i` that an operand of `kind` indexes (generic form, for walkers). */
export function constantAt<K extends ConstantKind>(pool: ConstantPool, i: number, _kind: K): ConstantOf[K] {
  return pool[i] as ConstantOf[K];
}

export function constValue(pool: ConstantPool, i: number): ConstantOf['value'] { return pool[i] as ConstantOf['value']; }
export function constName(pool: ConstantPool, i: number): string { return pool[i] as string; }
/** -1 stands for no text. */
export function constText(pool: ConstantPool, i: number): string | undefined { return i < 0 ? undefined : pool[i] as string; }
export function constPrefix(pool: ConstantPool, i: number): string { return pool[i] as string; }
export function constScope(pool: ConstantPool, i: number): ScopeInfo { return pool[i] as ScopeInfo; }
export function constFunction(pool: ConstantPool, i: number): FunctionCode { return pool[i] as FunctionCode; }
export function constClass(pool: ConstantPool, i: number): ClassInfo { return pool[i] as ClassInfo; }
export function constJumpRecord(pool: ConstantPool, i: number): JumpRecord { return pool[i] as JumpRecord; }
export function constTemplate(pool: ConstantPool, i: number): TemplateSite { return pool[i] as TemplateSite; }
export function constRegExp(pool: ConstantPool, i: number): RegExpLiteral { return pool[i] as RegExpLiteral; }
export function constPrivateName(pool: ConstantPool, i: number): PrivateNameInfo { return pool[i] as PrivateNameInfo; }
export function constDestructure(pool: ConstantPool, i: number): DestructureInfo { return pool[i] as DestructureInfo; }
export function constKeys(pool: ConstantPool, i: number): string[] { return pool[i] as string[]; }
export function constEvalNames(pool: ConstantPool, i: number): EvalNames { return pool[i] as EvalNames; }
