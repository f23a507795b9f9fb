// The Variables view of built-ins whose state lives in engine fields (URL, URLSearchParams,
// AbortSignal, Event, EventTarget, Intl): their internal slots, table-driven.
import assert from 'node:assert/strict';
import { pausedAt } from '../helpers/pausedRun';

const rows: { src: string; out: string }[] = [
  { src: `const v = new URL('HTTPS://A.b/x?q=1');`, out: `[[URL]]="https://a.b/x?q=1"` },
  { src: `const u = new URL('http://h/?a=1'); const v = u.searchParams; v.append('b', '2 3');`, out: `[[Query]]="a=1&b=2+3"` },
  { src: `const c = new AbortController(); c.signal.onabort = () => {}; c.abort('why'); const v = c.signal;`, out: `[[Aborted]]=true [[Reason]]="why" [[Listeners: abort]]=1` },
  { src: `const v = new EventTarget(); v.addEventListener('go', () => {}); v.addEventListener('go', () => {});`, out: `[[Listeners: go]]=2` },
  { src: `const v = new Event('tick');`, out: `[[Type]]="tick" [[Target]]=null` },
  { src: `const v = new Intl.NumberFormat('en-US', { style: 'percent' });`, out: `[[Locale]]="en-US"` },
  { src: `const v = new Intl.Locale('fr', { region: 'CA' });`, out: `[[Locale]]="fr-CA"` },
];

describe('engine debugger: internal slots of the web built-ins and Intl', () => {
  for (const row of rows) {
    it(row.src, () => {
      const { dbg } = pausedAt(row.src);
      const r = dbg.evaluate('v');
      assert.ok(r.ok);
      const slots = dbg.children(r.value.handle, { filter: 'named' })
        .filter((c) => c.name.startsWith('[[') && c.name !== '[[Prototype]]')
        .map((c) => `${c.name}=${c.value.preview}`);
      assert.equal(slots.join(' '), row.out);
    });
  }
});
