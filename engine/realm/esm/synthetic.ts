// Modules an ES module imports that are not ES modules: a CommonJS file (default export:
// module.exports; named exports: the names found by a static scan of its source, as Node's
// cjs-module-lexer finds them) and Node's core modules (default: the module object; named:
// its own enumerable properties).
import type { Env } from '../../env/env';
import { Msg, formatMessage } from '../../errors/messages';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { JSObject } from '../../heap/object';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import { requireCore } from '../node/coreModules';
import { requireFile } from '../requireFile';
import type { EsmLoader } from './loader';
import type { SyntheticPart } from './moduleRecord';

/** A core module, made now (its export names are its properties), its bindings set when it evaluates. */
export function* corePart(loader: EsmLoader, name: string, specifier: string): Gen<SyntheticPart> {
  let object: JSObject;
  try {
    object = yield* requireCore(loader.realm, name, specifier);
  } catch (e) {
    // A core module Glassbox lacks, named as the program imported it.
    if (e instanceof GlassboxUnsupported) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedImport, specifier));
    throw e;
  }
  const names = object.ownKeys().filter((k): k is string => typeof k === 'string' && k !== 'default' && object.getOwn(k)?.enumerable === true);
  const exportNames = ['default', ...names];
  return {
    exportNames,
    *evaluate(env: Env) {
      env.slots[0] = object;
      for (let i = 1; i < exportNames.length; i++) env.slots[i] = yield* get(loader.realm, object, exportNames[i]);
    },
  };
}

/** A CommonJS file imported from an ES module: required (into the require cache) when it evaluates. */
export function commonjsPart(loader: EsmLoader, path: string, source: string): SyntheticPart {
  const names = path.endsWith('.json') ? [] : commonjsExportNames(source).filter((n) => n !== 'default');
  const exportNames = ['default', ...names];
  return {
    exportNames,
    *evaluate(env: Env) {
      const scope = loader.services.commonjs();
      const exports = yield* requireFile(loader.realm, scope.registry, scope.registry.main, path, source);
      env.slots[0] = exports;
      for (let i = 1; i < exportNames.length; i++) {
        env.slots[i] = exports instanceof JSObject ? yield* get(loader.realm, exports, exportNames[i]) : undefined;
      }
    },
  };
}

const IDENT = '[A-Za-z_$][\\w$]*';

/**
 * The named exports Node detects in a CommonJS file's source (a subset of cjs-module-lexer):
 * `exports.x =`, `module.exports.x =`, `exports['x'] =`, `Object.defineProperty(exports, 'x', ...)`
 * and `module.exports = { a, b: c, 'd': e }` (identifier or string keys; the scan stops after a key whose value is
 * not an identifier, as the lexer does).
 */
export function commonjsExportNames(source: string): string[] {
  const names = new Set<string>();
  const add = (n: string | undefined) => { if (n !== undefined) names.add(n); };
  for (const m of source.matchAll(new RegExp(`(?:^|[^.\\w$])(?:module\\.)?exports\\s*(?:\\.\\s*(${IDENT})|\\[\\s*(['"])(${IDENT})\\2\\s*\\])\\s*=[^=]`, 'g'))) add(m[1] ?? m[3]);
  for (const m of source.matchAll(new RegExp(`Object\\.defineProperty\\(\\s*(?:module\\.)?exports\\s*,\\s*(['"])(${IDENT})\\1`, 'g'))) add(m[2]);
  for (const m of source.matchAll(/(?:^|[^.\w$])module\.exports\s*=\s*\{([^{}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const entry = new RegExp(`^\\s*(?:(${IDENT})|(['"])([^'"]*)\\2)\\s*(?::([\\s\\S]*))?$`).exec(part.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''));
      if (entry === null) { if (part.trim() === '') continue; break; }
      add(entry[1] ?? entry[3]);
      // The lexer takes a key whatever its value, but reads on only past an identifier value.
      if (entry[4] !== undefined && !new RegExp(`^\\s*${IDENT}\\s*$`).test(entry[4])) break;
    }
  }
  return [...names];
}
