// How big values are shown: elements in groups of 100 (groups of groups above 10,000, as VS
// Code and js-debug do), and objects with very many properties in groups of 1,000.
import type { DebugProtocol } from '@vscode/debugprotocol';

/** Indexed children above this count are reported as `indexedVariables` and shown in groups. */
export const INDEXED_GROUP = 100;
/** Named children above this count are shown in groups instead of all at once. */
export const NAMED_GROUP = 1000;

export interface Group { start: number; count: number }

/** Groups of `base`, `base²`, … so that there are at most `base` groups at any level. */
export function groupsOf(total: number, base: number): Group[] {
  let size = base;
  while (total > size * base) size *= base;
  const out: Group[] = [];
  for (let start = 0; start < total; start += size) out.push({ start, count: Math.min(size, total - start) });
  return out;
}

/** `[0 … 99]` for elements, `properties 0 … 999` for named children (`bindings` in a scope). */
export function groupName(g: Group, filter: 'indexed' | 'named', offset = 0, inScope = false): string {
  const range = `${offset + g.start} … ${offset + g.start + g.count - 1}`;
  return filter === 'indexed' ? `[${range}]` : `${inScope ? 'bindings' : 'properties'} ${range}`;
}

/** The variable a group is shown as: expandable, virtual, with its own count. */
export function groupVariable(name: string, reference: number, filter: 'indexed' | 'named', count: number): DebugProtocol.Variable {
  return {
    name, value: '', variablesReference: reference, presentationHint: { kind: 'virtual' },
    indexedVariables: filter === 'indexed' ? count : undefined, namedVariables: filter === 'named' ? count : undefined,
  };
}
