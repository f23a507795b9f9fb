// Generated programs for the deep-nesting tests and the compile-time measurements: deep ones
// (n levels of one construct) and wide ones (n declarations, keys, cases, ... side by side).

const times = (n: number, f: (i: number) => string, sep = ''): string => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** n levels of one construct, each printing something that shows it ran to the bottom. */
export const deepPrograms = {
  plus: (n: number) => `let a = 1;\nconsole.log(${times(n, () => 'a', ' + ')});\n`,
  member: (n: number) => `const a = { n: 7 };\na.b = a;\nconsole.log(a${'.b'.repeat(n)}.n);\n`,
  call: (n: number) => `let calls = 0;\nfunction f() { calls++; return f; }\nf${'()'.repeat(n)};\nconsole.log(calls);\n`,
  assign: (n: number) => `let a;\na = ${'a = '.repeat(n)}5;\nconsole.log(a);\n`,
  arrays: (n: number) =>
    `const x = ${'['.repeat(n)}1${']'.repeat(n)};\nconsole.log(x);\nconst s = JSON.stringify(x);\n` +
    'console.log(s.length, String(x), JSON.stringify(JSON.parse(s)) === s);\n',
  arrows: (n: number) => `let f = ${'() => '.repeat(n)}42;\nfor (let i = 0; i < ${n}; i++) f = f();\nconsole.log(f);\n`,
  templates: (n: number) => `console.log(${'`<${'.repeat(n)}'x'${'}>`'.repeat(n)}.length);\n`,
  parens: (n: number) => `console.log(${'('.repeat(n)}1${')'.repeat(n)});\n`,
  objects: (n: number) => `const o = ${'{ a: '.repeat(n)}1${' }'.repeat(n)};\nconsole.log(o, JSON.stringify(o).length);\n`,
  blocks: (n: number) => `${'{ '.repeat(n)}console.log('in');${' }'.repeat(n)}\n`,
  elseIf: (n: number) =>
    `const x = ${n - 1};\nif (x === 0) console.log(0);\n${times(n - 1, (i) => `else if (x === ${i + 1}) console.log(${i + 1});\n`)}`,
};

/** n declarations (or keys, cases, ...) side by side in one scope or one expression. */
export const widePrograms = {
  lets: (n: number) => `${times(n, (i) => `let v${i} = ${i};\n`)}console.log(v${n - 1});\n`,
  vars: (n: number) => `${times(n, (i) => `var v${i} = ${i};\n`)}console.log(v${n - 1});\n`,
  functions: (n: number) => `${times(n, (i) => `function f${i}() { return ${i}; }\n`)}console.log(f${n - 1}());\n`,
  keys: (n: number) => `const o = {\n${times(n, (i) => `  k${i}: ${i},\n`)}};\nconsole.log(Object.keys(o).length);\n`,
  cases: (n: number) => `let y;\nswitch (${n - 1}) {\n${times(n, (i) => `  case ${i}: y = ${i}; break;\n`)}}\nconsole.log(y);\n`,
  elements: (n: number) => `const a = [\n${times(n, (i) => `  ${i},\n`)}];\nconsole.log(a.length);\n`,
  privates: (n: number) =>
    `class C {\n${times(n, (i) => `  #p${i} = ${i};\n  m${i}() { return this.#p${i}; }\n`)}}\nconsole.log(new C().m${n - 1}());\n`,
  concat: (n: number) => `const s =\n${times(n, (i) => `  '${i % 10}'`, ' +\n')};\nconsole.log(s.length);\n`,
};

/** A typical program of about `lines` lines: functions, classes, loops, objects and closures. */
export function typicalProgram(lines: number): string {
  const unit = (i: number): string => `
function area${i}(shape) {
  switch (shape.kind) {
    case 'circle': return Math.PI * shape.r ** 2;
    case 'square': return shape.side * shape.side;
    default: throw new Error(\`unknown shape \${shape.kind}\`);
  }
}
class Counter${i} {
  #count = 0;
  increment(by = 1) { this.#count += by; return this; }
  get value() { return this.#count; }
}
const shapes${i} = [{ kind: 'circle', r: ${i % 7} }, { kind: 'square', side: ${i % 5} }];
let total${i} = 0;
for (const s of shapes${i}) total${i} += area${i}(s);
const counter${i} = new Counter${i}().increment(${i}).increment();
const { value: v${i} } = counter${i};
const make${i} = (base) => (x) => base + x * ${i};
if (total${i} > 1e9 || v${i} !== ${i + 1}) console.log('unexpected', ${i});
`;
  const perUnit = unit(0).split('\n').length - 1;
  return `${times(Math.max(1, Math.round(lines / perUnit)), unit)}console.log('done');\n`;
}
