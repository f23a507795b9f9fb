// Glassbox's own quickenings: arithmetic and comparisons guarded on numbers, a local and
// a number constant fused with their operator, and number constants folded. Registered
// in the quickener's table (quicken.ts) when this module loads.
import { constValue } from '../bytecode/constants';
import { Op } from '../bytecode/opcodes';
import { registerRewriteRule, type RewriteSite } from './quicken';

/** Each generic operator and its number-guarded form. */
const NUMBER_GUARDED = new Map<Op, Op>([
  [Op.Add, Op.AddNum], [Op.Sub, Op.SubNum], [Op.Mul, Op.MulNum], [Op.Div, Op.DivNum], [Op.Mod, Op.ModNum],
  [Op.Lt, Op.LtNum], [Op.Gt, Op.GtNum], [Op.Le, Op.LeNum], [Op.Ge, Op.GeNum],
]);

/** Operators LocalConstNum and LocalLocalNum compute (tierOps.localConstOp has one arm each). */
export const LOCAL_CONST_OPERATORS: ReadonlySet<Op> = new Set([Op.Add, Op.Sub, Op.Mul, Op.Mod, Op.Lt, Op.Gt, Op.Le, Op.Ge]);

/** Number operators with no effect but their result, folded at quickening time. */
const FOLDABLE: ReadonlyMap<Op, (a: number, b: number) => number> = new Map([
  [Op.Add, (a, b) => a + b], [Op.Sub, (a, b) => a - b], [Op.Mul, (a, b) => a * b], [Op.Div, (a, b) => a / b],
  [Op.Mod, (a, b) => a % b], [Op.Exp, (a, b) => a ** b], [Op.BitAnd, (a, b) => a & b], [Op.BitOr, (a, b) => a | b],
  [Op.BitXor, (a, b) => a ^ b], [Op.Shl, (a, b) => a << b], [Op.Sar, (a, b) => a >> b], [Op.Shr, (a, b) => a >>> b],
]);

function numberConst(site: RewriteSite, constPc: number): number | undefined {
  const { code } = site;
  if (code.ops[constPc] !== Op.Const) return undefined;
  const v = constValue(code.consts, code.ops[constPc + 1]);
  return typeof v === 'number' ? v : undefined;
}

/** A rule that writes `quickened` over its first opcode wherever `matches` holds. */
function rewriteWhere(name: string, first: Op, quickened: Op, matches: (site: RewriteSite) => boolean): void {
  registerRewriteRule({
    name,
    first,
    rewrite(site) {
      if (!matches(site)) return false;
      site.out[site.pc] = quickened;
      return true;
    },
  });
}

for (const [generic, guarded] of NUMBER_GUARDED) rewriteWhere('numberGuard', generic, guarded, (site) => !site.isSlow(site.pc));

const COMPARISONS: ReadonlySet<Op> = new Set([Op.Lt, Op.Gt, Op.Le, Op.Ge]);

/** At `site`: `GetLocal 0 s; Const k; op`, k a number, op one of `operators` that never met a non-number. */
function isLocalConstOp(site: RewriteSite, operators: ReadonlySet<Op>): boolean {
  const { ops } = site.code;
  const pc = site.pc;
  return ops[pc + 1] === 0 && numberConst(site, pc + 3) !== undefined && operators.has(ops[pc + 5]) && !site.isSlow(pc + 5);
}

/** `GetLocal 0 s; Const k; compare; JumpIfFalse t` (a loop's `i < 100`): one dispatch instead of four. */
rewriteWhere('localConstJump', Op.GetLocal, Op.LocalConstJump, (site) => isLocalConstOp(site, COMPARISONS) && site.code.ops[site.pc + 6] === Op.JumpIfFalse);

/** `GetLocal 0 s; Const k; op` (`i < 10`, `n - 1`): one dispatch instead of three. */
rewriteWhere('localConst', Op.GetLocal, Op.LocalConstNum, (site) => isLocalConstOp(site, LOCAL_CONST_OPERATORS));

/** `GetLocal 0 a; GetLocal 0 b; op` (`a * b`, `i < n`): one dispatch instead of three. */
rewriteWhere('localLocal', Op.GetLocal, Op.LocalLocalNum, ({ code: { ops }, pc, isSlow }) =>
  ops[pc + 1] === 0 && ops[pc + 3] === Op.GetLocal && ops[pc + 4] === 0 && LOCAL_CONST_OPERATORS.has(ops[pc + 6]) && !isSlow(pc + 6));

/** `Const a; Const b; op` on numbers: the result becomes a constant of its own. */
registerRewriteRule({
  name: 'constantFold',
  first: Op.Const,
  rewrite(site) {
    const { code, pc } = site;
    const a = numberConst(site, pc);
    const b = numberConst(site, pc + 2);
    const fold = FOLDABLE.get(code.ops[pc + 4]);
    if (a === undefined || b === undefined || fold === undefined) return false;
    code.consts.push(fold(a, b));
    site.out[pc] = Op.ConstFolded;
    site.out[pc + 1] = code.consts.length - 1;
    return true;
  },
});
