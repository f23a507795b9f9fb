function makeCounter() {
  let count = 0;
  return () => {
    count++;
    return count;
  };
}
const next = makeCounter();
next();
