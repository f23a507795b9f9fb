// The Memory webview's script (bundled with dagre into dist/memoryView.js): draws each
// MemoryModel the extension sends (remaking only the boxes that changed), measures the
// redraw (layout + render, on the root's data-redraw-ms; until the frame that shows it is
// painted, data-on-screen-ms), plays a GC stop's marking, and reports a clicked box so the
// extension reveals it in Variables.
import type { HeapBox, MemoryModel } from '../model';
import { heapKey } from '../model';
import { arrowLayer } from './arrows';
import { el, heapElement, measure, rootElement } from './boxes';
import { playGc } from './gcAnimation';
import { headerElement, showDetails } from './header';
import { KeptBoxes, placeChildren } from './keptBoxes';
import { layOut, warmUp, type Placed } from './layout';

interface VsCodeApi { postMessage(message: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
let generation = 0;
/** Drawings under way (warm-ups wait for them). */
let drawing = 0;
let shown: MemoryModel | undefined;
let selected: number | undefined;
let lastLayout: { shape: string; placed: Placed } | undefined;

/** The drawing's frame (scaled to fit) and canvas stay from one drawing to the next, with the boxes that did not change. */
const frame = el('div', 'fit');
const canvas = el('div', 'canvas');
frame.append(canvas);
const kept = new KeptBoxes();

async function draw(model: MemoryModel): Promise<void> {
  const mine = ++generation;
  const started = performance.now();
  // Read before the page changes: reading it after would make the browser lay the page out early.
  const viewWidth = document.documentElement.clientWidth;
  const header = headerElement(model);
  const { elements: all, made } = kept.elements([
    ...model.roots.map((r) => ({ key: r.key, content: r, make: () => rootElement(r) })),
    ...model.boxes.map((b) => ({ key: heapKey(b.id), content: b, make: () => heapElement(b) })),
  ]);
  for (const e of all) e.classList.remove('marked');
  // Measured where they will stay: all of this runs before the next frame, so no half-drawn
  // picture shows; the browser styles and lays out the new boxes once, and the kept ones not again.
  placeChildren(canvas, all);
  if (frame.parentElement !== root) root.replaceChildren(header, frame);
  else root.querySelector(':scope > header')?.replaceWith(header);
  const measured = all.map((e, i) => measure(e, i < model.roots.length));
  // A stop that changed only values (same boxes, sizes and arrows) keeps the layout it had.
  const shape = JSON.stringify([measured, model.arrows]);
  const sameShape = shape === lastLayout?.shape;
  const layoutStarted = performance.now();
  const placed = sameShape && lastLayout ? lastLayout.placed : layOut(measured, model.arrows);
  const layoutMs = performance.now() - layoutStarted;
  lastLayout = { shape, placed };
  for (const e of all) {
    const at = placed.boxes.get(e.dataset.key ?? '');
    if (at) { e.style.left = `${at.x}px`; e.style.top = `${at.y}px`; }
  }
  canvas.style.width = `${placed.width}px`;
  canvas.style.height = `${placed.height}px`;
  canvas.prepend(arrowLayer(placed));
  fit(viewWidth, placed);
  shown = model;
  if (selected !== undefined && !model.boxes.some((b) => b.id === selected)) selected = undefined;
  select(selected);
  root.dataset.redrawMs = (performance.now() - started).toFixed(1);
  delete root.dataset.onScreenMs;
  // On screen: after the browser's own style, layout and paint of the frame that shows it.
  requestAnimationFrame(() => setTimeout(() => { if (mine === generation) root.dataset.onScreenMs = (performance.now() - started).toFixed(1); }, 0));
  root.dataset.layoutMs = layoutMs.toFixed(1);
  root.dataset.layout = sameShape ? 'kept' : 'new';
  root.dataset.madeBoxes = String(made);
  root.dataset.warmUpsBefore = root.dataset.warmUps ?? '0';
  root.dataset.boxes = String(model.roots.length + model.boxes.length);
  root.dataset.status = model.status;
  if (model.gc) playGc(canvas, model.gc, () => mine === generation);
}

/** Drawings wider than the view are scaled down to fit it, to no less than MIN_SCALE (then it scrolls). */
const MIN_SCALE = 0.6;

function fit(viewWidth: number, placed: Placed): void {
  const scale = Math.max(MIN_SCALE, Math.min(1, (viewWidth - 16) / Math.max(1, placed.width)));
  frame.style.width = `${placed.width * scale}px`;
  frame.style.height = `${placed.height * scale}px`;
  canvas.style.transform = `scale(${scale})`;
}

function boxOf(id: number): HeapBox | undefined {
  return shown?.boxes.find((b) => b.id === id);
}

/** Highlights a box and the arrows into it, and shows why it is alive. */
function select(id: number | undefined): void {
  selected = id;
  root.querySelectorAll('.selected').forEach((e) => e.classList.remove('selected'));
  const header = root.querySelector<HTMLElement>('header');
  if (header) showDetails(header, id === undefined ? undefined : boxOf(id));
  if (id === undefined) return;
  root.querySelector(`.box[data-key="${heapKey(id)}"]`)?.classList.add('selected');
  root.querySelectorAll(`g.arrow[data-to="${heapKey(id)}"]`).forEach((e) => e.classList.add('selected'));
}

window.addEventListener('message', (event: MessageEvent<{ type?: string; model?: MemoryModel; id?: number }>) => {
  if (event.data?.type === 'render' && event.data.model) {
    drawing++;
    void draw(event.data.model).finally(() => drawing--);
  }
  // "Why Is This Alive?" from a box's context menu.
  if (event.data?.type === 'select' && typeof event.data.id === 'number') select(event.data.id);
});

root.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.box.heap') : null;
  if (!target?.dataset.id) return;
  const id = Number(target.dataset.id);
  select(id);
  vscode.postMessage({ type: 'reveal', id });
});

// A click selects without focusing: focus would scroll the drawing to the box.
root.addEventListener('mousedown', (event) => {
  if (event.target instanceof Element && event.target.closest('.box.heap')) event.preventDefault();
});

root.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.classList.contains('heap')) event.target.click();
});

vscode.postMessage({ type: 'ready' });
/**
 * Warm-up layouts of a 200-box drawing in idle moments: a fresh page's first layouts cost
 * several times a later one while dagre's code is compiled, and the first stops of a session
 * (the entry stop) draw too few boxes to warm it. A warm-up waits while a drawing is under way.
 */
const WARM_UPS = 4;
async function warmWhileIdle(): Promise<void> {
  for (let i = 0; i < WARM_UPS; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (drawing > 0) { i--; continue; }
    warmUp();
    root.dataset.warmUps = String(i + 1);
  }
}
void warmWhileIdle();
