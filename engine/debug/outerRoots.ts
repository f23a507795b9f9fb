// The roots a heap diagram shows besides the frames: the globals the program made and the
// callbacks of pending timers and their arguments, which keep what they close over alive (the forgotten
// setInterval leak).
import type { EventLoop, Task, Timer } from '../loop/eventLoop';
import type { JSObject } from '../heap/object';
import type { OuterRoot } from './heapGraph';

const TIMER_FUNCTION = { timeout: 'setTimeout', interval: 'setInterval', immediate: 'setImmediate' } as const;

/** `userGlobals` in creation order, then every timer that will still run, by id. */
export function outerRoots(global: JSObject, userGlobals: Iterable<string>, loop: EventLoop, current: Task | null): OuterRoot[] {
  const roots: OuterRoot[] = [];
  for (const name of userGlobals) {
    const p = global.getOwn(name);
    if (p !== undefined && !p.isAccessor) roots.push({ scope: 'Global', name, value: p.value });
  }
  const pending = new Map<number, Timer>();
  const add = (t: Timer): void => { if (!t.cleared) pending.set(t.id, t); };
  for (const t of loop.timers.values()) add(t);
  loop.immediates.forEach(add);
  loop.macrotasks.forEach(add);
  // A running interval is out of the queues until its callback returns, but it will run again.
  if (current?.kind === 'timer' && current.timer.kind === 'interval') add(current.timer);
  for (const t of [...pending.values()].sort((a, b) => a.id - b.id)) {
    const name = `${TIMER_FUNCTION[t.kind]} #${t.id}`;
    roots.push({ scope: 'Timers', name, value: t.callback });
    t.args.forEach((arg, i) => roots.push({ scope: 'Timers', name: `${name} argument ${i + 1}`, value: arg }));
  }
  return roots;
}
