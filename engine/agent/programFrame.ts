// The program's first frame: Node's call of the CommonJS module wrapper, or a Script's
// global code with `this` the global object. Knows nothing of tasks or debugging.
import type { FunctionCode } from '../bytecode/code';
import { SpecialSlot } from '../env/specialSlots';
import { makeModuleScope, type ModuleScope } from '../realm/commonjs';
import type { Realm } from '../realm/realm';
import { Frame, ResultMode } from '../vm/frame';
import type { Machine } from '../vm/machine';

/** The frame to push, and for a module the scope whose `module.loaded` is set when the script is done. */
export function programFrame(m: Machine, realm: Realm, code: FunctionCode, modulePath: string): { frame: Frame; moduleScope?: ModuleScope } {
  if (code.kind === 'module') {
    const moduleScope = makeModuleScope(realm, modulePath);
    return { frame: moduleFrame(m, code, moduleScope), moduleScope };
  }
  const env = m.newEnv(code.scope, m.rootEnv);
  env.slots[SpecialSlot.This] = realm.global;
  return { frame: new Frame(code, env, null, [], ResultMode.Normal, env) };
}

/** Node's call of the module wrapper: `this` is module.exports, the arguments are the module's scope. */
function moduleFrame(m: Machine, code: FunctionCode, scope: ModuleScope): Frame {
  const wrapper = m.makeClosure(code, m.rootEnv);
  const env = m.newEnv(code.scope, m.rootEnv);
  env.slots[SpecialSlot.This] = scope.args[0];
  env.slots[SpecialSlot.Function] = wrapper;
  code.paramSlots.forEach((slot, i) => { env.slots[slot] = scope.args[i]; });
  return new Frame(code, env, wrapper, scope.args, ResultMode.Normal, env);
}
