// The main module's `require` and its plug point for a module loader (RealmHost.loadModule):
// a package name without a loader, or anything the loader does not find, is Node's
// MODULE_NOT_FOUND; a loader may run module code (yield calls as built-ins do) before it hands
// back the exports. Core modules never reach the loader (test/engine/coreModules.test.ts).
import assert from 'node:assert/strict';
import { JSThrow } from '../../engine/errors/internal';
import type { NativeFunction, Request } from '../../engine/heap/function';
import { JSObject } from '../../engine/heap/object';
import type { Value } from '../../engine/heap/values';
import { makeModuleScope } from '../../engine/realm/commonjs';
import { createRealm } from '../../engine/realm/createRealm';
import type { RealmHost } from '../../engine/realm/realm';
import type { Gen } from '../../engine/ops/convert';

const FILE = '/work/app/main.js';

function host(loadModule?: RealmHost['loadModule']): RealmHost {
  const unused = () => { throw new Error('not used by require'); };
  return {
    console: unused, captureStack: () => '', compileFunction: unused, compileEval: unused, now: () => 0, random: () => 0,
    enqueueMicrotask: unused, trackRejection: unused, loadModule,
  };
}

/** Calls the scope's `require(id)` as the VM would: every request the loader yields is answered with `answer`. */
function callRequire(h: RealmHost, id: Value, answer: Value = undefined): { value?: Value; thrown?: JSObject; requests: Request[] } {
  const realm = createRealm(h);
  const require = makeModuleScope(realm, FILE).args[1] as NativeFunction;
  const requests: Request[] = [];
  try {
    const gen = (require.impl as (t: Value, a: Value[], n: undefined) => Gen<Value>)(undefined, [id], undefined);
    for (let step = gen.next(); ; step = gen.next(answer)) {
      if (step.done) return { value: step.value, requests };
      requests.push(step.value);
    }
  } catch (e) {
    if (!(e instanceof JSThrow)) throw e;
    return { thrown: e.value as JSObject, requests };
  }
}

/** A loader that asks for no calls and finds `exports` (undefined: nothing). */
function found(exports: Value): RealmHost['loadModule'] {
  return function* () {
    yield* [];
    return exports;
  };
}

const field = (o: JSObject | undefined, key: string) => o?.getOwn(key)?.value;

describe('engine: the CommonJS require and its loader hook', () => {
  const cases: { name: string; loader?: RealmHost['loadModule']; id: Value; code?: string; message?: string; value?: Value }[] = [
    { name: 'no loader, a package name: MODULE_NOT_FOUND with the require stack', id: 'lib', code: 'MODULE_NOT_FOUND', message: `Cannot find module 'lib'\nRequire stack:\n- ${FILE}` },
    { name: 'a loader that finds nothing: MODULE_NOT_FOUND', loader: found(undefined), id: './lib', code: 'MODULE_NOT_FOUND', message: `Cannot find module './lib'\nRequire stack:\n- ${FILE}` },
    { name: 'node: with a name Node lacks: ERR_UNKNOWN_BUILTIN_MODULE, no loader asked', loader: () => { throw new Error('asked'); }, id: 'node:nope', code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:nope' },
    { name: 'a loader that finds the module: its exports', loader: found(42), id: './answer', value: 42 },
    { name: 'a specifier that is not a string: ERR_INVALID_ARG_TYPE, no loader asked', loader: () => { throw new Error('asked'); }, id: 7, code: 'ERR_INVALID_ARG_TYPE', message: 'The "id" argument must be of type string. Received type number (7)' },
    { name: 'an empty specifier: ERR_INVALID_ARG_VALUE', id: '', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'id' must be a non-empty string. Received ''" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = callRequire(host(c.loader), c.id);
      if (c.code === undefined) {
        assert.equal(r.thrown, undefined);
        assert.equal(r.value, c.value);
        return;
      }
      assert.equal(field(r.thrown, 'code'), c.code);
      assert.equal(field(r.thrown, 'message'), c.message);
    });
  }

  it('passes the specifier and the requiring file to the loader, which may run module code first', () => {
    const seen: string[] = [];
    const loader = function* (specifier: string, parent: string): Gen<Value | undefined> {
      seen.push(`${specifier} from ${parent}`);
      const ran = yield { kind: 'call', fn: undefined, thisArg: undefined, args: [] };
      return ran;
    };
    const r = callRequire(host(loader), './lib', 'module ran');
    assert.deepEqual(seen, [`./lib from ${FILE}`]);
    assert.equal(r.requests.length, 1);
    assert.equal(r.value, 'module ran');
  });

  it('gives the main module Node\'s fields: id ".", its filename and folder, node_modules paths upward', () => {
    const realm = createRealm(host());
    const { module, args } = makeModuleScope(realm, FILE);
    assert.equal(field(module, 'id'), '.');
    assert.equal(field(module, 'filename'), FILE);
    assert.equal(field(module, 'path'), '/work/app');
    assert.deepEqual(args.slice(3), [FILE, '/work/app']);
    const paths = field(module, 'paths') as JSObject;
    assert.deepEqual([0, 1, 2].map((i) => field(paths, String(i))), ['/work/app/node_modules', '/work/node_modules', '/node_modules']);
  });
});
