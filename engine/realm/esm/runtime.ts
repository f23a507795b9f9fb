// What the rest of the engine asks of ES modules: the realm's loader, running the main
// program as an ES module (a job, as Node's module job is), import(), import.meta and the
// read of an import binding.
import type { ModuleCode } from '../../compile/moduleCode';
import { Env } from '../../env/env';
import { ScopeInfo } from '../../env/scope';
import { NodeMsg } from '../../errors/nodeMessages';
import { throwNodeError } from '../builtins/webSupport';
import { ModuleNamespace } from './namespace';
import { JSThrow } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import type { NativeGen } from '../../heap/function';
import { JSObject, DEFAULT_FLAGS } from '../../heap/object';
import type { PromiseObject } from '../../heap/slots';
import { TDZ, type Value } from '../../heap/values';
import { toString, type Gen } from '../../ops/convert';
import { newPromise, performPromiseThen, rejectPromise, resolvePromise, type InternalHandler } from '../builtins/promiseOps';
import { dirnameOf } from '../commonjs';
import type { Realm } from '../realm';
import { evaluate } from './evaluate';
import { link, namespaceOf } from './link';
import { EsmLoader, type LoaderServices } from './loader';
import { importAttributesOf } from './attributes';
import { afterHops, readGraph, type Peek } from './loadTiming';
import { ImportCell, type ModuleRecord } from './moduleRecord';
import { fsContextOf } from '../node/fsContext';

const loaders = new WeakMap<Realm, EsmLoader>();

/** Makes the realm's loader (the agent does, once; it keeps it as a heap root). */
export function createEsmLoader(realm: Realm, services: LoaderServices): EsmLoader {
  const loader = new EsmLoader(realm, services);
  loaders.set(realm, loader);
  return loader;
}

function loaderOf(realm: Realm): EsmLoader {
  const loader = loaders.get(realm);
  if (!loader) throw new Error('the realm has no module loader');
  return loader;
}

/**
 * The main program as an ES module, as Node starts it: its file read (I/O, so it runs in the
 * poll phase: a setImmediate it queues runs before a setTimeout 0), then the files it imports,
 * then a job that links and evaluates the graph.
 */
export function startMainModule(loader: EsmLoader, path: string, code: ModuleCode): void {
  const record = loader.addCompiled(path, code);
  loader.main = record;
  const realm = loader.realm;
  // Node runs the main module from a job: the promise jobs it queues run before its nextTicks.
  const queueJob = () => realm.host.enqueueMicrotask({ kind: 'await resumption', name: 'module evaluation', holds: [], run: () => runMainModule(loader, record) });
  const io = fsContextOf(realm);
  if (!io) { queueJob(); return; }
  io.startIo({
    label: `import ${path.slice(path.lastIndexOf('/') + 1)}`, name: 'module evaluation', holds: [],
    run: function* (): NativeGen {
      try {
        yield* readGraph(loader, record, { holds: [], done: queueJob, failed: queueJob });
      } catch (e) {
        // A request that does not resolve: the module job throws it again, as the run's error.
        if (!(e instanceof JSThrow)) throw e;
        queueJob();
      }
      return undefined;
    },
  });
}

/** The main module loaded, linked and evaluated; a failure is the run's uncaught error. */
function* runMainModule(loader: EsmLoader, record: ModuleRecord): NativeGen {
  yield* loader.loadGraph(record);
  yield* link(loader, record);
  const evaluated = yield* evaluate(loader, record);
  // A module that threw while the graph ran at once is the run's uncaught exception, as in Node;
  // a later rejection (after a top-level await) has no handler, so it ends the run too.
  if (evaluated.state === 'rejected') throw new JSThrow(handled(realm(loader), evaluated));
  return undefined;
}

/**
 * Node's handleProcessExit (its first 'exit' listener) for a program that ran out of work while
 * its main module's evaluation is still pending (a top-level await that never settles): the exit
 * code becomes 13 unless the program set one. Node 20 prints no warning. True when it applied.
 */
