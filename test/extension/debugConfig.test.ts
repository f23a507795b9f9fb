// F5 without launch.json and the launch configurations the extension makes (pure logic).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { currentFileConfig, fileConfig, programPath, resolveLaunchConfig } from '../../extension/debugConfig';

const js = { languageId: 'javascript', isUntitled: false };

describe('launch configuration resolution', () => {
  it('turns an empty configuration (no launch.json) into "debug the active JavaScript file"', () => {
    assert.deepEqual(resolveLaunchConfig({}, js, '/ws'), {
      kind: 'launch',
      config: { type: 'glassbox', request: 'launch', name: 'Glassbox: debug current file', program: '${file}', stopOnEntry: true, cwd: '/ws' },
    });
  });

  it('keeps extra fields VS Code adds to an empty configuration', () => {
    const r = resolveLaunchConfig({ noDebug: true }, js);
    assert.equal(r.kind, 'launch');
    assert.equal(r.kind === 'launch' && r.config.noDebug, true);
    assert.equal(r.kind === 'launch' && r.config.program, '${file}');
  });

  it('refuses an empty configuration when the active editor is not JavaScript', () => {
    for (const editor of [undefined, { languageId: 'markdown', isUntitled: false }]) {
      const r = resolveLaunchConfig({}, editor);
      assert.equal(r.kind, 'error');
      assert.match(r.kind === 'error' ? r.message : '', /needs a program/);
    }
  });

  it('refuses an unsaved file', () => {
    const r = resolveLaunchConfig({}, { languageId: 'javascript', isUntitled: true });
    assert.deepEqual(r.kind === 'error' && /Save the file first/.test(r.message), true);
  });

  it('fills defaults into a launch.json configuration and keeps what it says', () => {
    const given = { type: 'glassbox', request: 'launch', name: 'mine', program: 'src/a.js', seed: 7, cwd: '/elsewhere' };
    assert.deepEqual(resolveLaunchConfig(given, undefined, '/ws'), { kind: 'launch', config: { ...given, stopOnEntry: true } });
    const noStop = resolveLaunchConfig({ ...given, stopOnEntry: false }, undefined);
    assert.equal(noStop.kind === 'launch' && noStop.config.stopOnEntry, false);
  });

  it('refuses attach requests and missing programs', () => {
    assert.match(JSON.stringify(resolveLaunchConfig({ type: 'glassbox', request: 'attach', name: 'a', program: 'x.js' }, js)), /only launch/);
    assert.match(JSON.stringify(resolveLaunchConfig({ type: 'glassbox', request: 'launch', name: 'a', program: '  ' }, js)), /needs a program/);
  });

  it('makes the configurations offered by the Run view and "Debug with Glassbox"', () => {
    assert.equal(currentFileConfig().program, '${file}');
    assert.deepEqual(fileConfig('/ws/examples/tdz.js'), { type: 'glassbox', request: 'launch', name: 'Glassbox: tdz.js', program: '/ws/examples/tdz.js', stopOnEntry: true });
  });
});

describe('programPath', () => {
  it('resolves the program a session runs, for links from the Event Loop view', () => {
    assert.equal(programPath({ program: '/abs/p.js' }, '/ws'), '/abs/p.js');
    assert.equal(programPath({ program: 'p.js' }, '/ws'), path.resolve('/ws', 'p.js'));
    assert.equal(programPath({ program: 'p.js', cwd: '/c' }, '/ws'), path.resolve('/c', 'p.js'));
    assert.equal(programPath({ program: 'p.js' }, undefined), undefined);
    assert.equal(programPath({ program: '${file}' }, '/ws'), undefined);
    assert.equal(programPath({}, '/ws'), undefined);
  });
});
