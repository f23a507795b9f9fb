// Reading the Memory view in a real VS Code: open its section in Run and Debug (with room:
// the other sections folded, the side bar widened), find its webview frame, and read its
// boxes, arrows, details line and redraw time.
import type { Frame } from 'playwright-core';
import { waitUntil } from './util';
import type { Workbench } from './workbench';

export interface MemoryBox { key: string; title: string; cells: string[]; classes: string }
export interface MemoryPicture {
  status: string;
  boxes: MemoryBox[];
  /** Arrows by the box they point into (`h<id>`), each with its hover text. */
  arrowsInto: Record<string, string[]>;
  details: string;
  redrawMs: number;
  boxCount: number;
  omitted: string;
}

/** The Memory webview's document: the inner frame whose root is labelled "Memory". */
export async function memoryFrame(wb: Workbench, timeoutMs = 20_000): Promise<Frame> {
  return waitUntil('the Memory view (a webview frame with main[aria-label="Memory"])', async () => {
    for (const frame of wb.page.frames()) {
      if (frame.isDetached()) continue;
      if (await frame.evaluate(() => document.querySelector('main#root[aria-label="Memory"]') !== null).catch(() => false)) return frame;
    }
    return undefined;
  }, (f) => f !== undefined, timeoutMs) as Promise<Frame>;
}

async function setSection(wb: Workbench, title: string, expanded: boolean): Promise<void> {
  const header = wb.page.locator('.debug-viewlet .pane-header', { hasText: new RegExp(`^${title}`) }).first();
  if (!(await header.isVisible())) return;
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
}

/** Shows Run and Debug with the Memory section open and room for it: Watch, Breakpoints and Event Loop folded, the side bar `widen` px wider. */
export async function showMemoryView(wb: Workbench, widen = 0): Promise<Frame> {
  await wb.showRunAndDebug();
  await wb.page.locator('.debug-viewlet .pane-header', { hasText: /^Memory/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
  for (const section of ['Watch', 'Breakpoints', 'Event Loop']) await setSection(wb, section, false);
  await setSection(wb, 'Memory', true);
  if (widen > 0) {
    const box = await wb.page.locator('.part.sidebar').boundingBox();
    if (box) {
      const y = box.y + box.height / 2;
      await wb.page.mouse.move(box.x + box.width + 1, y);
      await wb.page.mouse.down();
      await wb.page.mouse.move(box.x + box.width + 1 + widen, y, { steps: 5 });
      await wb.page.mouse.up();
    }
  }
  await wb.parkMouse();
  return memoryFrame(wb);
}

export async function readMemory(frame: Frame): Promise<MemoryPicture> {
  // No named helper functions inside: tsx (esbuild's keepNames) would wrap them in a __name() call the page lacks.
  return frame.evaluate(() => {
    const root = document.getElementById('root') as HTMLElement;
    const arrowsInto: Record<string, string[]> = {};
    for (const g of document.querySelectorAll('g.arrow')) {
      const key = `h${g.getAttribute('data-to')}`;
      (arrowsInto[key] ??= []).push(g.querySelector('title')?.textContent ?? '');
    }
    return {
      status: root.dataset.status ?? '',
      boxes: [...document.querySelectorAll<HTMLElement>('.canvas .box')].map((b) => ({
        key: b.dataset.key ?? '',
        title: b.querySelector('.title')?.textContent ?? '',
        cells: [...b.querySelectorAll('.cell')].map((c) => [...c.children].map((x) => x.textContent).join('=')),
        classes: b.className,
      })),
      arrowsInto,
      details: document.querySelector('.details')?.textContent ?? '',
      redrawMs: Number(root.dataset.redrawMs ?? 'NaN'),
      boxCount: Number(root.dataset.boxes ?? '0'),
      omitted: document.querySelector('.omitted')?.textContent ?? '',
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
