// %GeneratorPrototype%: next, return and throw resume a generator's kept frame through
// a 'resume' request, so the generator body runs as ordinary VM frames.
import { CONFIGURABLE, JSObject } from '../heap/object';
import { Value, WellKnown } from '../heap/values';
import { Msg, formatMessage } from '../errors/messages';
import type { Realm } from '../realm/realm';
import { GeneratorObject } from './generatorObjects';
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
  linkFunctionKind(realm, 'generator', proto);
  linkFunctionKind(realm, 'async', undefined);
}

const KIND_TAGS = { generator: 'Generator', async: 'Async', asyncGenerator: 'AsyncGenerator' } as const;

/**
 * The objects behind one kind of function: %XFunction.prototype% (tagged, with its
 * constructor such as GeneratorFunction) and, for generators, its link to the instances'
 * prototype (%GeneratorPrototype% and friends).
 */
export function linkFunctionKind(realm: Realm, kind: keyof typeof KIND_TAGS, instanceProto: JSObject | undefined): void {
  const tag = KIND_TAGS[kind];
  const fnProto = new JSObject(realm.FunctionPrototype);
  fnProto.put(WellKnown.toStringTag, `${tag}Function`, CONFIGURABLE);
  if (instanceProto) {
    instanceProto.put(WellKnown.toStringTag, tag, CONFIGURABLE);
    fnProto.put('prototype', instanceProto, CONFIGURABLE);
    instanceProto.put('constructor', fnProto, CONFIGURABLE);
  }
  realm.intrinsics.set(`%${tag}Function.prototype%`, fnProto);
  const ctor = installDynamicFunctionConstructor(realm, kind, fnProto);
  fnProto.put('constructor', ctor, CONFIGURABLE);
}

function describe(v: Value): string {
  return v instanceof JSObject ? '#<Object>' : String(v);
}
