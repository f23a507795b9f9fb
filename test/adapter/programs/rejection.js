console.log('before');
Promise.reject(new Error('nobody handles this'));
