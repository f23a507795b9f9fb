const fs = require('fs');
let text = fs.readFileSync('fs-data.txt', 'utf8');
fs.writeFileSync('fs-data.txt', 'rewritten');
text = fs.readFileSync('fs-data.txt', 'utf8');
console.log(text);
