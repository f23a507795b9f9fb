// The Memory view's contributions and page: package.json against the ids the code uses,
// the webview bundle built and packaged, and a page that runs only its own script.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { LOOP_VIEW_CONTEXT_KEY } from '../../extension/ids';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { COLLECT_GARBAGE_COMMAND, HEAP_BOX_SECTION, MEMORY_SCRIPT, MEMORY_STYLE, MEMORY_VIEW, REVEAL_BOX_COMMAND, WHY_ALIVE_COMMAND } from '../../extension/memoryView/ids';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { renderPage } from '../../extension/loopView/page';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

describe('Memory view contributions', () => {
  it('is a webview in Run and Debug next to the Event Loop view, shown from the first session on', () => {
    const ids = contributes.views.debug.map((v: { id: string }) => v.id);
    assert.equal(ids.indexOf(MEMORY_VIEW), ids.indexOf('glassbox.eventLoop') + 1);
    assert.deepEqual(contributes.views.debug[ids.indexOf(MEMORY_VIEW)], { type: 'webview', id: MEMORY_VIEW, name: 'Memory', when: LOOP_VIEW_CONTEXT_KEY });
    // No activation event of its own: its `when` key is set only once a Glassbox session has activated the extension.
    assert.ok(!pkg.activationEvents.includes(`onView:${MEMORY_VIEW}`));
  });

  it('has Collect Garbage as the view\'s title action, with an icon', () => {
    const command = contributes.commands.find((c: { command: string }) => c.command === COLLECT_GARBAGE_COMMAND);
    assert.match(command?.icon ?? '', /^\$\([a-z-]+\)$/);
    assert.deepEqual(contributes.menus['view/title'].find((m: { command: string }) => m.command === COLLECT_GARBAGE_COMMAND), { command: COLLECT_GARBAGE_COMMAND, when: `view == ${MEMORY_VIEW}`, group: 'navigation@1' });
  });

  it('offers Why Is This Alive? and Reveal in Variables on a heap box\'s context menu, and not in the palette', () => {
    const when = `webviewId == '${MEMORY_VIEW}' && webviewSection == '${HEAP_BOX_SECTION}'`;
    assert.deepEqual(contributes.menus['webview/context'].map((m: { command: string; when: string }) => [m.command, m.when]), [[WHY_ALIVE_COMMAND, when], [REVEAL_BOX_COMMAND, when]]);
    for (const command of [WHY_ALIVE_COMMAND, REVEAL_BOX_COMMAND]) {
      assert.equal(contributes.menus.commandPalette.find((m: { command: string }) => m.command === command)?.when, 'false');
    }
    const titles = contributes.commands.filter((c: { command: string }) => [WHY_ALIVE_COMMAND, REVEAL_BOX_COMMAND].includes(c.command)).map((c: { title: string }) => c.title);
    assert.deepEqual(titles, ['Why Is This Alive?', 'Reveal in Variables']);
  });

  it('builds the webview script (with dagre) for the browser and lets it and the stylesheet into the package', () => {
    const script = MEMORY_SCRIPT.join('/');
    assert.match(pkg.scripts.build, new RegExp(`esbuild extension/memoryView/webview/main\\.ts --bundle --platform=browser .*--outfile=${script.replace('.', '\\.')}`));
    const kept = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(kept.includes(`!${script}`));
    assert.ok(kept.includes('!extension/media/*.css') && existsSync(path.join(ROOT, ...MEMORY_STYLE)));
    assert.ok(pkg.devDependencies['@dagrejs/dagre'], 'dagre is bundled, so a dev dependency');
  });
});

describe('Memory view page (the Event Loop view\'s, titled Memory)', () => {
  it('allows only its own script (by nonce) and the extension\'s files', () => {
    const html = renderPage({ cspSource: 'vscode-resource:', nonce: 'abc123==', styleUri: 'vscode-resource:/m.css', scriptUri: 'vscode-resource:/m.js', body: '', title: 'Memory' });
    assert.match(html, /content="default-src &#39;none&#39;; style-src vscode-resource:; img-src vscode-resource:; font-src vscode-resource:; script-src &#39;nonce-abc123==&#39;"/);
    assert.match(html, /<script nonce="abc123==" src="vscode-resource:\/m\.js"><\/script>/);
    assert.match(html, /<title>Memory<\/title>[^]*<main id="root"><\/main>/);
  });
});
