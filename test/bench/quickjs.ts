// QuickJS (a bytecode engine in C) compiled to wasm by quickjs-emscripten, run in this
// process. The wasm module is loaded and warmed up once, before any timing; each run gets
// a new runtime and context, and that setup is part of the run's time (its start-up).
import { getQuickJS, type QuickJSContext, type QuickJSWASMModule } from 'quickjs-emscripten';
import { now } from './clock';
import { errorText, type Engine, type Outcome } from './engines';

/** console.log inside QuickJS: String() of each argument, joined by spaces, handed out as one line. */
const CONSOLE = "globalThis.console = { log: function () { __print(Array.prototype.map.call(arguments, String).join(' ')); } };";

/** Evaluates `code`; returns the thrown value's text, or null when it completed. */
function evaluate(vm: QuickJSContext, code: string, file: string): string | null {
  const result = vm.evalCode(code, file);
  if (!result.error) {
    result.value.dispose();
    return null;
  }
  const thrown: unknown = vm.dump(result.error);
  result.error.dispose();
  const e = thrown as { name?: string; message?: string };
  return typeof e === 'object' && e !== null && e.message !== undefined ? `${e.name}: ${e.message}` : String(thrown);
}

/** Runs the program and then its promise jobs; the thrown value's text, or null when it completed. */
function runProgram(module: QuickJSWASMModule, source: string, file: string, lines: string[], interrupt: () => boolean): string | null {
  const runtime = module.newRuntime();
  runtime.setInterruptHandler(interrupt);
  const vm = runtime.newContext();
  try {
    const print = vm.newFunction('__print', (line) => {
      lines.push(vm.getString(line));
    });
    vm.setProp(vm.global, '__print', print);
    print.dispose();
    const failed = evaluate(vm, CONSOLE, 'console.js') ?? evaluate(vm, source, file);
    if (failed !== null) return failed;
    const jobs = runtime.executePendingJobs(-1);
    if (!jobs.error) return null;
    const thrown = String(vm.dump(jobs.error));
    jobs.error.dispose();
    return thrown;
  } finally {
    vm.dispose();
    runtime.dispose();
  }
}

/**
 * Touches the interpreter's common paths once: V8 compiles a wasm function on its first call,
 * a cost of loading the module that would otherwise fall on the first program timed.
 */
const WARM_UP = `var o = [];
for (var i = 0; i < 20000; i++) o.push({ i: i, s: 'k' + i, f: function (x) { return x * 2; } });
o.sort(function (a, b) { return b.i - a.i; });
console.log(JSON.parse(JSON.stringify(o.slice(0, 100))).length + o[0].f(o[1].s.charCodeAt(1)));
`;

/** Loads and warms up the wasm module (the one-off cost left out of every run's time). */
export async function quickJS(): Promise<Engine> {
  const module = await getQuickJS();
  const failed = runProgram(module, WARM_UP, 'warmUp.js', [], () => false);
  if (failed !== null) throw new Error(`QuickJS failed its warm-up: ${failed}`);
  return {
    name: 'QuickJS',
    run(source, file, limitMs): Outcome {
      const lines: string[] = [];
      let timedOut = false;
      const start = now();
      // Called by QuickJS every few thousand operations: true stops the program.
      const interrupt = () => (timedOut ||= now() - start > limitMs);
      try {
        const failed = runProgram(module, source, file, lines, interrupt);
        const ms = now() - start;
        if (timedOut) return { lines, ms, timedOut };
        return failed === null ? { lines, ms } : { lines, ms, error: `uncaught: ${failed}` };
      } catch (e) {
        return { lines, ms: now() - start, error: `threw ${errorText(e)}` };
      }
    },
  };
}
