// Compile-time scopes that mirror a runtime environment chain, so code compiled while
// the program runs (direct eval, debugger evaluation) resolves names to the same slots.
import type { Env } from '../env/env';
import { CScope } from './context';

export function mirrorScopes(env: Env | null): CScope | null {
  // Outermost first, in a loop: closures may nest 100,000 environments deep.
  const chain: Env[] = [];
  for (let e = env; e !== null; e = e.outer) chain.push(e);
  let scope: CScope | null = null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const e = chain[i];
    scope = new CScope(e.scope.kind, scope, true, e.scope.functionName);
    const info = scope.info;
    info.dynamic = e.scope.dynamic;
    info.paramScope = e.scope.paramScope;
    e.scope.names.forEach((n, k) => info.add(n, e.scope.kinds[k]));
  }
  return scope;
}
