// The `fs/promises` core module (the fs module's `promises`): the operations of fsOps.ts as
// promises that settle in the poll phase after the I/O delay. Node's are async functions, so
// a bad argument rejects the promise rather than throwing.
import { JSThrow } from '../../errors/internal';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { fulfillPromise, newPromise, rejectPromise } from '../builtins/promiseOps';
import type { Realm } from '../realm';
import { contextFor, ioLabel, lazyDescriptorFunction, resultValue, unsupportedFunction } from './fs';
import { FS_OPS } from './fsOps';
import { failureError, readCall } from './fsValues';

/** Node 20's fs/promises functions, in its order. */
const PROMISE_FUNCTIONS = [
  'access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'readdir', 'readlink',
  'symlink', 'lstat', 'stat', 'statfs', 'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown', 'utimes', 'lutimes',
  'realpath', 'mkdtemp', 'writeFile', 'appendFile', 'readFile', 'watch',
] as const;

export function* makeFsPromises(realm: Realm): Gen<JSObject> {
  yield* [];
  const ctx = contextFor(realm, 'fs/promises');
  const promises = realm.newObject();
  for (const name of PROMISE_FUNCTIONS) {
    const op = FS_OPS[name];
    if (name === 'open') {
      promises.put(name, lazyDescriptorFunction(realm, ctx, 'open', 'promisesOpen'), DEFAULT_FLAGS);
      continue;
    }
    const fn = op === undefined ? unsupportedFunction(realm, name, `promises.${name}`) : realm.newNative(name, 2, function* (_this, args): Gen<Value> {
      const p = newPromise(realm);
      let call;
      try {
        call = yield* readCall(realm, name, op.shape, args);
      } catch (e) {
        if (!(e instanceof JSThrow)) throw e;
        rejectPromise(realm, p, e.value);
        return p;
      }
      const result = op.run(ctx.volume, call);
      ctx.startIo({
        label: ioLabel(`promises.${name}`, call), name: 'resolve', holds: [p],
        run: function* () {
          if (result.ok) fulfillPromise(realm, p, yield* resultValue(realm, result.value));
          else rejectPromise(realm, p, failureError(realm, name, result.failure));
          return undefined;
        },
      });
      return p;
    }, { gen: true });
    promises.put(name, fn, DEFAULT_FLAGS);
  }
  return promises;
}
