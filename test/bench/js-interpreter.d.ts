// The few parts of Neil Fraser's JS-Interpreter (npm `js-interpreter`, which ships no
// types) that the benchmark uses.
declare module 'js-interpreter' {
  /** A value inside the interpreter: primitives are themselves, objects are pseudo objects. */
  type PseudoValue = string | number | boolean | null | undefined | PseudoObject;
  interface PseudoObject {
    readonly properties: Record<string, PseudoValue>;
  }

  class Interpreter {
    constructor(code: string, initFunc?: (interpreter: Interpreter, globalObject: PseudoObject) => void);
    readonly OBJECT_PROTO: PseudoObject;
    /** Executes one step; false once there is nothing left to run. */
    step(): boolean;
    run(): boolean;
    createObjectProto(proto: PseudoObject | null): PseudoObject;
    createNativeFunction(fn: (...args: PseudoValue[]) => PseudoValue, isConstructor: boolean): PseudoObject;
    setProperty(obj: PseudoObject, name: string, value: PseudoValue): void;
  }

  export = Interpreter;
}
