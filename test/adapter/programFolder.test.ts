// The sandbox the CLI and the debugger give `require`: files inside the program's folder tree
// are read (once), anything outside it, also through a symbolic link, is 'outside', and a
// program that requires its way out fails with ERR_GLASSBOX_SANDBOX under `glassbox run`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { programFolderReader } from '../../adapter/programFolder';
import { runGlassboxAsync } from '../helpers/processes';

describe('adapter: the program folder sandbox', () => {
  let top: string;
  let app: string;
  beforeEach(() => {
    top = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cjs-sandbox-')));
    app = path.join(top, 'app');
    fs.mkdirSync(path.join(app, 'lib'), { recursive: true });
    fs.writeFileSync(path.join(app, 'main.js'), "try { require('../secret'); } catch (e) { console.log(e.code); }\nrequire('./lib/inner');\n");
    fs.writeFileSync(path.join(app, 'lib', 'inner.js'), "console.log(require('../main.js') !== undefined);\n");
    fs.writeFileSync(path.join(top, 'secret.js'), "console.log('the secret ran');\n");
    fs.symlinkSync(path.join(top, 'secret.js'), path.join(app, 'link.js'));
  });
  afterEach(() => fs.rmSync(top, { recursive: true, force: true }));

  it('reads inside the folder tree; outside, or through a link that leads out, is outside; a folder is missing', () => {
    const read = programFolderReader(path.join(app, 'main.js'));
    assert.equal(read(path.join(app, 'lib', 'inner.js')).kind, 'file');
    assert.deepEqual(read(path.join(top, 'secret.js')), { kind: 'outside', root: app });
    assert.deepEqual(read(path.join(app, 'link.js')), { kind: 'outside', root: app });
    assert.deepEqual(read(path.join(app, 'lib')), { kind: 'missing' });
    assert.deepEqual(read(path.join(app, 'nothing.js')), { kind: 'missing' });
  });

  it('a program reached through a linked folder reads its own files (the link is in the folder\'s path, not in the file\'s)', () => {
    const linked = path.join(top, 'linked-app');
    fs.symlinkSync(app, linked);
    const read = programFolderReader(path.join(linked, 'main.js'));
    assert.equal(read(path.join(linked, 'lib', 'inner.js')).kind, 'file');
    assert.deepEqual(read(path.join(top, 'secret.js')), { kind: 'outside', root: app });
    assert.deepEqual(read(path.join(linked, 'link.js')), { kind: 'outside', root: app });
  });

  it('gives the same text again after the file changed, so a replay makes the same run', () => {
    const file = path.join(app, 'lib', 'inner.js');
    const read = programFolderReader(path.join(app, 'main.js'));
    const first = read(file);
    fs.writeFileSync(file, 'changed');
    assert.deepEqual(read(file), first);
  });

  it('glassbox run: a require out of the folder fails with ERR_GLASSBOX_SANDBOX, one inside works', async () => {
    const r = await runGlassboxAsync(path.join(app, 'main.js'));
    assert.equal(r.stdout, 'ERR_GLASSBOX_SANDBOX\ntrue\n');
    assert.equal(r.status, 0);
  });
});
