// Checks of the pipeline views in VS Code: Show Tokens, Show AST and Show Bytecode on a
// small program, run from the command palette as a user does, read back from the screen.
import type { CheckContext, Scenario } from './checks';
import { openProgram } from './flowPrograms';
import { sleep, waitUntil } from './util';

/** The learner's classic, one statement a line, so each stage has a line to point at. */
const PIPELINE_JS = `let a = 20;
const b = 30;
var c;
function multiply(e, f) {
  var g = 20;
  return e * f * g;
}
c = multiply(20, 30);
`;

export const PIPELINE_PROGRAMS: Record<string, string> = { 'pipeline.js': PIPELINE_JS };

/** The text of every editor on screen (lines as drawn, spaces plain), to find a document by its content. */
async function editorTexts(ctx: CheckContext): Promise<string[]> {
  return ctx.wb.page.evaluate(() => [...document.querySelectorAll('.editor-group-container .monaco-editor .view-lines')]
    .map((e) => [...e.querySelectorAll('.view-line')].map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n')));
}

/** Waits for an editor showing every one of `lines` (each a regular expression on a whole line). */
async function waitEditorShowing(ctx: CheckContext, what: string, lines: RegExp[]): Promise<string> {
  const texts = await waitUntil(`an editor showing ${what}`, () => editorTexts(ctx), (ts) => ts.some((t) => lines.every((re) => re.test(t))), 20_000);
  return texts.find((t) => lines.every((re) => re.test(t)))!;
}

/** Opens pipeline.js with the cursor at `place` (line:column), as Go to Line (Ctrl+G) puts it. */
async function cursorAt(ctx: CheckContext, place: string): Promise<void> {
  await openProgram(ctx, 'pipeline.js');
  await ctx.wb.page.keyboard.press('Control+G');
  await ctx.wb.page.keyboard.type(place);
  await ctx.wb.page.keyboard.press('Enter');
}

/** The AST view's row whose label is exactly `label`. */
function astRow(ctx: CheckContext, label: string) {
  const { page } = ctx.wb;
  return page.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
}

async function selectionStatus(ctx: CheckContext): Promise<string> {
  return ctx.wb.page.evaluate(() => (document.getElementById('status.editor.selection')?.textContent ?? '').trim());
}

/** Drags the side bar's edge right by `px`, so the README's picture shows the tree's labels whole. */
async function widenSideBar(ctx: CheckContext, px: number): Promise<void> {
  const { page } = ctx.wb;
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 1 + px, y, { steps: 5 });
  await page.mouse.up();
}

export const pipelineViews: Scenario = {
  name: 'pipeline: tokens, AST and bytecode',
  checks: [
    {
      id: 'pipeline-tokens',
      name: 'Glassbox: Show Tokens opens a read-only document beside the editor, one token a line with its line:col and kind',
      run: async (ctx) => {
        await openProgram(ctx, 'pipeline.js');
        await ctx.wb.runCommand('Glassbox: Show Tokens');
        const text = await waitEditorShowing(ctx, 'the tokens of pipeline.js', [/^1:1 +keyword +let$/m, /^4:10 +identifier +multiply$/m, /^6:12 +punctuator +\*$/m]);
        await ctx.wb.page.waitForSelector('.tab[data-resource-name="pipeline.js (tokens)"]', { timeout: 10_000 });
        await ctx.wb.parkMouse();
        return text.split('\n').slice(0, 3).join(' | ');
      },
    },
    {
      id: 'pipeline-ast',
      name: 'Glassbox: Show AST shows the tree in the Explorer; expanding multiply and clicking its name selects multiply in the editor',
      run: async (ctx) => {
        const { wb } = ctx;
        await openProgram(ctx, 'pipeline.js');
        await wb.runCommand('Glassbox: Show AST');
        await astRow(ctx, 'Program').waitFor({ state: 'visible', timeout: 20_000 });
        // The folder's file list above the view takes the Explorer's height: folded, as a user would.
        const folder = wb.page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]', { hasText: /examples/i }).first();
        if (await folder.isVisible()) await folder.click();
        const fn = astRow(ctx, 'body[3]: FunctionDeclaration multiply');
        await fn.waitFor({ state: 'visible', timeout: 20_000 });
        if ((await fn.getAttribute('aria-expanded')) !== 'false') throw new Error(`the function's row should start collapsed; aria-expanded is ${await fn.getAttribute('aria-expanded')}`);
        await fn.locator('.monaco-tl-twistie').click();
        const name = astRow(ctx, 'id: Identifier multiply');
        await name.waitFor({ state: 'visible', timeout: 10_000 });
        await name.click();
        const status = await waitUntil('the editor to select multiply (line 4, 8 characters)', () => selectionStatus(ctx), (s) => /^Ln 4, Col \d+ \(8 selected\)$/.test(s), 10_000);
        const body = astRow(ctx, 'body: BlockStatement');
        await body.locator('.monaco-tl-twistie').click();
        await astRow(ctx, 'body[1]: ReturnStatement').waitFor({ state: 'visible', timeout: 10_000 });
        await wb.parkMouse();
        await sleep(300);
        return `after the click the status bar reads "${status}"`;
      },
    },
    {
      id: 'pipeline-bytecode',
      name: 'Glassbox: Show Bytecode with the cursor in multiply shows multiply\'s instructions and constant pool',
      run: async (ctx) => {
        const { wb } = ctx;
        await cursorAt(ctx, '6:12');
        await wb.runCommand('Glassbox: Show Bytecode');
        const text = await waitEditorShowing(ctx, "multiply's bytecode", [/^== multiply \(normal\) ==$/m, /^ +\d+ +6:10 +Mul$/m, /^constant pool:$/m, /^ {2}#0 +value +20$/m]);
        if (/== \(anonymous\) \(module\) ==/.test(text)) throw new Error('the whole program is shown, not the function at the cursor');
        await wb.page.waitForSelector('.tab[data-resource-name="pipeline.js (bytecode)"]', { timeout: 10_000 });
        await astRow(ctx, 'id: Identifier multiply').click();
        await widenSideBar(ctx, 140);
        await wb.parkMouse();
        await sleep(500);
        await ctx.shot('readme');
        return text.split('\n').filter((l) => /Mul|#0/.test(l)).join(' | ');
      },
    },
    {
      id: 'pipeline-live',
      name: 'Editing the file redraws its Bytecode view: g = 21 shows in multiply\'s constant pool',
      run: async (ctx) => {
        const { wb } = ctx;
        await cursorAt(ctx, '5:13');
        await wb.page.keyboard.press('Backspace');
        await wb.page.keyboard.type('1');
        const text = await waitEditorShowing(ctx, 'the constant pool redrawn with 21', [/^== multiply \(normal\) ==$/m, /^ {2}#0 +value +21$/m]);
        await ctx.shot('edited');
        // Two undo steps: the typed 1, then the deleted 0.
        await wb.page.keyboard.press('Control+Z');
        await wb.page.keyboard.press('Control+Z');
        await waitEditorShowing(ctx, 'the constant pool back to 20 after Undo', [/^== multiply \(normal\) ==$/m, /^ {2}#0 +value +20$/m]);
        return text.split('\n').filter((l) => /#0/.test(l)).join(' | ');
      },
    },
  ],
};
