import { add, total } from './math.mjs';
import * as math from './math.mjs';
const before = total;
let result = add(2, 3);
debugger;
console.log(before, result, total, math.total);
