// Async generators (https://tc39.es/ecma262/#sec-asyncgenerator-objects): a queue of
// next/return/throw requests, each answered with a promise; the body's frame is resumed
// for the head request and settles it at `yield`, `return` or an uncaught throw.
import type { NativeGen } from '../heap/function';
import { JSObject } from '../heap/object';
import { PromiseObject } from '../heap/slots';
import { Value, WellKnown } from '../heap/values';
import { fulfillPromise, newPromise, rejectPromise } from '../realm/builtins/promiseOps';
import type { Realm } from '../realm/realm';
import { createIterResultObject } from '../realm/builtins/Iterator';
import { GeneratorObject } from './generatorObjects';
import { linkFunctionKind } from './generators';
import { Msg, formatMessage } from '../errors/messages';

type Mode = 'next' | 'return' | 'throw';
interface AsyncRequest { mode: Mode; value: Value; promise: PromiseObject }

export class AsyncGeneratorState extends GeneratorObject {
  override className = 'AsyncGenerator';
  readonly queue: AsyncRequest[] = [];
}


/** Settles the head request: a step result, or a rejection. */
export function completeStep(realm: Realm, g: AsyncGeneratorState, value: Value, done: boolean, rejected = false): void {
  const req = g.queue.shift();
  if (!req) return;
  if (rejected) rejectPromise(realm, req.promise, value);
  else fulfillPromise(realm, req.promise, createIterResultObject(realm, value, done));
}

/** A finished generator answers what is still queued: next/return are done, throw rejects. */
export function drainCompleted(realm: Realm, g: AsyncGeneratorState): void {
  while (g.queue.length) {
    const req = g.queue[0];
    if (req.mode === 'throw') completeStep(realm, g, req.value, true, true);
    else completeStep(realm, g, req.mode === 'return' ? req.value : undefined, true);
  }
}

/** https://tc39.es/ecma262/#sec-asyncgeneratorresumenext: resume for the head request if idle. */
function* resumeNext(realm: Realm, g: AsyncGeneratorState): NativeGen {
  if (g.state === 'executing' || g.state === 'awaiting') return undefined;
  const req = g.queue[0];
  if (!req) return undefined;
  if (g.state === 'suspendedStart' && req.mode !== 'next') { g.state = 'completed'; g.frame = null; }
  if (g.state === 'completed') { drainCompleted(realm, g); return undefined; }
  yield { kind: 'resume', generator: g, mode: req.mode, value: req.value };
  return undefined;
}

export function installAsyncGenerators(realm: Realm): void {
  const proto = new JSObject(realm.intrinsic('%AsyncIteratorPrototype%'));
  realm.intrinsics.set('%AsyncGeneratorPrototype%', proto);
  for (const mode of ['next', 'return', 'throw'] as const) {
    realm.method(proto, mode, 1, function* (thisArg: Value, args: Value[]): NativeGen {
      const promise = newPromise(realm);
      if (!(thisArg instanceof AsyncGeneratorState)) {
        rejectPromise(realm, promise, realm.makeError('TypeError', formatMessage(Msg.NotGeneric, mode + ' method', String(thisArg))));
        return promise;
      }
      thisArg.queue.push({ mode, value: args[0], promise });
      yield* resumeNext(realm, thisArg);
      return promise;
    }, { gen: true });
  }
  linkFunctionKind(realm, 'asyncGenerator', proto);
}

/** %AsyncIteratorPrototype%: [Symbol.asyncIterator]() returns this. */
export function installAsyncIteratorPrototype(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.method(proto, WellKnown.asyncIterator, 0, (thisArg) => thisArg);
  realm.intrinsics.set('%AsyncIteratorPrototype%', proto);
}
