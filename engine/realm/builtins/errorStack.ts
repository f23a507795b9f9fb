// Error objects whose `stack` is formatted on first read, as V8 does, so a subclass that
// sets `this.name` after super() sees that name in its stack. Knows nothing of the VM.
import { Descriptor, JSObject, METHOD_FLAGS, Prop } from '../../heap/object';
import { ErrorObject } from '../../heap/slots';
import { JSSymbol, PropertyKey, Value } from '../../heap/values';
import { UNCACHED_ROOT_SHAPE } from '../../heap/shape';

/** An Error instance; `stack` is an own data property whose text is settled lazily. */
export class LazyStackError extends ErrorObject {
  /** The captured `    at ...` lines while the text is not settled yet. */
  private pendingFrames: string | undefined;
  /** The header used when name or message cannot be read without running user code. */
  private fallbackHeader = 'Error';

  /** `stack` reads go through getOwn, so the VM's fast paths must not bypass it. */
  override get exotic(): boolean { return true; }
  static override rootShape = UNCACHED_ROOT_SHAPE;

  constructor(proto: JSObject | null) {
    super(proto);
    // V8 lists `stack` before `message`, so the slot is made first and filled later.
    this.put('stack', undefined, METHOD_FLAGS);
  }

  /** Records the frames; readers of raw props see the text as it would read right now. */
  captureStack(frames: string, header: string): void {
    this.pendingFrames = frames;
    this.fallbackHeader = header;
    this.rewriteStoredValue('stack', stackText(header, frames));
  }

  private settleStack(): void {
    const frames = this.pendingFrames;
    if (frames === undefined) return;
    this.pendingFrames = undefined;
    this.rewriteStoredValue('stack', stackText(plainErrorHeader(this) ?? this.fallbackHeader, frames));
  }

  override getOwn(key: PropertyKey): Prop | undefined {
    if (key === 'stack') this.settleStack();
    return super.getOwn(key);
  }

  override setOwnValue(key: PropertyKey, value: Value): boolean {
    if (key === 'stack') this.pendingFrames = undefined;
    return super.setOwnValue(key, value);
  }

  override defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    if (key === 'stack') this.settleStack();
    return super.defineOwn(key, desc);
  }

  override deleteOwn(key: PropertyKey): boolean {
    if (key === 'stack') this.pendingFrames = undefined;
    return super.deleteOwn(key);
  }
}

/** V8's stack text: the header, then the frames on their own lines when there are any. */
export function stackText(header: string, frames: string): string {
  const lines = frames.replace(/\n+$/, '');
  return lines === '' ? header : `${header}\n${lines}`;
}

/** `name: message` as Error.prototype.toString joins them. */
export function joinErrorHeader(name: string, message: string): string {
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

/**
 * Error.prototype.toString computed from data properties only, so it can run anywhere;
 * undefined when name or message would need user code (a getter, an object's toString).
 */
export function plainErrorHeader(o: JSObject): string | undefined {
  const name = plainText(o, 'name', 'Error');
  const message = plainText(o, 'message', '');
  return name === undefined || message === undefined ? undefined : joinErrorHeader(name, message);
}

function plainText(o: JSObject, key: string, absent: string): string | undefined {
  const p = o.lookup(key);
  if (p === undefined) return absent;
  if (p.isAccessor) return undefined;
  const v = p.value;
  if (v === undefined) return absent;
  if (v instanceof JSObject || v instanceof JSSymbol) return undefined;
  return String(v);
}
