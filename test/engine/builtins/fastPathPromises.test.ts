// The synchronous fast paths of Promise.prototype.then and Promise.resolve, beside their
// fallbacks (a subclass, a `constructor` getter, a changed @@species, a thenable, a proxy), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const log = [];
const p = Promise.resolve(1);
const q = p.then((v) => { log.push('then ' + v); return v + 1; });
q.then((v) => log.push('second ' + v));
p.then(undefined, () => log.push('never')).then((v) => log.push('passed ' + v));
Promise.reject(new Error('no')).then(() => log.push('never')).catch((e) => log.push('caught ' + e.message));
console.log(p === Promise.resolve(p), q instanceof Promise, Promise.resolve(undefined) !== Promise.resolve(undefined));
setTimeout(() => console.log(log.join(', ')));`,
    out: `true true true
then 1, second 2, passed 1, caught no`,
  },
  {
    src: `class MyPromise extends Promise {}
const m = MyPromise.resolve(1);
const derived = m.then((v) => v);
console.log(m instanceof MyPromise, derived instanceof MyPromise, Promise.resolve(m) === m, MyPromise.resolve(m) === m, Promise.resolve.call(MyPromise, 2) instanceof MyPromise);`,
    out: `true true false true true`,
  },
  {
    src: `const log = [];
const p = Promise.resolve('x');
Object.defineProperty(p, 'constructor', { get() { log.push('constructor read'); return Promise; } });
p.then((v) => log.push('then ' + v));
console.log(Promise.resolve(p) === p, log.join());
setTimeout(() => console.log(log.join()));`,
    out: `true constructor read,constructor read
constructor read,constructor read,then x`,
  },
  {
    src: `const log = [];
const original = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
Object.defineProperty(Promise, Symbol.species, { get() { log.push('species'); return undefined; }, configurable: true });
Promise.resolve(1).then((v) => log.push('then ' + v));
Object.defineProperty(Promise, Symbol.species, original);
Promise.resolve(2).then((v) => log.push('after ' + v));
setTimeout(() => console.log(log.join()));`,
    out: `species,then 1,after 2`,
  },
  {
    src: `const log = [];
const thenable = { get then() { log.push('then read'); return (res) => res('from thenable'); } };
Promise.resolve(thenable).then((v) => log.push(v));
Promise.resolve(5).then((v) => log.push('five ' + v));
log.push('sync');
setTimeout(() => console.log(log.join()));`,
    out: `then read,sync,five 5,from thenable`,
  },
  {
    src: `try { Promise.prototype.then.call({}, () => 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise.resolve.call(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
const proxied = Object.setPrototypeOf(Promise.resolve(3), new Proxy(Promise.prototype, {}));
proxied.then((v) => console.log('through a proxy prototype', v));`,
    out: `TypeError Method Promise.prototype.then called on incompatible receiver #<Object>
TypeError PromiseResolve called on non-object
through a proxy prototype 3`,
  },
];

describeRows('fast paths: promises, and their fallbacks', rows);
