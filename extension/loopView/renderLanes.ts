// Draws the loops of a program with workers side by side: a lane per thread (its name, phase,
// clock and columns), the thread the view follows outlined, and between the main thread's lane
// and the workers' the channel: each message posted and not taken yet, with an arrow towards
// its receiver. Pure HTML, every text escaped.
import type { ChannelMessage, Lane } from './lanes';
import type { SessionStatus, SourceTarget } from './model';
import { escapeHtml, renderColumns, renderEntry } from './render';

export function renderLanes(lanes: Lane[], channel: ChannelMessage[], status: SessionStatus, targets: SourceTarget[]): string {
  const drawn = lanes.map((l) => renderLane(l, status, targets));
  // The channel sits after the main thread's lane: its messages point left to main, right to a worker.
  drawn.splice(1, 0, renderChannel(channel, targets));
  return `<div class="lanes">${drawn.join('')}</div>`;
}

function renderLane(lane: Lane, status: SessionStatus, targets: SourceTarget[]): string {
  const facts = [
    lane.phaseText === undefined ? '' : `<p class="phase"><span class="label">Phase</span> <span class="value" data-phase="${escapeHtml(lane.phase ?? '')}">${escapeHtml(lane.phaseText)}</span></p>`,
    lane.time === undefined ? '' : `<p class="time"><span class="label">Virtual time</span> <span class="value">${escapeHtml(String(lane.time))} ms</span></p>`,
    lane.current ? `<p class="current"><span class="label">Running</span> <span class="value">${escapeHtml(lane.current)}</span></p>` : '',
  ].join('');
  const followed = lane.selected ? ' selected' : '';
  const title = lane.selected && status === 'paused' ? `${lane.thread} (shown in Variables)` : lane.thread;
  return `<section class="lane${followed}" data-thread="${lane.threadId}" aria-label="${escapeHtml(`Thread ${lane.thread}`)}">`
    + `<h2 class="lane-title" title="${escapeHtml(title)}">${escapeHtml(lane.thread)}</h2>`
    + `<div class="lane-facts${status === 'paused' ? '' : ' dim'}">${facts}</div>`
    + renderColumns(lane, targets, lane.threadId)
    + '</section>';
}

function renderChannel(channel: ChannelMessage[], targets: SourceTarget[]): string {
  const hint = 'postMessage copies a value to another thread: it waits here until the receiver\'s poll phase takes it';
  const rows = channel.map((m) => {
    // A port whose two ends are in one thread sends to that thread itself.
    const within = m.route !== undefined && m.route.from === m.route.to;
    const arrow = within ? '↻' : m.lane === 0 ? '←' : '→';
    const towards = within ? 'within' : m.lane === 0 ? 'to-main' : 'to-worker';
    return `<li class="${towards}"><span class="arrow" aria-hidden="true">${arrow}</span>${renderEntry({ ...m, detail: `to ${m.to}: ${m.detail ?? 'on its way'}` }, targets)}</li>`;
  });
  const items = rows.length === 0 ? '<li class="empty">no messages on their way</li>' : rows.join('');
  return '<section class="channel" aria-label="Messages between threads">'
    + `<h2 title="${escapeHtml(hint)}">Messages <span class="count">${channel.length}</span></h2>`
    + `<ul>${items}</ul></section>`;
}
