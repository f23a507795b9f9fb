// The three bindings a function's (or a program's) own scope starts with: this, the
// function itself and new.target. Names and slot numbers only; knows nothing of the VM.
import type { ScopeInfo } from './scope';

/** Starts with '%' (ScopeInfo.isHidden) so user code cannot name it; the debugger's views filter on it. */
export const THIS_NAME = '%this';
/** The running function: super property lookups and super() start from it. */
export const FUNCTION_NAME = '%fn';
export const NEW_TARGET_NAME = '%nt';

/** Where the three sit, in the order `declareSpecialSlots` adds them; a const enum so a read costs nothing. */
export const enum SpecialSlot {
  This = 0,
  Function = 1,
  NewTarget = 2,
}

/** Adds this, the function and new.target as the scope's first three slots. */
export function declareSpecialSlots(info: ScopeInfo): void {
  info.add(THIS_NAME, 'this');
  info.add(FUNCTION_NAME, 'this');
  info.add(NEW_TARGET_NAME, 'newTarget');
}

/** https://tc39.es/ecma262/#sec-function-environment-records-hasthisbinding (false for an arrow's or a block's scope). */
export function hasThisBinding(info: ScopeInfo): boolean {
  return info.names[SpecialSlot.This] === THIS_NAME;
}
