// A small declarative checker for request arguments: a spec names each field's JSON type,
// and the first mismatch becomes a one-line message naming the argument. Knows no DAP.

/** A field's expected shape; a trailing `?` on a field name makes it optional. */
export type Spec =
  | 'string' | 'boolean' | 'integer' | 'count' | 'object' | 'any'
  | { array: Spec }
  | { fields: Fields }
  | { oneOf: readonly string[] };

export type Fields = Readonly<Record<string, Spec>>;

/** What is wrong with `value` at `path` (e.g. "breakpoints[0].line"), or undefined. */
export function problemWith(value: unknown, spec: Spec, path: string): string | undefined {
  if (typeof spec === 'string') return scalarProblem(value, spec, path);
  if ('oneOf' in spec) {
    return typeof value === 'string' && spec.oneOf.includes(value) ? undefined : `'${path}' must be one of ${spec.oneOf.map((s) => `'${s}'`).join(', ')} (got ${shown(value)})`;
  }
  if ('array' in spec) {
    if (!Array.isArray(value)) return `'${path}' must be an array (got ${shown(value)})`;
    for (let i = 0; i < value.length; i++) {
      const p = problemWith(value[i], spec.array, `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (!isRecord(value)) return `'${path}' must be an object (got ${shown(value)})`;
  return fieldsProblem(value, spec.fields, `${path}.`);
}

/** Checks an object's fields; `prefix` is prepended to each field's name in messages. */
export function fieldsProblem(value: Record<string, unknown>, fields: Fields, prefix = ''): string | undefined {
  for (const [key, spec] of Object.entries(fields)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    const v = value[name];
    if (v === undefined || (optional && v === null)) {
      if (optional) continue;
      return `'${prefix}${name}' is required`;
    }
    const p = problemWith(v, spec, `${prefix}${name}`);
    if (p) return p;
  }
  return undefined;
}

function scalarProblem(value: unknown, spec: Exclude<Spec, object>, path: string): string | undefined {
  switch (spec) {
    case 'any': return undefined;
    case 'string': case 'boolean':
      return typeof value === spec ? undefined : `'${path}' must be a ${spec} (got ${shown(value)})`;
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : `'${path}' must be an integer (got ${shown(value)})`;
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : `'${path}' must be a whole number, 0 or more (got ${shown(value)})`;
    case 'object':
      return isRecord(value) ? undefined : `'${path}' must be an object (got ${shown(value)})`;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A short rendering of a bad value for a message: never long, never multi-line. */
function shown(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const text = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
