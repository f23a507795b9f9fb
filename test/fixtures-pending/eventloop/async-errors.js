// errors in async functions become rejections that try/catch around await can handle
async function fails() {
  await null;
  throw new TypeError('async failure');
}
async function main() {
  try {
    await fails();
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
  const results = await Promise.allSettled([fails(), Promise.resolve('fine')]);
  console.log(results.map((r) => r.status + ':' + (r.value ?? r.reason.message)));
  return 'main done';
}
main().then(console.log);
console.log('main started');
