// setInterval re-arms until cleared; clearTimeout cancels a pending timer
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(id);
    console.log('cleared');
  }
}, 5);
const cancelled = setTimeout(() => console.log('never printed'), 7);
clearTimeout(cancelled);
setTimeout(() => console.log('long after the interval, n =', n), 500);
