// Draws a LoopModel as the Event Loop view's HTML: a status line and one column per place a
// callback can wait. Pure; every text from the debuggee is escaped (a callback may be named
// anything a string can hold).
import type { LoopPhase } from '../../adapter/protocol';
import type { Entry, LoopLists, LoopModel, SourceTarget } from './model';
import { renderLanes } from './renderLanes';
import { renderStrip } from './strip';

/** The HTML, and the places its clickable entries (`data-target="i"`) reveal. */
export interface Rendered { html: string; targets: SourceTarget[] }

export interface Column { key: keyof Pick<LoopLists, 'stack' | 'webApis' | 'macrotasks' | 'microtasks' | 'nextTicks' | 'cleanups'>; title: string; hint: string; empty: string; phases: LoopPhase[] }

/** The view's columns, left to right; `phases` are those that run the column's callbacks. */
export const LOOP_COLUMNS: readonly Column[] = [
  { key: 'stack', title: 'Call Stack', hint: 'Execution contexts, innermost on top', empty: 'empty: the loop may take the next task', phases: [] },
  { key: 'webApis', title: 'Web APIs', hint: 'setTimeout and setInterval callbacks by due time (the timers phase runs the due ones), then I/O in flight (the poll phase runs its callbacks once it completes)', empty: 'no pending timers or I/O', phases: ['timers', 'poll'] },
  { key: 'macrotasks', title: 'Check queue', hint: 'setImmediate callbacks: the check phase runs them; then the callbacks of closed handles (a MessagePort\'s \'close\'), which the close phase runs', empty: 'empty', phases: ['immediates', 'close'] },
  { key: 'microtasks', title: 'Microtask queue', hint: 'Promise reactions, await resumptions, queueMicrotask', empty: 'empty', phases: ['microtasks'] },
  { key: 'nextTicks', title: 'nextTick queue', hint: 'process.nextTick callbacks, drained before microtasks', empty: 'empty', phases: ['nextTicks'] },
];

/** Drawn only while the collector has queued cleanups: most programs never have one. */
export const CLEANUP_COLUMN: Column = {
  key: 'cleanups', title: 'Finalization', hint: 'FinalizationRegistry callbacks for objects the collector freed: each runs as a task once nextTicks and microtasks are drained', empty: 'empty', phases: [],
};

const STATUS_TEXT: Record<LoopModel['status'], string> = {
  none: 'No Glassbox session. Open a .js file and run "Debug with Glassbox" (or press F5).',
  paused: 'Paused',
  running: 'Running...',
  ended: 'Program finished: its last state stays here until the next session.',
};

/** What a "macrotask" is in Node's terms; the phase without work in Glassbox's sandbox (pending) is named too. */
const LEGEND = '<p class="legend">Each turn of Node\'s loop goes through its phases: <b>timers</b> (due timers) → pending → <b>poll</b> (I/O) → '
  + '<b>check</b> (setImmediate) → <b>close</b>. A "macrotask" is one callback a phase runs. After each callback, the nextTick queue and then '
  + 'the microtask queue are drained. The poll phase runs the callbacks of I/O that completed (fs and its streams, after a virtual delay) '
  + 'and messages from other threads; close runs the callbacks of closed handles (a MessagePort\'s \'close\'). '
  + 'Glassbox has no sockets, so pending never has work.</p>';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Makes any text safe as HTML content or as a double- or single-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function renderLoop(model: LoopModel): Rendered {
  const targets: SourceTarget[] = [];
  const strip = renderStrip(model.timeline, model.status === 'paused');
  // With workers, every thread's loop side by side; else the one loop, its columns across the view.
  if (model.lanes && model.lanes.length > 1) {
    return { html: `${renderStatus({ ...model, thread: undefined, phaseText: undefined, time: undefined, current: undefined })}${strip}${renderLanes(model.lanes, model.channel ?? [], model.status, targets)}${LEGEND}`, targets };
  }
  return { html: `${renderStatus(model)}${strip}${renderColumns(model, targets)}${LEGEND}`, targets };
}

