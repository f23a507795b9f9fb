function makeGarbage() {
  const temp = { big: [1, 2, 3] };
  return temp.big.length;
}
const kept = { name: 'kept' };
makeGarbage();
gc();
console.log(kept.name);
debugger;
