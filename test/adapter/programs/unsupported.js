// Reaches a feature Glassbox does not implement inside try/catch/finally.
console.log('before');
try {
  new SharedArrayBuffer(8);
} catch (e) {
  console.log('caught');
} finally {
  console.log('finally');
}
