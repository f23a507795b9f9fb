// promise chaining: values and thrown errors travel down the chain to then/catch/finally
Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => {
    throw new Error('failed at ' + v);
  })
  .then(() => console.log('skipped'))
  .catch((e) => {
    console.log('caught:', e.message);
    return 'recovered';
  })
  .finally(() => console.log('finally (no argument)'))
  .then((v) => console.log('after finally:', v));
Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 5))]).then((vs) => console.log('all:', vs));
Promise.allSettled([Promise.reject(new Error('no')), 1]).then((rs) => console.log(rs.map((r) => r.status)));
Promise.race([new Promise((r) => setTimeout(() => r('slow'), 10)), new Promise((r) => setTimeout(() => r('fast'), 1))]).then((v) => console.log('race:', v));
Promise.any([Promise.reject(new Error('x')), Promise.resolve('any ok')]).then((v) => console.log(v));