/** A loop's columns: the five places a callback waits, and Finalization while it has cleanups. */
export function renderColumns(lists: LoopLists, targets: SourceTarget[], threadId?: number): string {
  const shown = lists.cleanups.length > 0 ? [...LOOP_COLUMNS, CLEANUP_COLUMN] : LOOP_COLUMNS;
  return `<div class="columns">${shown.map((c) => renderColumn(c, lists, targets, threadId)).join('')}</div>`;
}

function renderStatus(model: LoopModel): string {
  const parts = [`<p class="status status-${model.status}">${escapeHtml(STATUS_TEXT[model.status])}</p>`];
  if (model.thread) {
    parts.push(`<p class="thread"><span class="label">Thread</span> <span class="value">${escapeHtml(model.thread)}</span></p>`);
  }
  if (model.stopText) {
    parts.push(`<p class="stop"><span class="label">Stop</span> <span class="value">${escapeHtml(model.stopText)}</span></p>`);
  }
  if (model.phaseText !== undefined) {
    parts.push(`<p class="phase"><span class="label">Phase</span> <span class="value" data-phase="${escapeHtml(model.phase ?? '')}">${escapeHtml(model.phaseText)}</span></p>`);
  }
  if (model.time !== undefined) {
    parts.push(`<p class="time"><span class="label">Virtual time</span> <span class="value">${escapeHtml(String(model.time))} ms</span></p>`);
  }
  if (model.current) {
    parts.push(`<p class="current"><span class="label">Running</span> <span class="value">${escapeHtml(model.current)}</span></p>`);
  }
  return `<header class="${model.status === 'paused' ? '' : 'dim'}">${parts.join('')}</header>`;
}

function renderColumn(column: Column, model: LoopLists, targets: SourceTarget[], threadId: number | undefined): string {
  const entries = model[column.key];
  const active = model.phase !== undefined && column.phases.includes(model.phase) ? ' active' : '';
  const rows = entries.map((e) => `<li>${renderEntry(e, targets)}</li>`);
  const gap = column.key === 'stack' ? undefined : model.gaps?.[column.key];
  if (gap) rows.splice(gap.at, 0, renderMore(column.key, gap.count, threadId));
  const items = rows.length === 0 ? `<li class="empty">${escapeHtml(column.empty)}</li>` : rows.join('');
  const total = column.key === 'stack' ? entries.length : model.totals?.[column.key] ?? entries.length;
  const list = column.key === 'stack' ? 'ol' : 'ul';
  return `<section class="column column-${column.key}${active}" aria-label="${escapeHtml(column.title)}">`
    + `<h2 title="${escapeHtml(column.hint)}">${escapeHtml(column.title)} <span class="count">${total}</span></h2>`
    + `<${list}>${items}</${list}></section>`;
}

/** The row standing for entries not shown yet: clicking it asks the adapter for the next ones. */
function renderMore(queue: string, count: number, threadId: number | undefined): string {
  const text = `… ${count.toLocaleString('en-US')} more`;
  const thread = threadId === undefined ? '' : ` data-thread="${threadId}"`;
  return `<li class="more"><button type="button" class="more" data-more="${escapeHtml(queue)}"${thread} title="Show the next ones">${escapeHtml(text)}</button></li>`;
}

export function renderEntry(entry: Entry, targets: SourceTarget[]): string {
  const where = entry.line === undefined ? '' : `<span class="where">line ${entry.line}</span>`;
  const detail = entry.detail ? `<span class="detail">${escapeHtml(entry.detail)}</span>` : '';
  const inner = `<span class="name">${escapeHtml(entry.label)}</span>${where}${detail}`;
  if (entry.marker) return `<div class="entry marker">${inner}</div>`;
  if (!entry.target) return `<div class="entry">${inner}</div>`;
  targets.push(entry.target);
  const title = `Go to line ${entry.target.line}`;
  return `<button type="button" class="entry" data-target="${targets.length - 1}" title="${escapeHtml(title)}">${inner}</button>`;
}
