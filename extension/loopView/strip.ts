// Draws the timeline strip of the Event Loop view: one small mark per task, microtask, tick
// (and the script), shaped and coloured by kind, the moment shown ringed, its future dimmed.
// Pure HTML; media/loopView.js sends a click as `goto` and moves focus with the arrow keys.
import { escapeHtml } from './render';
import { cellTitle, KIND_NAMES, MARK_KINDS, stripCells, type StripCell, type Timeline } from './timeline';

/** The strip, or '' when the session gave no timeline (an adapter without one). */
export function renderStrip(t: Timeline | undefined, paused: boolean): string {
  if (!t) return '';
  const cells = stripCells(t);
  // One tab stop for the whole strip (the toolbar pattern): the current cell, else the last.
  const focusAt = Math.max(cells.findIndex((c) => c.state === 'current'), 0);
  const marks = cells.length === 0
    ? '<span class="strip-empty">no marks yet</span>'
    : cells.map((c, i) => renderCell(c, i === focusAt, paused)).join('');
  const label = 'Timeline: each mark starts a script, task, microtask or tick; choose one to go to that moment';
  return `<section class="timeline${paused ? '' : ' dim'}" aria-label="Timeline">`
    + `<p class="timeline-caption"><span class="label">Timeline</span> <span class="value">${escapeHtml(caption(t))}</span></p>`
    + `<div class="strip" role="toolbar" aria-label="${escapeHtml(label)}">${marks}</div>`
    + `<p class="strip-key">${MARK_KINDS.map((k) => `<span class="key"><span class="shape mark-${k}"></span>${escapeHtml(KIND_NAMES[k][0])}</span>`).join('')}</p>`
    + '</section>';
}

function caption(t: Timeline): string {
  if (t.current >= t.frontier) return `step ${t.current}`;
  return `step ${t.current} of ${t.frontier}: the dimmed marks have not happened yet`;
}

function renderCell(c: StripCell, tabStop: boolean, paused: boolean): string {
  const title = escapeHtml(cellTitle(c));
  const bin = c.label === undefined ? ' bin' : '';
  const attrs = [
    `class="mark mark-${c.kind} ${c.state}${bin}"`,
    `data-step="${c.step}"`,
    `tabindex="${tabStop ? 0 : -1}"`,
    `title="${title}"`,
    `aria-label="${title}"`,
    c.state === 'current' ? 'aria-current="step"' : '',
    // Hover still names a mark while the program runs; only a click waits for a stop.
    paused ? '' : 'aria-disabled="true"',
  ].filter(Boolean);
  return `<button type="button" ${attrs.join(' ')}><span class="shape"></span></button>`;
}
