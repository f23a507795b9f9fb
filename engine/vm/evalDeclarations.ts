// https://tc39.es/ecma262/#sec-evaldeclarationinstantiation for sloppy direct eval: its
// var and function declarations join the caller's variable environment at run time.
import type { EvalNames } from '../bytecode/constants';
import type { Env } from '../env/env';
import type { Value } from '../heap/values';
import type { Realm } from '../realm/realm';
import { Msg, formatMessage } from '../errors/messages';

const LEXICAL = new Set(['let', 'const', 'class']);

/** The variable environment a sloppy eval in `from` declares into (the root stands for the global object). */
export function variableEnvironment(from: Env): Env {
  for (let e: Env = from; ; e = e.outer!) {
    if (e.outer === null || e.scope.kind === 'global') return e;
    if ((e.scope.kind === 'function' || e.scope.kind === 'module') && !isCalleeScope(e)) return e;
  }
}

/** The root, or a Script's top level (`glassbox run --script`): its vars are the global object's properties. */
function isGlobalObjectEnv(e: Env): boolean {
  return e.outer === null || e.scope.kind === 'global';
}

/** A named function expression's scope holding only its own name. */
function isCalleeScope(e: Env): boolean {
  return e.scope.kinds.length > 0 && e.scope.kinds.every((k) => k === 'callee');
}

/**
 * Steps 3-5 and 8-17: a var may not hoist over a lexical declaration of the same name
 * (nor, from a parameter expression, over a parameter), then the bindings are created.
 */
export function evalDeclare(realm: Realm, evalEnv: Env, names: EvalNames): void {
  const varEnv = variableEnvironment(evalEnv.outer!);
  const all = [...names.functions, ...names.vars];
  for (let e: Env = evalEnv.outer!; e !== varEnv; e = e.outer!) {
    if (e.object !== null) continue;
    // Annex B.3.4: a var may redeclare a catch parameter.
    for (const n of all) if (e.scope.indexOf(n) >= 0 && e.scope.kinds[e.scope.indexOf(n)] !== 'catch') redeclared(realm, n);
  }
  if (isGlobalObjectEnv(varEnv)) return declareGlobal(realm, names);
  for (const n of all) {
    const slot = varEnv.scope.indexOf(n);
    if (slot >= 0 && (LEXICAL.has(varEnv.scope.kinds[slot]) || varEnv.scope.paramScope)) redeclared(realm, n);
  }
  for (const n of all) {
    if (varEnv.scope.indexOf(n) >= 0) continue;
    const dynamic = (varEnv.dynamic ??= new Map());
    if (!dynamic.has(n)) dynamic.set(n, undefined);
  }
}

function redeclared(realm: Realm, name: string): never {
  return realm.throwError('SyntaxError', formatMessage(Msg.AlreadyDeclared, name));
}

/** https://tc39.es/ecma262/#sec-candeclareglobalfunction and CanDeclareGlobalVar, then the properties. */
function declareGlobal(realm: Realm, names: EvalNames): void {
  const g = realm.global;
  for (const n of names.functions) {
    const p = g.getOwn(n);
    const ok = p === undefined ? g.extensible : p.configurable || (!p.isAccessor && p.writable && p.enumerable);
    if (!ok) realm.throwError('TypeError', formatMessage(Msg.DefineProperty, n));
  }
  for (const n of names.vars) if (!g.getOwn(n) && !g.extensible) realm.throwError('TypeError', formatMessage(Msg.DefineNonExtensible, n));
  for (const n of names.vars) {
    if (!g.getOwn(n)) g.defineOwn(n, { value: undefined, writable: true, enumerable: true, configurable: true });
  }
}

/** Initializes a declared function (or an Annex B block function's var) in the variable environment. */
export function initVar(realm: Realm, evalEnv: Env, name: string, v: Value): void {
  const varEnv = variableEnvironment(evalEnv);
  if (isGlobalObjectEnv(varEnv)) {
    const g = realm.global;
    const p = g.getOwn(name);
    if (p === undefined || p.configurable) g.defineOwn(name, { value: v, writable: true, enumerable: true, configurable: true });
    else g.defineOwn(name, { value: v });
    return;
  }
  const slot = varEnv.scope.indexOf(name);
  if (slot >= 0) varEnv.slots[slot] = v;
  else (varEnv.dynamic ??= new Map()).set(name, v);
}
