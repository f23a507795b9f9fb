// The Memory view's box elements, kept from one drawing to the next: a box drawn exactly as at
// the last stop keeps its element where it is, so the browser styles and lays out only the
// boxes that are new or changed (a step usually changes a few of hundreds).

interface Kept { content: string; element: HTMLElement }

/** A box of the drawing: its key, what it shows (compared as JSON) and how to make its element. */
export interface WantedBox { key: string; content: unknown; make: () => HTMLElement }

export class KeptBoxes {
  private kept = new Map<string, Kept>();

  /**
   * The elements for this drawing, in its order: the last drawing's element for a box whose
   * key and content are unchanged, a new one otherwise. Boxes not asked for are forgotten.
   */
  elements(boxes: readonly WantedBox[]): { elements: HTMLElement[]; made: number } {
    const next = new Map<string, Kept>();
    let made = 0;
    const elements = boxes.map(({ key, content: shown, make }) => {
      const content = JSON.stringify(shown);
      const old = this.kept.get(key);
      const kept = old?.content === content ? old : { content, element: make() };
      if (kept !== old) made++;
      next.set(key, kept);
      return kept.element;
    });
    this.kept = next;
    return { elements, made };
  }
}

/**
 * Makes `parent`'s children exactly `wanted`, in order, touching as few as it can: a child
 * moved or re-added is styled again by the browser, one left in place is not.
 */
export function placeChildren(parent: Element, wanted: readonly Element[]): void {
  const keep = new Set(wanted);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  let cursor = parent.firstElementChild;
  for (const e of wanted) {
    if (e === cursor) cursor = cursor.nextElementSibling;
    else parent.insertBefore(e, cursor);
  }
}
