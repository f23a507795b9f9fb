// The Memory view's lines above the drawing: the status and stop, a GC stop's text, the
// accounted heap with its sparkline, how many boxes were not drawn, and the selected box's
// "Why is this alive?" line.
import type { HeapBox, MemoryModel } from '../model';
import { SPARK_HEIGHT, SPARK_WIDTH } from '../sparkline';
import { el } from './boxes';

const STATUS_TEXT: Record<MemoryModel['status'], string> = {
  none: 'No Glassbox session. Debug a .js file with Glassbox to see its heap here.',
  paused: 'Paused',
  running: 'Running...',
  ended: 'Program finished: its last heap stays here until the next session.',
};

function line(className: string, label: string, value: string): HTMLElement {
  const p = el('p', className);
  p.append(el('span', 'label', label), el('span', 'value', value));
  return p;
}

function sparkline(points: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const s = document.createElementNS(ns, 'svg');
  s.setAttribute('class', 'sparkline');
  s.setAttribute('viewBox', `-1 -1 ${SPARK_WIDTH + 2} ${SPARK_HEIGHT + 2}`);
  s.setAttribute('width', String(SPARK_WIDTH));
  s.setAttribute('height', String(SPARK_HEIGHT));
  const poly = document.createElementNS(ns, 'polyline');
  poly.setAttribute('points', points);
  s.append(poly);
  return s;
}

export function headerElement(model: MemoryModel): HTMLElement {
  const header = el('header', model.status === 'paused' ? '' : 'dim');
  header.append(el('p', `status status-${model.status}`, STATUS_TEXT[model.status]));
  if (model.stopText) header.append(line('stop', 'Stop', model.stopText));
  if (model.thread) header.append(line('thread', 'Thread', model.thread));
  if (model.gc) header.append(line(`gc gc-${model.gc.phase}`, 'GC', model.gc.text));
  if (model.heap) {
    const heap = line('heap-line', 'Heap', model.heap.text);
    heap.append(sparkline(model.heap.points));
    header.append(heap);
  }
  if (model.omitted > 0) header.append(el('p', 'omitted', `${model.omitted.toLocaleString('en-US')} more objects not drawn`));
  header.append(el('p', 'details'));
  return header;
}

/** Fills the details line for the selected box: what it is and the path that keeps it alive. */
export function showDetails(header: HTMLElement, box: HeapBox | undefined): void {
  const details = header.querySelector<HTMLElement>('.details');
  if (!details) return;
  details.replaceChildren();
  if (!box) return;
  details.append(el('span', 'label', 'Why is this alive?'), el('span', 'value path', box.path || 'nothing reaches it: the collector frees it'));
}
