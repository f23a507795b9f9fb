// How executed work moves the virtual clock: a fixed cost per VM instruction, so the same
// program reads the same times on every run, with or without a debugger attached.

/**
 * Virtual nanoseconds per instruction. A simple loop of 1e6 iterations (about 20
 * instructions each) then takes 21 ms, where Node 20 takes 3 to 13 ms; fib(25) 4 ms, Node
 * 1 to 10 ms. (At 4 ns the loop took 84 ms, too slow beside Node.)
 */
export const NS_PER_INSTRUCTION = 1;

/**
 * Reading the clock (Date.now(), new Date(), performance.now()) counts as this many
 * instructions: in Node a read costs some 35 ns (a busy-wait does 2.9 million reads in
 * 100 ms), far more than a simple operation. It also keeps a busy-wait on the clock short
 * in real time: 100 virtual ms are 1.4 million iterations, about 0.25 s of CPU.
 */
export const CLOCK_READ_INSTRUCTIONS = 50;

/**
 * The loop running a callback (a timer's, an immediate's, an I/O, message or close
 * callback) counts as this many instructions: in Node a turn with one setImmediate costs
 * some 1.7 to 2 µs (a chain of 200,000 takes 0.35 to 0.42 s on Node 20). So time passes
 * in a long chain of immediates and I/O completes in between, as in Node, where before it
 * waited for the chain to end. nextTicks and microtasks cost nothing extra.
 */
export const CALLBACK_INSTRUCTIONS = 1000;

/** Virtual milliseconds that `instructions` instructions take. */
export function workMs(instructions: number): number {
  return (instructions * NS_PER_INSTRUCTION) / 1e6;
}

/**
 * `start + t` in ms since the epoch (`start` whole), never rounded up into the next whole
 * ms: at the epoch's size a double keeps only a quarter µs, and Date.now() must agree with
 * the loop's whole-ms time.
 */
export function epochMs(start: number, t: number): number {
  const whole = start + Math.floor(t);
  const r = start + t;
  return r >= whole + 1 ? whole : r;
}
