// Generator-like objects whose frames the VM keeps while they are suspended: generators,
// and the hidden state of async functions. No behaviour here (machine.ts drives them).
import { JSObject } from '../heap/object';
import type { PromiseObject } from '../heap/slots';
import type { Frame } from './frame';

/** Generator object slots; the generator's frame is kept while suspended. */
export class GeneratorObject extends JSObject {
  override className = 'Generator';
  state: 'suspendedStart' | 'suspendedYield' | 'executing' | 'awaiting' | 'completed' = 'suspendedStart';
  constructor(proto: JSObject | null, public frame: Frame | null) {
    super(proto);
  }
}

/** An async function's suspended frame and the promise its caller got. */
export class AsyncFunctionState extends GeneratorObject {
  override className = 'AsyncFunction';
  /** The caller already has the promise (the function awaited at least once). */
  delivered = false;
  constructor(readonly promise: PromiseObject, frame: Frame) {
    super(null, frame);
    this.state = 'executing';
  }
}

