// Numbers the environments and objects a replayed run makes, so a watch can name "the n-th
// cell made" and find it again as the run makes it. Only a debugger with data watches turns
// it on: a run without them pays nothing at allocation.
import type { HeapAccount, HeapCell } from '../../heap/account';

/**
 * Counts each cell as the account's space takes it (the account then tracks every cell);
 * `remember` keeps a cell -> ordinal map too, to turn an anchored name into a stable one.
 */
export class CellNumbering {
  /** Cells made since numbering began: the last one's ordinal. */
  count = 0;
  private ordinals: WeakMap<HeapCell, number> | null = null;
  private readonly wanted = new Map<number, (cell: HeapCell) => void>();

  constructor(account: HeapAccount) {
    account.tracking = true;
    // not in the engine's design: the space's own push is replaced on this one array, so
    // allocation sites stay as they are (`if (a.tracking) a.space.push(this)`).
    const made = (cell: HeapCell): void => this.made(cell);
    const push = Array.prototype.push;
    const proto = Object.create(Array.prototype, {
      push: {
        value(this: HeapCell[], ...cells: HeapCell[]): number {
          for (const c of cells) made(c);
          return push.apply(this, cells);
        },
      },
    }) as HeapCell[];
    Object.setPrototypeOf(account.space, proto);
  }

  /** From now on every cell's ordinal is kept (while some watch still has to learn its cell's). */
  remember(on: boolean): void {
    this.ordinals = on ? (this.ordinals ?? new WeakMap()) : null;
  }

  /** The ordinal of a cell made since `remember(true)`, else undefined. */
  ordinalOf(cell: HeapCell): number | undefined {
    return this.ordinals?.get(cell);
  }

  /** Calls `found` with the `ordinal`-th cell when the run makes it. */
  await(ordinal: number, found: (cell: HeapCell) => void): void {
    this.wanted.set(ordinal, found);
  }

  private made(cell: HeapCell): void {
    const n = ++this.count;
    this.ordinals?.set(cell, n);
    const found = this.wanted.get(n);
    if (found === undefined) return;
    this.wanted.delete(n);
    found(cell);
  }
}
