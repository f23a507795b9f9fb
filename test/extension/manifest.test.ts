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
    assert.deepEqual(Object.keys(props).sort(), ['cwd', 'hotCalls', 'hotLoopIterations', 'maxHeapMB', 'program', 'realTime', 'scopeView', 'seed', 'stopOnDeopt', 'stopOnEntry', 'tiering']);
    assert.equal(props.stopOnEntry.default, true);
    assert.equal(props.maxHeapMB.default, DEFAULT_DEBUG_HEAP_MB);
    assert.deepEqual(debuggerEntry.initialConfigurations, [currentFileConfig()]);
    assert.ok(debuggerEntry.configurationSnippets.every((s: { body: { type: string } }) => s.body.type === DEBUG_TYPE));
  });

  it('activates on what the code registers, and points main at the bundle', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.deepEqual(pkg.activationEvents.sort(), [
      `onCommand:${DEBUG_FILE_COMMAND}`,
      `onDebugDynamicConfigurations:${DEBUG_TYPE}`,
      `onDebugResolve:${DEBUG_TYPE}`,
      `onView:${EVENT_LOOP_VIEW}`,
    ]);
    assert.match(pkg.scripts.build, /esbuild extension\/extension\.ts .*--external:vscode .*--outfile=dist\/extension\.js/);
  });

  it('puts "Debug with Glassbox" in the editor title for JavaScript, with an icon', () => {
    assert.deepEqual(contributes.commands.map((c: { command: string }) => c.command), [DEBUG_FILE_COMMAND]);
    assert.match(contributes.commands[0].icon, /^\$\([a-z-]+\)$/);
    const title = contributes.menus['editor/title'][0];
    assert.equal(title.command, DEBUG_FILE_COMMAND);
    assert.match(title.when, /resourceLangId == javascript/);
    for (const entries of Object.values(contributes.menus) as { command: string }[][]) {
      for (const entry of entries) assert.equal(entry.command, DEBUG_FILE_COMMAND);
    }
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
