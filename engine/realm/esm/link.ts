// Linking (https://tc39.es/ecma262/#sec-moduledeclarationlinking): each module's environment,
// its imports bound to the exporters' bindings (ResolveExport, through re-exports and
// `export *`), namespaces, and the function declarations made before anything evaluates.
import type { Slot } from '../../env/env';
import { ScopeInfo } from '../../env/scope';
import { JSThrow } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import type { Closure } from '../../heap/function';
import type { Gen } from '../../ops/convert';
import type { EsmLoader } from './loader';
import { ImportCell, type ModuleRecord } from './moduleRecord';
import { ModuleNamespace, type ExportBinding } from './namespace';

type Resolution = { module: ModuleRecord; name: string } | { module: ModuleRecord; namespace: true } | null | 'ambiguous';

/** Links every module below `root` not linked yet; on an error none of them is linked. */
export function* link(loader: EsmLoader, root: ModuleRecord): Gen<void> {
  const order: ModuleRecord[] = [];
  const visit = (m: ModuleRecord): void => {
    if (m.status !== 'new') return;
    m.status = 'linking';
    for (const r of m.requested) visit(r);
    order.push(m);
  };
  visit(root);
  try {
    for (const m of order) m.env = loader.services.newEnv(scopeOf(m));
    for (const m of order) initializeEnvironment(loader, m);
  } catch (e) {
    for (const m of order) { m.status = 'new'; m.env = null; }
    throw e;
  }
  for (const m of order) {
    m.status = 'linked';
    if (m.code === null) continue;
    const env = m.env!;
    const body = yield { kind: 'call', fn: loader.services.makeClosure(m.code.hoister, env), thisArg: undefined, args: [] };
    m.body = body as Closure;
  }
}

function scopeOf(m: ModuleRecord): ScopeInfo {
  if (m.code) return m.code.scope;
  const info = new ScopeInfo('esmodule');
  for (const n of m.synthetic!.exportNames) info.add(n, 'let');
  return info;
}

function requested(m: ModuleRecord, request: string): ModuleRecord {
  return m.requested[m.code!.requests.indexOf(request)];
}

/** https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment */
function initializeEnvironment(loader: EsmLoader, m: ModuleRecord): void {
  const code = m.code;
  if (code === null) return;
  for (const e of code.indirectExports) {
    const r = resolveExport(m, e.exportName, new Set());
    if (r === null || r === 'ambiguous') throw linkError(loader, r, e.request, e.importName);
  }
  const env = m.env!;
  for (const i of code.imports) {
    const target = requested(m, i.request);
    const slot = code.scope.indexOf(i.localName);
    if (i.importName === '*') { env.slots[slot] = namespaceOf(loader, target); continue; }
    const r = resolveExport(target, i.importName, new Set());
    if (r === null || r === 'ambiguous') throw linkError(loader, r, i.request, i.importName);
    const b = bindingOf(loader, r);
    // The slot of an import binding holds its cell (read by GetImport), not a JS value.
    env.slots[slot] = (b instanceof ImportCell ? new ImportCell(b.env, b.slot, i.localName) : b) as unknown as Slot;
  }
}

function linkError(loader: EsmLoader, r: null | 'ambiguous', request: string, name: string): JSThrow {
  const text = r === null ? Msg.MissingExport : Msg.AmbiguousExport;
  return new JSThrow(loader.realm.makeError('SyntaxError', formatMessage(text, request, name)));
}

function bindingOf(loader: EsmLoader, r: Exclude<Resolution, null | 'ambiguous'>): ExportBinding {
  if ('namespace' in r) return namespaceOf(loader, r.module);
  const env = r.module.env!;
  return new ImportCell(env, env.scope.indexOf(r.name), r.name);
}

/** https://tc39.es/ecma262/#sec-resolveexport */
function resolveExport(m: ModuleRecord, name: string, seen: Set<string>): Resolution {
  const key = `${m.path}\0${name}`;
  if (seen.has(key)) return null;
  seen.add(key);
  if (m.synthetic) return m.synthetic.exportNames.includes(name) ? { module: m, name } : null;
  const code = m.code!;
  for (const e of code.localExports) {
    if (e.exportName !== name) continue;
    // `export { x }` of an imported x re-exports the imported binding.
    const i = code.imports.find((x) => x.localName === e.localName);
    if (i === undefined) return { module: m, name: e.localName };
    const target = requested(m, i.request);
    return i.importName === '*' ? { module: target, namespace: true } : resolveExport(target, i.importName, seen);
  }
  for (const e of code.indirectExports) {
    if (e.exportName !== name) continue;
    const target = requested(m, e.request);
    return e.importName === '*' ? { module: target, namespace: true } : resolveExport(target, e.importName, seen);
  }
  if (name === 'default') return null;
  let star: Resolution = null;
  for (const request of code.starExports) {
    const r = resolveExport(requested(m, request), name, seen);
    if (r === 'ambiguous') return r;
    if (r === null) continue;
    if (star === null) star = r;
    else if (star.module !== r.module || ('name' in star) !== ('name' in r) || ('name' in star && 'name' in r && star.name !== r.name)) return 'ambiguous';
  }
  return star;
}

/** https://tc39.es/ecma262/#sec-getexportednames */
function exportedNames(m: ModuleRecord, seen: Set<ModuleRecord>): string[] {
  if (seen.has(m)) return [];
  seen.add(m);
  if (m.synthetic) return [...m.synthetic.exportNames];
  const code = m.code!;
  const names = [...code.localExports.map((e) => e.exportName), ...code.indirectExports.map((e) => e.exportName)];
  for (const request of code.starExports) {
    for (const n of exportedNames(requested(m, request), seen)) if (n !== 'default' && !names.includes(n)) names.push(n);
  }
  return names;
}

/** https://tc39.es/ecma262/#sec-getmodulenamespace: made once per module, its bindings resolved now. */
export function namespaceOf(loader: EsmLoader, m: ModuleRecord): ModuleNamespace {
  if (m.namespace instanceof ModuleNamespace) return m.namespace;
  const bindings = new Map<string, ExportBinding>();
  const ns = new ModuleNamespace(loader.realm, bindings);
  m.namespace = ns;
  const names = exportedNames(m, new Set());
  for (const n of names) {
    const r = resolveExport(m, n, new Set());
    if (r !== null && r !== 'ambiguous') bindings.set(n, 'namespace' in r && r.module === m ? ns : bindingOf(loader, r));
  }
  ns.fill();
  return ns;
}
