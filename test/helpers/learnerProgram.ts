// A realistic big file for start-up measurements: typical learner and library code
// (functions, classes, object literals, closures, loops), most of it never called.

/** One unit of library-like code, about 60 lines; only `main${i}` is called at top level. */
function unit(i: number): string {
  return `
// ---- module ${i} ----
const config${i} = {
  name: 'module${i}',
  retries: ${i % 5},
  limits: { min: 0, max: ${100 + i} },
  tags: ['a${i}', 'b${i}', 'c${i}'],
  describe() { return this.name + ' (' + this.tags.join(', ') + ')'; },
};

function clamp${i}(value, min = config${i}.limits.min, max = config${i}.limits.max) {
  if (value < min) return min;
  if (value > max) return max;
  return value;
}

function groupBy${i}(items, keyOf) {
  const out = {};
  for (const item of items) {
    const key = keyOf(item);
    (out[key] ??= []).push(item);
  }
  return out;
}

function* range${i}(from, to, step = 1) {
  for (let n = from; n < to; n += step) yield n;
}

async function fetchAll${i}(urls, load) {
  const results = [];
  for (const url of urls) {
    try {
      results.push(await load(url));
    } catch (err) {
      console.error('failed', url, err.message);
    }
  }
  return results;
}

class Account${i} {
  #balance = 0;
  static count = 0;
  constructor(owner, opening = 0) {
    this.owner = owner;
    this.#balance = opening;
    Account${i}.count++;
  }
  deposit(amount) {
    if (amount <= 0) throw new RangeError('amount must be positive');
    this.#balance += amount;
    return this;
  }
  get balance() { return this.#balance; }
  toString() { return \`\${this.owner}: \${this.#balance}\`; }
}

class Savings${i} extends Account${i} {
  constructor(owner, rate) {
    super(owner);
    this.rate = rate;
  }
  addInterest() { return this.deposit(this.balance * this.rate); }
}

function makeCounter${i}(start) {
  let count = start;
  return {
    inc: () => ++count,
    dec: () => --count,
    reset() { count = start; },
  };
}

const handlers${i} = {
  click(e) { return e.target; },
  keydown: function (e) { return e.key === 'Enter' ? 'submit' : 'type'; },
  resize: (w, h) => ({ w, h, area: w * h }),
};

function main${i}() {
  return clamp${i}(${i}, 0, 10) + config${i}.tags.length;
}
let total${i} = main${i}();
`;
}

/** About `lines` lines of code, ending with one console.log of a sum of the units' results. */
export function learnerProgram(lines: number): string {
  const perUnit = unit(0).split('\n').length - 1;
  const n = Math.max(1, Math.round(lines / perUnit));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(unit(i));
  return `${parts.join('')}console.log('done', ${n});\n`;
}
