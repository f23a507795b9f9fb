const math = require('./math');
const sum = math.add(2, 3);
console.log(sum);
