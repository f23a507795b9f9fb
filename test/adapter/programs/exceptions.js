function risky(v) {
  if (v > 1) throw new TypeError('too big: ' + v);
  return v;
}
try {
  risky(2);
} catch (e) {
  console.log('caught', e.message);
}
risky(3);
