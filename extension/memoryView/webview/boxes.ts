// The Memory view's boxes as DOM elements: a frame's bindings or a heap object's cells as
// rows, a primitive inline, a reference as a dot its arrow leaves from. Text goes in through
// textContent only (the debuggee's strings can hold anything).
import type { Cell, HeapBox, RootBox } from '../model';
import { HEAP_BOX_SECTION } from '../ids';
import { heapKey } from '../model';
import type { MeasuredBox } from './layout';

const KIND_TAGS: Record<HeapBox['kind'], string> = { object: 'object', array: 'array', function: 'function', map: 'Map', set: 'Set', environment: 'scope' };

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function cellRow(c: Cell, index: number): HTMLElement {
  const row = el('div', 'cell');
  row.dataset.cell = String(index);
  row.append(el('span', 'name', c.name === '' ? '•' : c.name));
  row.append(c.to === undefined ? el('span', 'value', c.value ?? '') : el('span', 'ref', '●'));
  if (c.to !== undefined) row.classList.add('reference');
  return row;
}

function box(key: string, className: string, title: HTMLElement, cells: Cell[], more: number): HTMLElement {
  const e = el('div', `box ${className}`);
  e.dataset.key = key;
  const rows = el('div', 'cells');
  cells.forEach((c, i) => rows.append(cellRow(c, i)));
  e.append(title, rows);
  if (more > 0) e.append(el('div', 'cell more', `…${more.toLocaleString('en-US')} more`));
  return e;
}

export function rootElement(r: RootBox): HTMLElement {
  const title = el('div', 'title', r.title);
  const e = box(r.key, r.selected ? 'frame current-frame' : 'frame', title, r.cells, 0);
  if (r.cells.length === 0) e.append(el('div', 'cell empty', 'no bindings'));
  return e;
}

export function heapElement(b: HeapBox): HTMLElement {
  const title = el('div', 'title');
  title.append(el('span', 'kind', KIND_TAGS[b.kind]), el('span', 'label', b.label));
  // An array of primitives only has no arrow to start at a row: its cells wrap, ten to a line.
  const compact = b.kind === 'array' && b.cells.length > 0 && b.cells.every((c) => c.to === undefined) ? ' compact' : '';
  const e = box(heapKey(b.id), `heap kind-${b.kind}${compact}${b.freed ? ' freed' : ''}`, title, b.cells, b.more);
  e.dataset.id = String(b.id);
  // VS Code's webview/context menus (Why Is This Alive?, Reveal in Variables) get this object.
  e.dataset.vscodeContext = JSON.stringify({ webviewSection: HEAP_BOX_SECTION, heapId: b.id, preventDefaultContextMenuItems: true });
  e.tabIndex = 0;
  e.title = b.path ? `Why is this alive? ${b.path}\nClick to reveal it in Variables` : 'Click to reveal it in Variables';
  return e;
}

/** Size and row middles of a box already in the page (laid out by the browser at its natural size). */
export function measure(e: HTMLElement, first: boolean): MeasuredBox {
  const rows = [...e.querySelectorAll<HTMLElement>('.cell[data-cell]')];
  return {
    key: e.dataset.key ?? '',
    width: e.offsetWidth,
    height: e.offsetHeight,
    rowMiddles: rows.map((r) => r.offsetTop + r.offsetHeight / 2),
    first,
  };
}