export function settleUnfinishedMain(loader: EsmLoader): boolean {
  const promise = loader.main?.cycleRoot.topLevelPromise;
  if (!promise || promise.state !== 'pending') return false;
  const process = loader.realm.intrinsic('%process%');
  const code = process.getOwn('exitCode')?.value;
  if (code === undefined || code === null) process.put('exitCode', UNSETTLED_TOP_LEVEL_AWAIT);
  return true;
}

/** Node's exit code kUnsettledTopLevelAwait. */
const UNSETTLED_TOP_LEVEL_AWAIT = 13;

// Promise jobs Node 20's import() takes (measured against a chain of promise jobs): a specifier
// that does not resolve rejects in the 3rd job; a module the loader has is evaluated in the 3rd,
// a core module or CommonJS file new to it in the 11th, and a new ES module file in the 1st after
// its files arrived (I/O); import() settles 4 jobs after the evaluation settled.
const HOPS_TO_REJECT_UNRESOLVED = 3;
const HOPS_TO_EVALUATE_LOADED = 3;
const HOPS_TO_EVALUATE_NEW = 11;
const HOPS_AFTER_READS = 1;
const HOPS_AFTER_EVALUATION = 3;

/** `import(specifier)` from code of the file `referrerFile`: a promise of the module's namespace, settled when Node's would be. */
export function* dynamicImport(realm: Realm, specifierValue: Value, referrerFile: string, options?: Value): NativeGen {
  const loader = loaderOf(realm);
  const promise = newPromise(realm);
  const referrer = loader.referrerPath(referrerFile);
  const rejectWith = (value: Value) => function* (): Gen<void> {
    yield* [];
    rejectPromise(realm, promise, value);
  };
  try {
    const specifier = yield* toString(realm, specifierValue);
    const attributes = yield* importAttributesOf(realm, options);
    let peek: Peek;
    try {
      peek = loader.peek(specifier, referrer);
    } catch (e) {
      if (!(e instanceof JSThrow)) throw e;
      afterHops(realm, HOPS_TO_REJECT_UNRESOLVED, 'import()', [promise, e.value], rejectWith(e.value));
      return promise;
    }
    const finish = () => evaluateAndSettle(loader, { specifier, referrer, attributes }, promise);
    if (peek.kind === 'known') afterHops(realm, HOPS_TO_EVALUATE_LOADED, 'import()', [promise], finish);
    else if (peek.kind === 'now') afterHops(realm, HOPS_TO_EVALUATE_NEW, 'import()', [promise], finish);
    else {
      yield* readGraph(loader, { specifier, referrer }, {
        holds: [promise],
        done: () => afterHops(realm, HOPS_AFTER_READS, 'import()', [promise], finish),
        failed: (value) => rejectPromise(realm, promise, value),
      });
    }
  } catch (e) {
    if (!(e instanceof JSThrow)) throw e;
    rejectPromise(realm, promise, e.value);
  }
  return promise;
}

/** import()'s last steps: the module loaded, linked and evaluated, then `promise` settled with its namespace or the error. */
function* evaluateAndSettle(loader: EsmLoader, request: { specifier: string; referrer: string; attributes: Record<string, string> }, promise: PromiseObject): Gen<void> {
  const realm = loader.realm;
  let record: ModuleRecord;
  let evaluated: PromiseObject;
  try {
    record = yield* loader.load(request.specifier, request.referrer, request.attributes);
    yield* loader.loadGraph(record);
    yield* link(loader, record);
    evaluated = yield* evaluate(loader, record);
  } catch (e) {
    if (!(e instanceof JSThrow)) throw e;
    rejectPromise(realm, promise, e.value);
    return;
  }
  const settled = record;
  const settle: InternalHandler = {
    internal: function* (value: Value, isReject: boolean) {
      yield* [];
      afterHops(realm, HOPS_AFTER_EVALUATION, 'import()', [promise, value, settled], function* () {
        if (isReject) rejectPromise(realm, promise, value);
        else yield* resolvePromise(realm, promise, namespaceOf(loader, settled));
      });
      return undefined;
    },
    label: 'import()', kind: 'promise reaction', holds: [promise, record],
  };
  performPromiseThen(realm, evaluated, settle, settle, null);
}

