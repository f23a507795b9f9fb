// Keeps every object it makes: runs out of heap.
function grow(list) {
  while (true) list.push({ x: list.length });
}
grow([]);
