// The Event Loop webview's script: shows the HTML the extension renders (already escaped)
// and reports clicks: on entries, so the extension can reveal their source line, on
// "… N more", so it can fetch the next entries of a long queue, and on a timeline mark, so
// the session goes to that step. The strip is one tab stop; the arrow keys move along it.
/* global acquireVsCodeApi, window, document, Element */
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'render' && typeof message.html === 'string') {
      const active = document.activeElement;
      const focusedStrip = active instanceof Element && active.closest('.strip') !== null;
      root.innerHTML = message.html;
      showCurrentMark(focusedStrip);
    }
  });

  /** Scrolls the strip (only the strip) to the moment shown; gives it focus back after a redraw. */
  function showCurrentMark(focus) {
    const strip = root.querySelector('.strip');
    const mark = strip ? strip.querySelector('[tabindex="0"]') : null;
    if (!strip || !mark) return;
    const left = mark.offsetLeft - strip.offsetLeft;
    if (left < strip.scrollLeft || left + mark.offsetWidth > strip.scrollLeft + strip.clientWidth) {
      strip.scrollLeft = Math.max(0, left - strip.clientWidth / 2);
    }
    if (focus) mark.focus();
  }

  root.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const more = element ? element.closest('[data-more]') : null;
    if (more) {
      more.setAttribute('disabled', '');
      const thread = more.getAttribute('data-thread');
      vscode.postMessage({ type: 'more', queue: more.getAttribute('data-more'), thread: thread === null ? undefined : Number(thread) });
      return;
    }
    const mark = element ? element.closest('[data-step]') : null;
    if (mark) {
      if (mark.getAttribute('aria-disabled') !== 'true') vscode.postMessage({ type: 'goto', step: Number(mark.getAttribute('data-step')) });
      return;
    }
    const entry = element ? element.closest('[data-target]') : null;
    if (entry) vscode.postMessage({ type: 'reveal', target: Number(entry.getAttribute('data-target')) });
  });

  // The toolbar pattern: Left/Right step to the neighbouring mark, Home/End to the ends.
  root.addEventListener('keydown', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const mark = element ? element.closest('[data-step]') : null;
    const moves = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };
    if (!mark || !(event.key in moves)) return;
    const marks = Array.from(mark.parentElement.querySelectorAll('[data-step]'));
    const at = marks.indexOf(mark) + moves[event.key];
    const next = marks[Math.min(marks.length - 1, Math.max(0, at))];
    event.preventDefault();
    mark.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  });

  vscode.postMessage({ type: 'ready' });
})();
