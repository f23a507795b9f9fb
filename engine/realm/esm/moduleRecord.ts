// An ES module as the loader keeps it (https://tc39.es/ecma262/#sec-cyclic-module-records):
// its environment, what it requested, its evaluation state, and the live view of one
// binding another module imports (ImportCell). Plain records: no loading or running here.
import type { ModuleCode } from '../../compile/moduleCode';
import type { Env } from '../../env/env';
import type { Closure } from '../../heap/function';
import type { JSObject } from '../../heap/object';
import type { PromiseObject } from '../../heap/slots';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';

/**
 * What an import binding's slot holds: the exporting module's environment and slot, read at
 * every use (a live binding), with its TDZ. `name` is the importer's local name (V8's messages).
 */
export class ImportCell {
  constructor(readonly env: Env, readonly slot: number, readonly name: string) {}
}

export type ModuleStatus = 'new' | 'linking' | 'linked' | 'evaluating' | 'evaluating-async' | 'evaluated';

/**
 * A module Glassbox did not compile from ES module source: a CommonJS file or a core module,
 * whose exports ('default' and named) are bindings of `env` set when it evaluates.
 */
export interface SyntheticPart {
  exportNames: string[];
  evaluate(env: Env): Gen<void>;
}

export class ModuleRecord {
  status: ModuleStatus = 'new';
  /** Filled at load: one record per entry of code.requests. */
  requested: ModuleRecord[] = [];
  env: Env | null = null;
  body: Closure | null = null;
  namespace: JSObject | null = null;
  meta: JSObject | null = null;
  // Evaluation (https://tc39.es/ecma262/#sec-innermoduleevaluation).
  dfsIndex = -1;
  dfsAncestorIndex = -1;
  cycleRoot: ModuleRecord = this;
  /** The order in which it became async-evaluating (0: not async); the spec's [[AsyncEvaluation]]. */
  asyncOrder = 0;
  asyncParents: ModuleRecord[] = [];
  pendingAsync = 0;
  evaluationError: { value: Value } | null = null;
  topLevelPromise: PromiseObject | null = null;

  constructor(
    /** Absolute path, or `node:<name>` for a core module. */
    readonly path: string,
    readonly code: ModuleCode | null,
    readonly synthetic: SyntheticPart | null,
  ) {}

  get hasTopLevelAwait(): boolean {
    return this.code?.hasTopLevelAwait === true;
  }

  /** `file:///abs/path.mjs`, as import.meta.url and V8's stack lines give it. */
  get url(): string {
    return this.path.startsWith('node:') ? this.path : fileUrl(this.path);
  }
}

/** url.pathToFileURL for a POSIX path: the characters a URL path must escape, escaped. */
export function fileUrl(path: string): string {
  return `file://${path.split('/').map((seg) => encodeURIComponent(seg).replace(/%40/g, '@').replace(/%2B/g, '+').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%3D/g, '=').replace(/%26/g, '&').replace(/%24/g, '$').replace(/%3B/g, ';')).join('/')}`;
}
