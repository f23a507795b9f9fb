#!/usr/bin/env node
// The `glassbox-dap` executable: loads the debug adapter bundle that `npm run build` makes from bin/dap.ts.
require('../dist/dap.js');
