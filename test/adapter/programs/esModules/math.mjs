export let total = 0;
console.log('math.mjs evaluates');
export function add(a, b) {
  total += a + b;
  return total;
}
export const later = 'set after';
