console.log('to stdout');
console.info('info too');
console.warn('a warning');
console.error('an error');
