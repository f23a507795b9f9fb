// ES modules: run this file. `count` is a live binding: main reads counter.mjs's own
// variable, so it sees each change `increment()` makes. Step Into an import's first use
// and watch each module load: its creation phase (declarations hoisted, `let` and `const`
// in the TDZ), then its code, in the order Node evaluates them (dependencies first).
import { count, increment } from './counter.mjs';
import cart from './cart.cjs';

console.log('count starts at', count);
increment();
increment();
console.log('after two increments, count is', count);

cart.add('apple', 2);
cart.add('pear', 3);
console.log('the CommonJS cart holds', cart.total(), 'items');
