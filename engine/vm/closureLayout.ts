// The own properties every closure is born with (length, name, the sloppy poison pair,
// prototype), as one shared shape per kind of function, so making a closure writes a
// slot array instead of adding keys one by one. `prototype` is made on first use.
import type { FunctionCode } from '../bytecode/code';
import { CONFIGURABLE, CONSTANT_FLAGS, JSObject, LAZY, LazyValue, METHOD_FLAGS, WRITABLE } from '../heap/object';
import { EMPTY_SHAPE, type Shape } from '../heap/shape';
import type { Realm } from '../realm/realm';

type PrototypeKind = 'none' | 'object' | 'generator' | 'asyncGenerator';

interface Layout { readonly shape: Shape; readonly poison: boolean; readonly prototype: PrototypeKind }

const base = EMPTY_SHAPE.adding('length', CONFIGURABLE).adding('name', CONFIGURABLE);
const poisoned = base.adding('arguments', CONSTANT_FLAGS).adding('caller', CONSTANT_FLAGS);
const layouts = new WeakMap<FunctionCode, Layout>();

function layoutOf(code: FunctionCode): Layout {
  let l = layouts.get(code);
  if (l !== undefined) return l;
  // Node's module wrapper is an ordinary sloppy function too.
  const plain = code.kind === 'normal' || code.kind === 'module';
  const poison = plain && !code.strict && !code.isGenerator && !code.isAsync;
  const prototype: PrototypeKind = code.isGenerator ? (code.isAsync ? 'asyncGenerator' : 'generator') : plain && !code.isAsync ? 'object' : 'none';
  const start = poison ? poisoned : base;
  l = { shape: prototype === 'none' ? start : start.adding('prototype', WRITABLE | LAZY), poison, prototype };
  layouts.set(code, l);
  return l;
}

/** Per realm: the makers of a function's `prototype` object, by kind. */
export class LazyPrototypes {
  private readonly makers: Record<Exclude<PrototypeKind, 'none'>, LazyValue>;

  constructor(realm: Realm) {
    this.makers = {
      object: new LazyValue((fn) => {
        const proto = new JSObject(realm.ObjectPrototype);
        proto.put('constructor', fn, METHOD_FLAGS);
        return proto;
      }),
      generator: new LazyValue(() => new JSObject(realm.GeneratorPrototype)),
      asyncGenerator: new LazyValue(() => new JSObject(realm.intrinsic('%AsyncGeneratorPrototype%'))),
    };
  }

  /** Gives a new closure of `code` its own properties. */
  install(fn: JSObject, code: FunctionCode): void {
    const l = layoutOf(code);
    const slots: unknown[] = l.poison ? [code.length, code.name, null, null] : [code.length, code.name];
    if (l.prototype !== 'none') slots.push(this.makers[l.prototype]);
    fn.adoptShape(l.shape, slots);
  }
}
