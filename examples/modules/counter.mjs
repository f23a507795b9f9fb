// Exports a binding, not a value: importers always read the current `count`.
export let count = 0;

export function increment() {
  count += 1;
}
