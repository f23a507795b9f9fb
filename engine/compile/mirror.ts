// Compile-time scopes that mirror a runtime environment chain, so code compiled while
// the program runs (direct eval, debugger evaluation) resolves names to the same slots.
import type { Env } from '../env/env';
import { CScope } from './context';

export function mirrorScopes(env: Env | null): CScope | null {
  if (env === null) return null;
  const s = new CScope(env.scope.kind, mirrorScopes(env.outer), true, env.scope.functionName);
  env.scope.names.forEach((n, i) => s.info.add(n, env.scope.kinds[i]));
  return s;
}
