// A run of one program: compiles it, builds the realm and VM, and drives the VM in
// slices. The host (CLI, adapter) talks to the engine through this and index.ts.
import { compileFunctionSource, compileEvalCode, compileProgram, rootScope } from './compile/program';
import { Env } from './env/env';
import { GlassboxSyntaxError, JSThrow } from './errors/internal';
import { Closure } from './heap/function';
import { JSObject } from './heap/object';
import { Value } from './heap/values';
import { createRealm } from './realm/createRealm';
import { ConsoleLevel, Realm, RealmHost } from './realm/realm';
import { frameRange, stackLines } from './debug/location';
import { Frame, ResultMode } from './vm/frame';
import { installGenerators } from './vm/generators';
import { execute, SliceResult } from './vm/interpreter';
import { Machine } from './vm/machine';
import { seededRandom } from './realm/random';
import { describeUncaught } from './debug/uncaught';
import { EngineDebugger } from './debug/engineDebugger';
import type { FunctionCode } from './bytecode/code';

export interface ConsoleEvent {
  level: ConsoleLevel;
  text: string;
  /** 1-based line and column of the console call, when known. */
  line?: number;
  column?: number;
}

export interface EngineOptions {
  fileName: string;
  /** Seed for Math.random (default 1). */
  seed?: number;
  /** The virtual clock's start in ms since the epoch (default: the host's time at start). */
  startTime?: number;
  /** Frames allowed before `RangeError: Maximum call stack size exceeded` (default 10000). */
  maxCallDepth?: number;
  /** Instructions per slice before the VM yields to the host. */
  sliceSize?: number;
  onConsole?: (e: ConsoleEvent) => void;
}

export type RunOutcome = { kind: 'completed'; exitCode: number } | { kind: 'uncaught'; report: string; value: Value };

export class Run {
  readonly realm: Realm;
  readonly machine: Machine;
  private readonly options: EngineOptions;
  private readonly startTime: number;
  readonly program: FunctionCode;

  constructor(source: string, options: EngineOptions) {
    this.options = options;
    this.startTime = options.startTime ?? Date.now();
    const code = compileProgram(source, options.fileName);
    const random = seededRandom(options.seed ?? 1);
    const host: RealmHost = {
      console: (level, text) => this.emitConsole(level, text),
      captureStack: () => stackLines(this.machine.frames),
      compileFunction: (kind, params, body) => this.compileDynamic(() => compileFunctionSource(kind === 'generator' ? 'generator' : 'function', params, body, 'anonymous')),
      compileEval: (src) => this.compileDynamic(() => compileEvalCode(src, 'eval')),
      now: () => this.startTime,
      random,
    };
    this.realm = createRealm(host);
    installGenerators(this.realm);
    this.machine = new Machine(this.realm, options.maxCallDepth ?? 10000, rootScope().info);
    const env = this.machine.newEnv(code.scope, this.machine.rootEnv);
    env.slots[0] = new JSObject(this.realm.ObjectPrototype);
    this.machine.frames.push(new Frame(code, env, null, [], ResultMode.Normal, env));
    this.program = code;
    this.initialGlobals = new Set([...this.realm.global.props.keys()].filter((k): k is string => typeof k === 'string'));
  }

  private emitConsole(level: ConsoleLevel, text: string): void {
    const top = [...this.machine.frames].reverse().find((f): f is Frame => !f.isNative);
    const r = top ? frameRange(top) : undefined;
    this.options.onConsole?.({ level, text, line: r?.line, column: r ? r.column + 1 : undefined });
  }

  /** Compiles code made at run time; its syntax errors become JS SyntaxErrors. */
  private compileDynamic(compile: () => FunctionCode): Closure {
    try {
      return this.machine.makeClosure(compile(), this.machine.rootEnv as Env);
    } catch (e) {
      if (e instanceof GlassboxSyntaxError) throw new JSThrow(this.realm.makeError('SyntaxError', e.message));
      throw e;
    }
  }

  private initialGlobals: Set<string> | undefined;
  private debuggerInstance: EngineDebugger | undefined;

  /** Arms the debugger: breakpoints, stepping and inspection (stopOnEntry stops at the global creation phase). */
  attachDebugger(stopOnEntry: boolean): EngineDebugger {
    this.debuggerInstance ??= new EngineDebugger(this.machine, this.program, stopOnEntry, () => this.userGlobalKeys());
    return this.debuggerInstance;
  }

  /** Globals the program added (not there when the realm was made). */
  private userGlobalKeys(): Set<string> {
    const out = new Set<string>();
    for (const k of this.realm.global.props.keys()) if (typeof k === 'string' && !this.initialGlobals!.has(k)) out.add(k);
    return out;
  }

  /** Runs one slice of instructions. */
  step(budget = this.options.sliceSize ?? 100_000): SliceResult {
    return execute(this.machine, budget);
  }

  /** Runs the program to its end (no debugger). */
  runToEnd(): RunOutcome {
    for (;;) {
      const r = this.step();
      if (r === 'done') return { kind: 'completed', exitCode: 0 };
      if (r === 'uncaught') {
        const value = this.machine.uncaught!.value;
        return { kind: 'uncaught', value, report: describeUncaught(value) };
      }
    }
  }
}
