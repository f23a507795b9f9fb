// The Memory webview's page: the Event Loop view's Content Security Policy (nothing remote,
// no inline script or style), the stylesheet, the bundled script and an empty root.
import { contentSecurityPolicy } from '../loopView/page';
import { escapeHtml } from '../loopView/render';

export interface MemoryPageParts { cspSource: string; nonce: string; styleUri: string; scriptUri: string }

export function renderMemoryPage(p: MemoryPageParts): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(p.nonce)) throw new Error('nonce must be base64 text');
  const csp = escapeHtml(contentSecurityPolicy(p.cspSource, p.nonce));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(p.styleUri)}">
<title>Memory</title>
</head>
<body>
<main id="root" aria-label="Memory"></main>
<script nonce="${p.nonce}" src="${escapeHtml(p.scriptUri)}"></script>
</body>
</html>
`;
}
