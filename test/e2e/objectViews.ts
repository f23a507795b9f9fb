// End-to-end check of how the Variables pane draws what issue 10 added: a `with`
// statement's object as a With Block scope, a proxy as Chrome draws it (without running
// its traps) and a typed array with its elements.
import type { Check, Scenario } from './checks';
import { debugToStatement } from './largeValues';
import { waitUntil } from './util';
import type { Workbench } from './workbench';

export const OBJECT_PROGRAMS: Record<string, string> = {
  'object-scopes.js': [
    'const watched = new Proxy({ a: 1 }, { get() { throw new Error("a trap ran"); } });',
    'const bytes = new Uint8Array([1, 2, 3]);',
    "with ({ shade: 'blue' }) {",
    '  debugger;',
    '}',
    '',
  ].join('\n'),
  'shapes.js': [
    'const a = { x: 1, y: 2 };',
    'const c = { y: 3, x: 4 };',
    'debugger;',
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

/** Expands the Variables pane row whose label starts with `labelStart`. */
async function expandVariable(wb: Workbench, labelStart: string): Promise<void> {
  const row = wb.page.locator(`.debug-variables .monaco-list-row[aria-label^="${labelStart}"]`).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await waitUntil(`the row ${labelStart} to be expanded`, () => row.getAttribute('aria-expanded'), (v) => v === 'true', 10_000);
}

const shapes: Check = {
  id: 'object-shapes',
  name: 'Variables: [[Shape]] names each object\'s hidden class; {x, y} and {y, x} have different transition chains',
  run: async (ctx) => {
    const { wb } = ctx;
    // The scenario's first check leaves its session paused.
    await wb.stopDebugging();
    await wb.waitSessionEnded();
    await debugToStatement(ctx, 'shapes.js', OBJECT_PROGRAMS['shapes.js']);
    await wb.collapseScope('Scope chain');
    await wb.expandScope('Local');
    // One object at a time, so its rows fit the pane whatever the sections below take.
    const shapeOf = async (labelStart: string): Promise<string> => {
      await expandVariable(wb, labelStart);
      const rows = await waitUntil(`the [[Shape]] row of ${labelStart}`, () => wb.variables(), (r) => r.some((v) => v.startsWith('[[Shape]]')), 15_000);
      return rows.find((v) => v.startsWith('[[Shape]]')) ?? '';
    };
    const shownA = await shapeOf('a, value');
    await wb.page.locator('.debug-variables .monaco-list-row[aria-label^="a, value"]').first().click();
    await waitUntil('a to fold again', () => wb.variables(), (r) => !r.some((v) => v.startsWith('[[Shape]]')), 10_000);
    const shown = [shownA, await shapeOf('c, value')];
    if (!/\{\} → \{x\} → \{x, y\}/.test(shown[0]) || !/\{\} → \{y\} → \{y, x\}/.test(shown[1])) throw new Error(`unexpected [[Shape]] rows: ${shown.join(' | ')}`);
    await ctx.shot('shapes');
    return shown.join('; ');
  },
};

export const objectViews: Scenario = { name: 'object-scopes.js: with, Proxy, typed arrays and shapes in the Variables pane', checks: [withProxyTypedArray, shapes] };
