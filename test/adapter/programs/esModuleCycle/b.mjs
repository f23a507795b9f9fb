import * as nsA from './a.mjs';
import { late } from './a.mjs';
debugger;
console.log(typeof nsA);
