import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
const ROOT = process.argv[2];
void (async () => {
  const dc = new DebugClient('node', path.join(ROOT, 'bin', 'glassbox-dap.js'), 'glassbox');
  dc.defaultTimeout = 60_000;
  await dc.start();
  await dc.initializeRequest();
  const t0 = performance.now();
  const stopped = dc.waitForEvent('stopped').then(() => performance.now() - t0);
  await Promise.all([dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()), dc.launchRequest({ program: '/tmp/startup12-learner.js', stopOnEntry: true } as never)]);
  console.log('stop after', (await stopped).toFixed(0));
  await dc.disconnectRequest({});
  await new Promise((r) => setTimeout(r, 1500));
  await dc.stop();
})();
