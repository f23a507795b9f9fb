// Golden stops: a closure keeps its outer bindings alive after the outer function returned.
function makeCounter(start) {
  let count = start;
  return function next() {
    count++;
    debugger; // inside the closure: count lives in the Closure scope of makeCounter
    return count;
  };
}

const counter = makeCounter(10);
counter();
const remember = ((label) => () => {
  debugger; // an arrow's closure over a parameter
  return label;
})('captured');
remember();
