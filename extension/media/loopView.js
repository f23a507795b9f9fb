// The Event Loop webview's script: shows the HTML the extension renders (already escaped)
// and reports clicks: on entries, so the extension can reveal their source line, and on
// "… N more", so it can fetch the next entries of a long queue.
/* global acquireVsCodeApi, window, document, Element */
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'render' && typeof message.html === 'string') {
      root.innerHTML = message.html;
    }
  });

  root.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const more = element ? element.closest('[data-more]') : null;
    if (more) {
      more.setAttribute('disabled', '');
      vscode.postMessage({ type: 'more', queue: more.getAttribute('data-more') });
      return;
    }
    const entry = element ? element.closest('[data-target]') : null;
    if (entry) vscode.postMessage({ type: 'reveal', target: Number(entry.getAttribute('data-target')) });
  });

  vscode.postMessage({ type: 'ready' });
})();
