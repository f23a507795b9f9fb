// Shape-guarded property loads: a GetNamed site whose inline cache saw exactly one shape
// becomes GetNamedShape in the optimized copy, a slot read behind one shape check. Unlike
// the cache, which would just learn a second shape, the optimized code treats a new shape
// as a broken assumption and deoptimizes ("wrong shape"), as V8's optimizing tier does.
import { Op } from '../bytecode/opcodes';
import { isMonomorphic } from '../vm/inlineCache';
import { registerRewriteRule } from './quicken';

registerRewriteRule({
  name: 'shapeGuard',
  first: Op.GetNamed,
  rewrite(site) {
    const cache = site.code.caches[site.pc];
    if (cache === undefined || !isMonomorphic(cache) || site.isSlow(site.pc)) return false;
    site.out[site.pc] = Op.GetNamedShape;
    return true;
  },
});
