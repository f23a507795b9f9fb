// Golden files (as js-debug's src/test/stacks/*.txt): a whole text the learner sees, compared
// with the file that holds it, so any change to it is a diff to review in the commit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `GLASSBOX_UPDATE_GOLDEN=1` rewrites the golden files with what the run produced. */
export const UPDATING = process.env.GLASSBOX_UPDATE_GOLDEN === '1';

/** Checks `actual` against the golden file `file` (absolute), or rewrites it when UPDATING. */
export function matchGolden(file: string, actual: string): void {
  const name = path.relative(path.resolve(__dirname, '..', '..'), file);
  if (UPDATING) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `${name} does not exist: run this test with GLASSBOX_UPDATE_GOLDEN=1 to write it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs: review the diff, then GLASSBOX_UPDATE_GOLDEN=1 rewrites it`);
}

/** A text with this machine's path to `folder` written as `<name>`, so the files hold no checkout path. */
export function withoutPath(text: string, folder: string, name: string): string {
  return text.split(folder).join(`<${name}>`);
}
