// The scope chain grouped as the specification tells it: execution contexts, each with a
// LexicalEnvironment (let, const, class) and a VariableEnvironment (var, function declarations,
// parameters, arguments), a `this` binding and an `outer` reference. Reads environments only.
import type { Env } from '../env/env';
import type { BindingKind } from '../env/scope';
import { THIS_NAME, hasThisBinding } from '../env/specialSlots';

/** Some bindings of one environment: those of `kinds`, or all when it is undefined. */
export interface BindingPart { env: Env; kinds?: ReadonlySet<BindingKind> }

export interface SpecContext {
  /** `multiply()`, `module wrapper()` (the function Node runs a CommonJS file in) or `global`. */
  label: string;
  isGlobal: boolean;
  lexical: BindingPart[];
  variable: BindingPart[];
  /** The environment whose `%this` slot is the context's this binding (none for arrows). */
  thisEnv: Env | undefined;
}

const LEXICAL_KINDS: ReadonlySet<BindingKind> = new Set(['let', 'const', 'class']);
// https://tc39.es/ecma262/#sec-functiondeclarationinstantiation: function declarations are var-scoped.
const VAR_KINDS: ReadonlySet<BindingKind> = new Set(['var', 'function', 'param', 'arguments']);

/** Contexts from `env` outward to (not including) `root`, innermost first. */
export function specContexts(env: Env | null, root: Env): SpecContext[] {
  const out: SpecContext[] = [];
  let blocks: BindingPart[] = [];
  for (let e: Env | null = env; e !== null && e !== root; e = e.outer) {
    const kind = e.scope.kind;
    // A named function expression's own name sits in a scope of its own: a lexical binding.
    const ownName = kind === 'function' && e.scope.kinds.length > 0 && e.scope.kinds.every((k) => k === 'callee');
    if ((kind === 'function' && !ownName) || kind === 'module') {
      const hasThis = hasThisBinding(e.scope);
      out.push({
        label: kind === 'module' ? 'module wrapper()' : `${e.scope.functionName || 'anonymous function'}()`, isGlobal: false,
        lexical: [...blocks, { env: e, kinds: LEXICAL_KINDS }], variable: [{ env: e, kinds: VAR_KINDS }], thisEnv: hasThis ? e : undefined,
      });
      blocks = [];
    } else if (kind === 'script') {
      blocks.push({ env: e });
    } else if (kind === 'global') {
      out.push({ label: 'global', isGlobal: true, lexical: blocks, variable: [{ env: e }], thisEnv: e.scope.names.includes(THIS_NAME) ? e : blocks.find((b) => b.env.scope.names.includes(THIS_NAME))?.env });
      blocks = [];
    } else {
      blocks.push({ env: e });
    }
  }
  // A chain that ends without a global environment record still has a global context.
  if (blocks.length > 0 || !out.some((c) => c.isGlobal)) out.push({ label: 'global', isGlobal: true, lexical: blocks, variable: [], thisEnv: undefined });
  return out;
}
