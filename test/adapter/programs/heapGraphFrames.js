function inner(data) {
  const local = { inner: true };
  debugger;
  return local;
}
const outerObject = { outer: true };
inner([1, 2]);
