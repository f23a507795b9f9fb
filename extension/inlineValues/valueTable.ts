// Inline value texts from the stopped frame's scope chain (DAP scopes and variables), so
// names held only in the Global scope (top-level var and function, which VS Code's own
// lookup skips as an expensive scope) and TDZ bindings show too. Pure: no vscode.
import type { NameSpot } from './namesToShow';

/** One scope's variables as a DAP `variables` response lists them. */
export interface ScopeVariables { variables: { name: string; value: string }[] }

/** An inline value ready to show: `name = value` where the name is written. */
export interface InlineText extends NameSpot { text: string }

const MAX_VALUE = 100;

/** Name -> value as a lookup would see it: the innermost scope that has the name wins. */
export function valueTable(scopes: ScopeVariables[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const scope of scopes) {
    for (const v of scope.variables) {
      // Groups such as "[[Built-ins]]" are not bindings.
      if (v.name.startsWith('[[') || table.has(v.name)) continue;
      table.set(v.name, v.value);
    }
  }
  return table;
}

/** The hint at the end of the stopped line: the stop's own text, where the learner looks. */
export function stopHint(description: string | undefined): string | undefined {
  if (!description) return undefined;
  return `◀ ${description.length > MAX_VALUE ? `${description.slice(0, MAX_VALUE - 1)}…` : description}`;
}

/** The texts for the spots whose name the table knows; others are not reachable from the frame. */
export function inlineTexts(spots: NameSpot[], table: Map<string, string>): InlineText[] {
  return spots.flatMap((s) => {
    const value = table.get(s.name);
    if (value === undefined) return [];
    const shown = value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
    return [{ ...s, text: `${s.name} = ${shown}` }];
  });
}
