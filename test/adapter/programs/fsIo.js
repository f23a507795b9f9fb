const fs = require('fs');
fs.readFile('fs-data.txt', 'utf8', function onRead(err, text) {
  console.log('io', text.trim());
  fs.writeFileSync('fs-data.txt', 'changed in memory');
  console.log(fs.readFileSync('fs-data.txt', 'utf8'));
});
setTimeout(function onTimer() { console.log('timer 5'); }, 5);
debugger;
