// What a user sees and does in VS Code's workbench, in terms of its DOM: the keyboard
// shortcuts a user presses (F5, F10, F11, F1, Ctrl+P) and the views a user reads (Call Stack,
// Variables, Debug Console, the Event Loop webview). Selectors lean on aria labels, which
// are what screen readers read and change least between VS Code versions.
import type { Frame, Page } from 'playwright-core';
import { sleep, waitUntil } from './util';

export interface CallStack {
  /** The Call Stack header's status: how the adapter described the stop. */
  message: string;
  /** Frame rows' aria labels, innermost first: "Stack Frame greet, line 18, hoisting.js". */
  frames: string[];
}

export interface LoopView {
  /** The status line: "Paused", "Running...", ... */
  status: string;
  phase: string;
  /** Callback names in each column, top first. */
  stack: string[];
  webApis: string[];
  macrotasks: string[];
  microtasks: string[];
  nextTicks: string[];
  /** False until the view redraws after markLoopView(). */
  fresh: boolean;
}

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = '.quick-input-widget .quick-input-box input';
const QUICK_ROWS = '.quick-input-widget .monaco-list-row';
const TOOLBAR = '.debug-toolbar';
const PAUSED = '.debug-toolbar .codicon-debug-continue';

export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens the workbench and waits until the workspace's files are listed in the Explorer. */
  async load(url: string, firstFile: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await waitUntil(`the Explorer to list ${firstFile}`, () => this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${firstFile}"]`).count(), (n) => n > 0, 60_000);
  }

  /** Quick Open (Ctrl+P): type the name, Enter, and wait for its editor tab. */
  async openFile(name: string): Promise<void> {
    await this.openQuickInput('Control+P');
    await this.page.locator(QUICK_INPUT_BOX).fill(name);
    await waitUntil(`Quick Open to offer ${name}`, () => this.quickPickLabels(), (labels) => labels[0]?.startsWith(name) ?? false, 10_000);
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector(`.tab.active[data-resource-name="${name}"]`, { timeout: 15_000 });
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor .view-lines', { timeout: 15_000 });
  }

  /** Runs a command from the command palette (F1) by its title, as a user types it. */
  async runCommand(title: string): Promise<void> {
    await this.openQuickInput('F1');
    await this.page.locator(QUICK_INPUT_BOX).fill(`>${title}`);
    await waitUntil(`the command palette to offer "${title}"`, () => this.quickPickLabels(), (labels) => labels[0]?.startsWith(title) ?? false, 10_000);
    await this.page.keyboard.press('Enter');
  }

  private async openQuickInput(key: string): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press(key);
    await this.page.waitForSelector(QUICK_INPUT_BOX, { state: 'visible', timeout: 10_000 });
    await waitUntil('the quick input to take the keyboard', () => this.page.evaluate(() => document.activeElement?.matches('.quick-input-box input') ?? false), (f) => f, 5_000);
  }

  async closeQuickInput(): Promise<void> {
    if (await this.quickInputVisible()) {
      await this.page.keyboard.press('Escape');
      await this.page.waitForSelector(QUICK_INPUT, { state: 'hidden', timeout: 5_000 });
    }
  }

  async quickInputVisible(): Promise<boolean> {
    return this.page.locator(QUICK_INPUT).isVisible();
  }

  /** The quick input's placeholder or title ("Select debugger"). */
  async quickInputPrompt(): Promise<string> {
    return this.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.quick-input-widget .quick-input-box input');
      const title = document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? '';
      return [input?.placeholder ?? '', input?.getAttribute('aria-label') ?? '', title].filter(Boolean).join(' | ');
    });
  }

  /** The visible rows of the quick input, top first, as their aria labels. */
  async quickPickLabels(): Promise<string[]> {
    return this.page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((r) => r.offsetParent !== null)
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((r) => r.getAttribute('aria-label') ?? ''), QUICK_ROWS);
  }

  /** Clicks the quick pick row whose label (without its description) is exactly `label`. */
  async pickQuick(label: string): Promise<void> {
    const row = this.page.locator(QUICK_ROWS).filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) });
    await row.first().click({ timeout: 10_000 });
    await this.parkMouse();
  }

  /** Toggles a breakpoint at `line` of the active editor (Go to Line, then F9). */
  async toggleBreakpointAt(line: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.page.keyboard.type(String(line));
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('F9');
  }

  /** Moves the mouse to an empty part of the title bar, so no tooltip covers a screenshot. */
  async parkMouse(): Promise<void> {
    const size = this.page.viewportSize();
    await this.page.mouse.move(size ? Math.round(size.width * 0.8) : 1150, 12);
  }

  /**
   * Presses F5 and says what happened: VS Code either asks which debugger to use (the built-in
   * JavaScript debugger also claims .js files) or starts one at once.
   */
  async pressF5(timeoutMs = 15_000): Promise<'asked' | 'started' | 'nothing'> {
    await this.page.keyboard.press('F5');
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await this.page.locator(TOOLBAR).isVisible()) return 'started';
      if (await this.quickInputVisible()) {
        const prompt = await this.quickInputPrompt();
        if (/debugger/i.test(prompt)) return 'asked';
      }
      await sleep(100);
    }
    return 'nothing';
  }

  async debugToolbarVisible(): Promise<boolean> {
    return this.page.locator(TOOLBAR).isVisible();
  }

  /** Waits until a debug session is paused: the toolbar offers Continue. */
  async waitPaused(timeoutMs = 20_000): Promise<void> {
    await waitUntil('a paused debug session (the debug toolbar offering Continue)', () => this.page.locator(PAUSED).isVisible(), (v) => v, timeoutMs);
  }

  async waitSessionEnded(timeoutMs = 20_000): Promise<void> {
    await waitUntil('the debug session to end (the debug toolbar to go)', () => this.page.locator(TOOLBAR).isVisible(), (v) => !v, timeoutMs);
  }

  /** Stops the debug session, if any (Shift+F5). */
  async stopDebugging(): Promise<void> {
    await this.closeQuickInput();
    if (!(await this.debugToolbarVisible())) return;
    await this.page.keyboard.press('Shift+F5');
    await this.waitSessionEnded();
  }

  /** Presses a stepping key once the session is paused (a key pressed while running is ignored). */
  async step(key: 'F10' | 'F11' | 'Shift+F11'): Promise<void> {
    await this.waitPaused();
    await this.page.keyboard.press(key);
  }

  /** Shows the Run and Debug view (Ctrl+Shift+D) with the Variables and Call Stack sections. */
  async showRunAndDebug(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+D');
    await this.page.waitForSelector('.debug-call-stack', { state: 'visible', timeout: 10_000 });
    await this.page.waitForSelector('.debug-variables', { state: 'visible', timeout: 10_000 });
  }

  async callStack(): Promise<CallStack> {
    return this.page.evaluate(() => ({
      message: document.querySelector('.pane-header[aria-label="Call Stack Section"] .call-stack-state-message')?.textContent?.trim() ?? '',
      frames: [...document.querySelectorAll('.debug-call-stack .monaco-list-row')].map((r) => r.getAttribute('aria-label') ?? ''),
    }));
  }

  async waitCallStack(what: string, ok: (cs: CallStack) => boolean, timeoutMs = 15_000): Promise<CallStack> {
    return waitUntil(`the Call Stack to show ${what}`, () => this.callStack(), ok, timeoutMs);
  }

  /** The Variables pane's rows, as aria labels: "Scope Global", "planet, value undefined". */
  async variables(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('.debug-variables .monaco-list-row')].map((r) => r.getAttribute('aria-label') ?? ''));
  }

  /** Expands a scope ("Global", "Script", "Local") in the Variables pane if it is collapsed. */
  async expandScope(name: string): Promise<void> {
    const row = this.page.locator(`.debug-variables .monaco-list-row[aria-label="Scope ${name}"]`);
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await waitUntil(`the ${name} scope to be expanded`, () => row.getAttribute('aria-expanded'), (v) => v === 'true', 10_000);
  }

  /** Collapses a scope if it is expanded (the Scope chain can fill the pane and hide the scopes below it). */
  async collapseScope(name: string): Promise<void> {
    const row = this.page.locator(`.debug-variables .monaco-list-row[aria-label="Scope ${name}"]`);
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    if ((await row.getAttribute('aria-expanded')) === 'true') await row.click();
    await waitUntil(`the ${name} scope to be collapsed`, () => row.getAttribute('aria-expanded'), (v) => v === 'false', 10_000);
  }

  /** The variables listed under one scope (up to the next scope row). */
  async scopeVariables(name: string): Promise<string[]> {
    const rows = await this.variables();
    const start = rows.indexOf(`Scope ${name}`);
    if (start < 0) return [];
    const rest = rows.slice(start + 1);
    const end = rest.findIndex((r) => r.startsWith('Scope '));
    return end < 0 ? rest : rest.slice(0, end);
  }

  async waitScopeVariables(scope: string, what: string, ok: (rows: string[]) => boolean, timeoutMs = 15_000): Promise<string[]> {
    return waitUntil(`the Variables pane's ${scope} scope to show ${what}`, () => this.scopeVariables(scope), ok, timeoutMs);
  }

  /** The Debug Console's lines (output and results), as the rows' aria labels, trimmed. */
  async debugConsole(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('.repl .monaco-list-row')]
      .sort((a, b) => Number((a as HTMLElement).dataset.index) - Number((b as HTMLElement).dataset.index))
      .map((r) => (r.getAttribute('aria-label') ?? '').trim()));
  }

  /** Shows the Debug Console if the panel is hidden (Ctrl+Shift+Y toggles it, so only then). */
  async showDebugConsole(): Promise<void> {
    if (await this.page.locator('.repl').isVisible()) return;
    await this.page.keyboard.press('Control+Shift+Y');
    await this.page.waitForSelector('.repl', { state: 'visible', timeout: 10_000 });
  }

  /** Shows the Run and Debug side bar and expands its Event Loop section if it is collapsed. */
  async showEventLoopView(): Promise<void> {
    await this.showRunAndDebug();
    const header = this.page.locator('.debug-viewlet .pane-header', { hasText: 'Event Loop' });
    await header.first().waitFor({ state: 'visible', timeout: 15_000 });
    if ((await header.first().getAttribute('aria-expanded')) !== 'true') {
      await header.first().click();
      await this.parkMouse();
    }
    await this.eventLoopFrame();
  }

  /**
   * The Event Loop webview's document. A webview is an iframe holding another iframe; the
   * inner one, whose document has the view's columns, is found among page.frames().
   */
  async eventLoopFrame(timeoutMs = 20_000): Promise<Frame> {
    return waitUntil('the Event Loop view (a webview frame with a "Web APIs" column)', async () => {
      for (const frame of this.page.frames()) {
        if (frame.isDetached()) continue;
        const found = await frame.evaluate(() => document.querySelector('section[aria-label="Web APIs"]') !== null).catch(() => false);
        if (found) return frame;
      }
      return undefined;
    }, (f) => f !== undefined, timeoutMs) as Promise<Frame>;
  }

  async loopView(): Promise<LoopView> {
    const frame = await this.eventLoopFrame(5_000);
    // No named helper functions inside: tsx (esbuild's keepNames) would wrap them in a
    // __name() call that does not exist in the page.
    const [status, phase, header, stack, webApis, macrotasks, microtasks, nextTicks] = await frame.evaluate((labels) => [
      document.querySelector('#root .status')?.textContent?.trim() ?? '',
      document.querySelector('#root .phase .value')?.textContent?.trim() ?? '',
      document.querySelector('#root > header')?.hasAttribute('data-e2e-seen') ? 'seen' : document.querySelector('#root > header') ? 'fresh' : 'none',
      ...labels.map((label) => [...document.querySelectorAll(`section[aria-label="${label}"] .entry .name`)].map((e) => e.textContent?.trim() ?? '')),
    ], ['Call Stack', 'Web APIs', 'Check queue', 'Microtask queue', 'nextTick queue']) as [string, string, string, string[], string[], string[], string[], string[]];
    return { status, phase, stack, webApis, macrotasks, microtasks, nextTicks, fresh: header === 'fresh' };
  }

  /** Marks what the Event Loop view shows now, so a redraw (a new stop) can be told apart. */
  async markLoopView(): Promise<void> {
    const frame = await this.eventLoopFrame(5_000);
    await frame.evaluate(() => document.querySelector('#root > header')?.setAttribute('data-e2e-seen', ''));
  }

  /** One step (F10) with the Event Loop view showing: returns the view at the next stop. */
  async stepInLoopView(): Promise<LoopView> {
    await this.waitPaused();
    await this.markLoopView();
    await this.page.keyboard.press('F10');
    return waitUntil('the Event Loop view to redraw, paused at the next stop', () => this.loopView(), (v) => v.fresh && v.status === 'Paused', 15_000);
  }

  /** Steps (F10) until `ok` holds for the Event Loop view, at most `maxSteps` times. */
  async stepUntil(what: string, ok: (v: LoopView) => boolean, maxSteps: number): Promise<LoopView> {
    let view = await this.loopView();
    for (let i = 0; i < maxSteps && !ok(view); i++) view = await this.stepInLoopView();
    if (!ok(view)) throw new Error(`after ${maxSteps} steps (F10) the Event Loop view still does not show ${what}; it shows ${describeLoop(view)}`);
    return view;
  }
}

export function describeLoop(v: LoopView): string {
  const list = (xs: string[]) => `[${xs.join(', ')}]`;
  return `status "${v.status}", phase "${v.phase}", Call Stack ${list(v.stack)}, Web APIs ${list(v.webApis)}, Check queue ${list(v.macrotasks)}, Microtask queue ${list(v.microtasks)}, nextTick queue ${list(v.nextTicks)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
