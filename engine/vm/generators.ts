// %GeneratorPrototype%: next, return and throw resume a generator's kept frame through
// a 'resume' request, so the generator body runs as ordinary VM frames.
import { JSObject, Prop } from '../heap/object';
import { Value, WellKnown } from '../heap/values';
import { Msg, formatMessage } from '../errors/messages';
import type { Realm } from '../realm/realm';
import { GeneratorObject } from './machine';
import type { NativeGen } from '../heap/function';
import { installDynamicFunctionConstructor } from '../realm/builtins/Function';

export function installGenerators(realm: Realm): void {
  const proto = new JSObject(realm.IteratorPrototype);
  realm.GeneratorPrototype = proto;
  realm.intrinsics.set('%GeneratorPrototype%', proto);
  for (const mode of ['next', 'return', 'throw'] as const) {
    realm.method(proto, mode, 1, function* (thisArg: Value, args: Value[]): NativeGen {
      if (!(thisArg instanceof GeneratorObject)) {
        realm.throwError('TypeError', formatMessage(Msg.NotGeneric, `[Generator].prototype.${mode}`, describe(thisArg)));
      }
      return yield { kind: 'resume', generator: thisArg, mode, value: args[0] };
    }, { gen: true });
  }
  proto.props.set(WellKnown.toStringTag, new Prop('Generator', 4));
  const genFnProto = new JSObject(realm.FunctionPrototype);
  genFnProto.props.set('prototype', new Prop(proto, 4));
  genFnProto.props.set(WellKnown.toStringTag, new Prop('GeneratorFunction', 4));
  proto.props.set('constructor', new Prop(genFnProto, 4));
  realm.intrinsics.set('%GeneratorFunction.prototype%', genFnProto);
  const ctor = installDynamicFunctionConstructor(realm, 'generator', genFnProto);
  genFnProto.props.set('constructor', new Prop(ctor, 4));
  const asyncFnProto = new JSObject(realm.FunctionPrototype);
  asyncFnProto.props.set(WellKnown.toStringTag, new Prop('AsyncFunction', 4));
  realm.intrinsics.set('%AsyncFunction.prototype%', asyncFnProto);
  const asyncCtor = installDynamicFunctionConstructor(realm, 'async', asyncFnProto);
  asyncFnProto.props.set('constructor', new Prop(asyncCtor, 4));
}

function describe(v: Value): string {
  return v instanceof JSObject ? '#<Object>' : String(v);
}