/**
 * `require()` of an ES module (Node 20.19 and later): loaded, linked and evaluated at once, its
 * namespace returned (with `__esModule: true` added when it has a default export); a graph with
 * top-level await is ERR_REQUIRE_ASYNC_MODULE.
 */
export function* requireEsModule(realm: Realm, path: string, source: string, referrer: string): Gen<Value> {
  const loader = loaderOf(realm);
  const record = loader.records.get(path) ?? loader.compileFile(path, source);
  yield* loader.loadGraph(record);
  if (hasTopLevelAwaitBelow(record)) throwNodeError(realm, NodeMsg.RequireAsyncModule, referrer, path);
  yield* link(loader, record);
  const evaluated = yield* evaluate(loader, record);
  if (evaluated.state === 'rejected') throw new JSThrow(handled(realm, evaluated));
  return requireNamespace(loader, record);
}

/** A rejected promise's reason, the promise marked handled (its error is thrown instead). */
function handled(realm: Realm, p: PromiseObject): Value {
  p.isHandled = true;
  realm.host.trackRejection(p, 'handle');
  return p.result;
}

function realm(loader: EsmLoader): Realm {
  return loader.realm;
}

function hasTopLevelAwaitBelow(root: ModuleRecord): boolean {
  const seen = new Set<ModuleRecord>();
  const work = [root];
  for (let m = work.pop(); m !== undefined; m = work.pop()) {
    if (seen.has(m) || m.status === 'evaluated') continue;
    seen.add(m);
    if (m.hasTopLevelAwait) return true;
    work.push(...m.requested);
  }
  return false;
}

const requireNamespaces = new WeakMap<ModuleRecord, JSObject>();

/** What require() returns: the namespace, or for a default export a namespace-like copy that says `__esModule`. */
function requireNamespace(loader: EsmLoader, record: ModuleRecord): JSObject {
  const ns = namespaceOf(loader, record);
  if (!ns.bindings.has('default') || ns.bindings.has('__esModule')) return ns;
  let wrapped = requireNamespaces.get(record);
  if (!wrapped) {
    const info = new ScopeInfo('esmodule');
    info.add('__esModule', 'const');
    const bindings = new Map(ns.bindings);
    bindings.set('__esModule', new ImportCell(new Env(info, [true], null), 0, '__esModule'));
    const made = new ModuleNamespace(loader.realm, bindings);
    made.fill();
    wrapped = made;
    requireNamespaces.set(record, wrapped);
  }
  return wrapped;
}

/** Whether Node runs the file at `path` (text `source`) as an ES module (for `require`). */
export function isEsModuleFile(realm: Realm, path: string, source: string): boolean {
  return loaderOf(realm).isModuleFile(path, source);
}

/** `import.meta` of the module compiled from `fileName`: made on first use, as Node's (dirname, filename, resolve, url). */
export function importMeta(realm: Realm, fileName: string): JSObject {
  const loader = loaderOf(realm);
  const record = loader.records.get(loader.referrerPath(fileName));
  if (!record) throw new Error(`import.meta outside a module: ${fileName}`);
  if (record.meta) return record.meta;
  const meta = realm.newObject(null);
  meta.put('dirname', dirnameOf(record.path), DEFAULT_FLAGS);
  meta.put('filename', record.path, DEFAULT_FLAGS);
  meta.put('resolve', realm.newNative('resolve', 1, function* (_this, args) {
    const specifier = yield* toString(realm, args[0]);
    const target = yield* loader.loadRecord(specifier, record.path);
    return target.url;
  }, { gen: true }), DEFAULT_FLAGS);
  meta.put('url', record.url, DEFAULT_FLAGS);
  record.meta = meta;
  return meta;
}

/** The value of an import binding (GetImport): the exporter's binding now, or a ReferenceError in its TDZ. */
export function importedValue(realm: Realm, env: Env, slot: number): Value {
  const held = env.slots[slot] as unknown;
  if (!(held instanceof ImportCell)) return held as Value;
  const v = held.env.slots[held.slot];
  if (v === TDZ) realm.throwError('ReferenceError', formatMessage(Msg.AccessBeforeInit, held.name));
  return v as Value;
}
