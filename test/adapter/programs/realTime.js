console.log('waiting');
setTimeout(function late() {
  console.log('late');
}, 1500);
