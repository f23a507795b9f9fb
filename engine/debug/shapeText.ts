// How the debugger names an object's hidden class: `#12 {} → {x} → {x, y}`, so a
// learner sees that {x, y} and {y, x} are different shapes reached by different paths.
import type { Shape } from '../heap/shape';
import { keyText } from '../ops/object';
import { LAZY } from '../heap/object';

/** Keys shown in one shape's braces before the rest is counted. */
const SHOWN_KEYS = 6;

/** One shape's keys: `{x, y}`, `{}`, or `{a, b, c, d, e, f, … 4 more}`. */
export function shapeKeysText(shape: Shape): string {
  const keys = shape.liveKeys().slice(0, SHOWN_KEYS).map(keyText);
  const more = shape.count - keys.length;
  return `{${keys.join(', ')}${more > 0 ? `, … ${more} more` : ''}}`;
}

/** The shape's id and its transition chain; a dictionary shape (one object's own) says so. */
export function shapeText(shape: Shape): string {
  if (shape.dictionary) return `#${shape.id} dictionary ${shapeKeysText(shape)}`;
  return `#${shape.id} ${shapeSteps(shape).join(' → ')}`;
}

/** Each transition from the empty shape: keys added, or a key's attributes changed (freeze, defineProperty). */
export function shapeSteps(shape: Shape): string[] {
  const chain = shape.chain();
  const steps: string[] = [];
  chain.forEach((s, i) => {
    const before = chain[i - 1];
    if (before === undefined || before.size !== s.size) { steps.push(shapeKeysText(s)); return; }
    const changed = s.flags.findIndex((f, k) => (f & ~LAZY) !== (before.flags[k] & ~LAZY));
    // A lazy value made on first use (a function's prototype) is not a change the program made.
    if (changed >= 0) steps.push(`${shapeKeysText(s)} (${keyText(s.keys[changed])} reconfigured)`);
  });
  return steps;
}
