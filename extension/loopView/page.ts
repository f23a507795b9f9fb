// The Event Loop webview's page: a strict Content Security Policy (nothing remote, no
// inline script or style, only the view's own files), the stylesheet, the script and a body.
import { escapeHtml } from './render';

export interface PageParts {
  /** webview.cspSource: the origin the webview serves extension files from. */
  cspSource: string;
  /** A fresh random value per page; only the script carrying it may run. */
  nonce: string;
  styleUri: string;
  scriptUri: string;
  /** Already-rendered, escaped HTML (renderLoop's output) to show before the script runs. */
  body: string;
  /** The document's title (default 'Event Loop'; the Memory view's page is 'Memory'). */
  title?: string;
}

/** The Content-Security-Policy for the page: default deny, then only what it needs. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function renderPage(p: PageParts): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(p.nonce)) throw new Error('nonce must be base64 text');
  const csp = escapeHtml(contentSecurityPolicy(p.cspSource, p.nonce));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(p.styleUri)}">
<title>${escapeHtml(p.title ?? 'Event Loop')}</title>
</head>
<body>
<main id="root">${p.body}</main>
<script nonce="${p.nonce}" src="${escapeHtml(p.scriptUri)}"></script>
</body>
</html>
`;
}
