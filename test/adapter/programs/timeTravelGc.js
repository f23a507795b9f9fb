let target = { big: true };
const ref = new WeakRef(target);
target = null;
setTimeout(() => {
  const seen = ref.deref() === undefined ? 'collected' : 'alive';
  console.log(seen);
}, 0);
