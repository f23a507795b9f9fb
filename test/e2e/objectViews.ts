// End-to-end check of how the Variables pane draws what issue 10 added: a `with`
// statement's object as a With Block scope, a proxy as Chrome draws it (without running
// its traps) and a typed array with its elements.
import type { Check, Scenario } from './checks';
import { debugToStatement } from './largeValues';

export const OBJECT_PROGRAMS: Record<string, string> = {
  'object-scopes.js': [
    'const watched = new Proxy({ a: 1 }, { get() { throw new Error("a trap ran"); } });',
    'const bytes = new Uint8Array([1, 2, 3]);',
    "with ({ shade: 'blue' }) {",
    '  debugger;',
    '}',
    '',
  ].join('\n'),
};

const withProxyTypedArray: Check = {
  id: 'with-proxy-typed-array',
  name: 'Variables: a With Block scope holds the with object\'s property; a proxy shows as Proxy(Object) without running its trap; a typed array shows its elements',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, 'object-scopes.js', OBJECT_PROGRAMS['object-scopes.js']);
    await wb.collapseScope('Scope chain');
    await wb.expandScope('With Block');
    const withRows = await wb.waitScopeVariables('With Block', 'shade = "blue"', (r) => r.some((v) => /^shade, value "blue"/.test(v)));
    await wb.expandScope('Local');
    const local = await wb.waitScopeVariables('Local', 'the proxy and the typed array', (r) =>
      r.some((v) => /^watched, value Proxy\(Object\)/.test(v)) && r.some((v) => /^bytes, value Uint8Array\(3\)/.test(v)));
    await ctx.shot('scopes');
    const shown = (re: RegExp, rows: string[]) => rows.find((v) => re.test(v)) ?? '';
    return `With Block: ${shown(/^shade/, withRows)}; Local: ${shown(/^watched/, local)}; ${shown(/^bytes/, local)}`;
  },
};

export const objectViews: Scenario = { name: 'object-scopes.js: with, Proxy and typed arrays in the Variables pane', checks: [withProxyTypedArray] };
