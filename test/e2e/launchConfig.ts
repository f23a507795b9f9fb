// Starts a program with F5 from a launch.json of one Glassbox configuration (the way to pass
// launch attributes such as exposeGc or stepIntoGc), removed again once the session runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckContext } from './checks';

export async function startWithLaunchJson(ctx: CheckContext, program: string, name: string, attributes: Record<string, unknown>): Promise<void> {
  const { wb } = ctx;
  const launchJson = path.join(ctx.workspace, '.vscode', 'launch.json');
  fs.mkdirSync(path.dirname(launchJson), { recursive: true });
  fs.writeFileSync(launchJson, JSON.stringify({
    version: '0.2.0',
    configurations: [{ type: 'glassbox', request: 'launch', name, program: `\${workspaceFolder}/${program}`, ...attributes }],
  }, null, 2));
  try {
    await wb.openFile(program);
    const started = await wb.pressF5();
    if (started !== 'started') throw new Error(`F5 with the launch.json ${started === 'asked' ? 'asked for a debugger' : 'started nothing'}`);
    await wb.waitPaused(30_000);
  } finally {
    fs.rmSync(path.dirname(launchJson), { recursive: true, force: true });
  }
}
