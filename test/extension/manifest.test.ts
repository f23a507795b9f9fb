// package.json's VS Code contributions against the code and the files they name: a typo
// here fails silently in VS Code (a button that never shows, a view that never fills).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEBUG_TYPE as ADAPTER_DEBUG_TYPE } from '../../adapter';
import { DEBUG_TYPE } from '../../adapter/protocol';
import { DEFAULT_DEBUG_HEAP_MB } from '../../adapter/launch';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { currentFileConfig } from '../../extension/debugConfig';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { DEBUG_FILE_COMMAND, EVENT_LOOP_VIEW, LOOP_VIEW_CONTEXT_KEY, MEDIA_FOLDER } from '../../extension/ids';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { AST_VIEW, AST_VIEW_CONTEXT_KEY, REVEAL_AST_NODE_COMMAND, SHOW_AST_COMMAND, SHOW_BYTECODE_COMMAND, SHOW_TOKENS_COMMAND } from '../../extension/pipeline/ids';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;
const debuggerEntry = contributes.debuggers[0];

describe('package.json contributions', () => {
  it('declares the glassbox debugger for JavaScript with the launch attributes', () => {
    assert.equal(DEBUG_TYPE, ADAPTER_DEBUG_TYPE);
    assert.equal(debuggerEntry.type, DEBUG_TYPE);
    assert.deepEqual(debuggerEntry.languages, ['javascript']);
    const props = debuggerEntry.configurationAttributes.launch.properties;
    assert.deepEqual(Object.keys(props).sort(), ['cwd', 'exposeGc', 'hotCalls', 'hotLoopIterations', 'ioDelay', 'maxHeapMB', 'program', 'realTime', 'scopeView', 'seed', 'stepIntoGc', 'stopOnDeopt', 'stopOnEntry', 'tiering']);
    assert.equal(props.stopOnEntry.default, true);
    assert.equal(props.maxHeapMB.default, DEFAULT_DEBUG_HEAP_MB);
    assert.deepEqual(debuggerEntry.initialConfigurations, [currentFileConfig()]);
    assert.ok(debuggerEntry.configurationSnippets.every((s: { body: { type: string } }) => s.body.type === DEBUG_TYPE));
  });

  it('activates on what the code registers, and points main at the bundle', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.deepEqual(pkg.activationEvents.sort(), [
      `onCommand:${DEBUG_FILE_COMMAND}`,
      `onCommand:${SHOW_AST_COMMAND}`,
      `onCommand:${SHOW_BYTECODE_COMMAND}`,
      `onCommand:${SHOW_TOKENS_COMMAND}`,
      `onDebugDynamicConfigurations:${DEBUG_TYPE}`,
      `onDebugResolve:${DEBUG_TYPE}`,
      `onView:${AST_VIEW}`,
      `onView:${EVENT_LOOP_VIEW}`,
    ].sort());
    assert.match(pkg.scripts.build, /esbuild extension\/extension\.ts .*--external:vscode .*--outfile=dist\/extension\.js/);
  });

  it('puts "Debug with Glassbox" in the editor title for JavaScript, with an icon', () => {
    assert.equal(contributes.commands[0].command, DEBUG_FILE_COMMAND);
    assert.match(contributes.commands[0].icon, /^\$\([a-z-]+\)$/);
    const title = contributes.menus['editor/title'][0];
    assert.equal(title.command, DEBUG_FILE_COMMAND);
    assert.match(title.when, /resourceLangId == javascript/);
    const commands = contributes.commands.map((c: { command: string }) => c.command);
    for (const entries of Object.values(contributes.menus) as { command: string }[][]) {
      for (const entry of entries) assert.ok(commands.includes(entry.command), `${entry.command} is in a menu but no contributed command`);
    }
  });

  it('offers Show Tokens, Show AST and Show Bytecode for JavaScript in the editor menus and the palette', () => {
    const shows = [SHOW_TOKENS_COMMAND, SHOW_AST_COMMAND, SHOW_BYTECODE_COMMAND];
    const titles = contributes.commands.filter((c: { command: string }) => shows.includes(c.command)).map((c: { title: string; category: string }) => `${c.category}: ${c.title}`);
    assert.deepEqual(titles, ['Glassbox: Show Tokens', 'Glassbox: Show AST', 'Glassbox: Show Bytecode']);
    for (const [menu, when] of [['editor/title', 'resourceLangId == javascript'], ['editor/context', 'resourceLangId == javascript'], ['commandPalette', 'editorLangId == javascript']]) {
      const entries = contributes.menus[menu].filter((e: { command: string }) => shows.includes(e.command));
      assert.deepEqual(entries.map((e: { command: string; when: string }) => [e.command, e.when]), shows.map((c) => [c, when]), menu);
    }
    const hidden = contributes.menus.commandPalette.find((e: { command: string }) => e.command === REVEAL_AST_NODE_COMMAND);
    assert.equal(hidden?.when, 'false', 'a click in the AST view is no command for the palette');
  });

  it('has the AST view in the Explorer once Show AST has run, and builds and packages the pipeline process', () => {
    assert.deepEqual(contributes.views.explorer, [{ id: AST_VIEW, name: 'Glassbox AST', when: AST_VIEW_CONTEXT_KEY }]);
    assert.match(pkg.scripts.build, /esbuild [^&]*adapter\/pipeline\/pipelineHost\.ts [^&]*--outdir=dist/);
    assert.ok(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes('!dist/pipelineHost.js'));
  });

  it('has the Event Loop webview in the Run and Debug side bar, from the first Glassbox session on', () => {
    assert.equal(contributes.viewsContainers, undefined);
    const [view] = contributes.views.debug;
    assert.deepEqual(view, { type: 'webview', id: EVENT_LOOP_VIEW, name: 'Event Loop', when: LOOP_VIEW_CONTEXT_KEY });
  });

  it('names files that exist and that .vscodeignore lets into the package', () => {
    const kept = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    /** `extension/media/a.css` is let in by `!extension/media/a.css` or `!extension/media/*.css`. */
    const letIn = (file: string) => kept.includes(file) || kept.includes(`${path.posix.dirname(file)}/*${path.posix.extname(file)}`);
    const media = MEDIA_FOLDER.join('/');
    for (const file of [pkg.icon, `${media}/loopView.css`, `${media}/loopView.js`, 'LICENSE', pkg.main.slice(2)]) {
      assert.ok(existsSync(path.join(ROOT, file)) || file.startsWith('dist/'), `${file} is missing`);
      assert.ok(letIn(file), `${file} is not let into the .vsix by .vscodeignore`);
    }
  });

  it('has an icon that is a 128x128 PNG', () => {
    const png = readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });
});
