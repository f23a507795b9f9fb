// time-travel.js: "when did total become NaN?" A basket adds up its prices, but one price
// came in as text and the total ends up NaN. Run to the `debugger` at the end, then:
// - right-click `total` in the Variables pane → Break on Value Change, and press Reverse
//   Continue (in the debug toolbar): the run goes back to just after the last change of
//   total, "total: 37.5 → NaN (line 19)";
// - press Step Back once: you stand on line 19 before it ran, `total` is 37.5 and `item` is
//   the olives, whose price is text. Step Back again to walk further back, Continue to go
//   forwards (the same future replays);
// - in the Event Loop view, click a mark of the timeline strip to jump to that task.

const basket = [
  { name: 'bread', price: 2.5 },
  { name: 'cheese', price: 35 },
  { name: 'olives', price: '4.20 EUR' },
  { name: 'water', price: 0.9 },
];

let total = 0;
for (const item of basket) {
  total = total + Number(item.price);
}

setTimeout(function checkout() {
  debugger;
  console.log('total to pay:', total);
}, 10);
