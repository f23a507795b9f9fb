// Reading the Memory view in a real VS Code: open its section in Run and Debug (with room:
// the other sections folded, the side bar widened), find its webview frame, and read its
// boxes, arrows, details line and redraw time.
import type { Frame } from 'playwright-core';
import { waitUntil } from './util';
import type { Workbench } from './workbench';

/** `path`: the box's "Why is this alive?" text, from its hover title. */
export interface MemoryBox { key: string; title: string; cells: string[]; classes: string; path: string }
export interface MemoryPicture {
  status: string;
  boxes: MemoryBox[];
  /** Arrows by the box they point into (its key, `h<id>` or a frame's `f<n>`), each with its hover text. */
  arrowsInto: Record<string, string[]>;
  details: string;
  /** The lines above the drawing: status, stop, a GC stop's text, the heap. */
  header: string;
  redrawMs: number;
  /** From the same start until the frame that shows the drawing was painted (NaN until then). */
  onScreenMs: number;
  /** Of which the layout's (dagre). */
  layoutMs: number;
  /** warm-up layouts the page had run before this drawing (0: a fresh page, the layout code cold). */
  warmUpsBefore: number;
  /** Boxes whose element this drawing made; the others were kept, unchanged, from the drawing before. */
  madeBoxes: number;
  boxCount: number;
  omitted: string;
  /** 'new' when the redraw laid out anew, 'kept' when only values changed. */
  layout: string;
}

/** The Memory webview's document: the inner frame titled "Memory". */
export async function memoryFrame(wb: Workbench, timeoutMs = 20_000): Promise<Frame> {
  return waitUntil('the Memory view (a webview frame titled "Memory")', async () => {
    for (const frame of wb.page.frames()) {
      if (frame.isDetached()) continue;
      if (await frame.evaluate(() => document.title === 'Memory' && document.getElementById('root') !== null).catch(() => false)) return frame;
    }
    return undefined;
  }, (f) => f !== undefined, timeoutMs) as Promise<Frame>;
}

/** Folds or unfolds one section of Run and Debug by its title. */
export async function setSection(wb: Workbench, title: string, expanded: boolean): Promise<void> {
  const header = wb.page.locator('.debug-viewlet .pane-header', { hasText: new RegExp(`^${title}`) }).first();
  if (!(await header.isVisible())) return;
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
}

/** Shows Run and Debug with the Memory section open and the others folded (so it has the side bar's height), the side bar `width` px wide when given. */
export async function showMemoryView(wb: Workbench, width = 0): Promise<Frame> {
  await wb.page.keyboard.press('Control+Shift+D');
  await wb.page.locator('.debug-viewlet .pane-header', { hasText: /^Memory/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
  for (const section of ['Variables', 'Watch', 'Call Stack', 'Breakpoints', 'Event Loop']) await setSection(wb, section, false);
  await setSection(wb, 'Memory', true);
  const box = await wb.page.locator('.part.sidebar').boundingBox();
  if (width > 0 && box && Math.abs(box.width - width) > 8) {
    const y = box.y + box.height / 2;
    await wb.page.mouse.move(box.x + box.width + 1, y);
    await wb.page.mouse.down();
    await wb.page.mouse.move(box.x + width + 1, y, { steps: 5 });
    await wb.page.mouse.up();
  }
  await wb.parkMouse();
  return memoryFrame(wb);
}

/**
 * Runs `check` with the Memory view shown (see showMemoryView), then unfolds Variables and
 * Call Stack again: VS Code keeps sections folded across sessions, and the other checks
 * expect to see them.
 */
export async function withMemoryView<T>(wb: Workbench, width: number, check: (frame: Frame) => Promise<T>): Promise<T> {
  try {
    return await check(await showMemoryView(wb, width));
  } finally {
    // A menu left open (a failed check) would take the clicks.
    await wb.page.keyboard.press('Escape');
    for (const section of ['Variables', 'Call Stack']) await setSection(wb, section, true);
  }
}

export async function readMemory(frame: Frame): Promise<MemoryPicture> {
  // No named helper functions inside: tsx (esbuild's keepNames) would wrap them in a __name() call the page lacks.
  return frame.evaluate(() => {
    const root = document.getElementById('root') as HTMLElement;
    const arrowsInto: Record<string, string[]> = {};
    for (const g of document.querySelectorAll('g.arrow')) {
      const key = g.getAttribute('data-to') ?? '';
      (arrowsInto[key] ??= []).push(g.querySelector('title')?.textContent ?? '');
    }
    return {
      status: root.dataset.status ?? '',
      boxes: [...document.querySelectorAll<HTMLElement>('.canvas .box')].map((b) => ({
        key: b.dataset.key ?? '',
        title: b.querySelector('.title')?.textContent ?? '',
        cells: [...b.querySelectorAll('.cell')].map((c) => [...c.children].map((x) => x.textContent).join('=')),
        classes: b.className,
        path: (b.title.split('\n')[0] ?? '').replace(/^Why is this alive\? /, ''),
      })),
      arrowsInto,
      details: document.querySelector('.details')?.textContent ?? '',
      header: document.querySelector('header')?.textContent ?? '',
      redrawMs: Number(root.dataset.redrawMs ?? 'NaN'),
      onScreenMs: Number(root.dataset.onScreenMs ?? 'NaN'),
      layoutMs: Number(root.dataset.layoutMs ?? 'NaN'),
      warmUpsBefore: Number(root.dataset.warmUpsBefore ?? 'NaN'),
      madeBoxes: Number(root.dataset.madeBoxes ?? 'NaN'),
      boxCount: Number(root.dataset.boxes ?? '0'),
      omitted: document.querySelector('.omitted')?.textContent ?? '',
      layout: root.dataset.layout ?? '',
    };
  });
}

/** Waits until the view's drawing satisfies `ok` (it redraws after each stop). */
export async function waitMemory(wb: Workbench, what: string, ok: (p: MemoryPicture) => boolean, timeoutMs = 20_000): Promise<MemoryPicture> {
  const frame = await memoryFrame(wb);
  return waitUntil(`the Memory view to show ${what}`, () => readMemory(frame), ok, timeoutMs);
}

export function boxTitled(p: MemoryPicture, title: RegExp): MemoryBox | undefined {
  return p.boxes.find((b) => title.test(b.title));
}

/** A short account of the drawing for failure messages and notes. */
export function describeMemory(p: MemoryPicture): string {
  return p.boxes.map((b) => `[${b.title}: ${b.cells.join(', ')}]`).join(' ');
}
