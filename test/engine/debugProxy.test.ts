// The debugger's view of a proxy, as Chrome DevTools shows one: a `Proxy(Object)` preview and
// the [[Handler]], [[Target]] and [[IsRevoked]] slots, read without running any trap.
import assert from 'node:assert/strict';
import { evaluateValue, pausedAt } from '../helpers/pausedRun';

/** Every trap counts its calls in `calls`, so a test can see that none ran. */
const COUNTING = `let calls = 0;
const counting = {};
for (const t of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct']) {
  counting[t] = (...args) => { calls++; return Reflect[t](...args); };
}`;

interface Row { src: string; preview: string; children: string }

const rows: Row[] = [
  { src: `new Proxy({ a: 1, b: 'x' }, counting)`, preview: `Proxy(Object) {a: 1, b: "x"}`, children: `[[Handler]]={get: ƒ (...args), set: ƒ (...args), has: ƒ (...args), deleteProperty: ƒ (...args), ownKeys: ƒ (...args), …} [[Target]]={a: 1, b: "x"} [[IsRevoked]]=false` },
  { src: `new Proxy(function add(a, b) { return a + b; }, counting)`, preview: `Proxy(Function) ƒ add(a, b)`, children: `[[Handler]]={get: ƒ (...args), set: ƒ (...args), has: ƒ (...args), deleteProperty: ƒ (...args), ownKeys: ƒ (...args), …} [[Target]]=ƒ add(a, b) [[IsRevoked]]=false` },
  { src: `new Proxy([1, 2], counting)`, preview: `Proxy(Array) (2) [1, 2]`, children: `[[Handler]]={get: ƒ (...args), set: ƒ (...args), has: ƒ (...args), deleteProperty: ƒ (...args), ownKeys: ƒ (...args), …} [[Target]]=(2) [1, 2] [[IsRevoked]]=false` },
  { src: `(() => { const r = Proxy.revocable({}, counting); r.revoke(); return r.proxy; })()`, preview: `Proxy {}`, children: `[[Handler]]=null [[Target]]=null [[IsRevoked]]=true` },
];

describe('engine debugger: proxies', () => {
  for (const row of rows) {
    it(row.src, () => {
      const { dbg } = pausedAt(`${COUNTING}\nconst v = ${row.src};`);
      const r = dbg.evaluate('v');
      assert.ok(r.ok);
      const view = r.value;
      assert.equal(view.preview, row.preview);
      const children = dbg.children(view.handle).map((c) => `${c.name}=${c.value.preview}`).join(' ');
      assert.equal(children, row.children);
      const calls = evaluateValue(dbg, 'calls');
      assert.ok(calls.ok);
      assert.equal(calls.value, 0, 'no trap ran');
    });
  }
});
