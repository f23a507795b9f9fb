#!/usr/bin/env node
// The `glassbox` executable: loads the bundle that `npm run build` makes from bin/cli.ts.
require('../dist/cli.js');
