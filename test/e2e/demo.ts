// `npm run demo`: the same VS Code as the end-to-end suite (code-server, Glassbox installed
// from a fresh .vsix, a copy of examples/ open), left running for a person to try, on
// 127.0.0.1 only. Ctrl-C stops it and removes the temporary profile.
//
// Options: `npm run demo -- --port 8080` (default: a free port). The environment variables of
// run.ts apply too (GLASSBOX_E2E_CACHE, GLASSBOX_E2E_VSIX).
import * as path from 'node:path';
import { buildVsix, disposeProfile, installExtension, makeProfile, startCodeServer, tail, type Profile, type Server } from './codeServer';
import { ensureCodeServer, missingPrerequisites } from './install';
import { log, RESULTS_DIR } from './util';

function portOption(argv: string[]): number | undefined {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return undefined;
  const raw = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port needs a port number, not ${JSON.stringify(raw)}`);
  return port;
}

async function main(): Promise<number> {
  const port = portOption(process.argv.slice(2));
  // Chromium is not needed: the person brings the browser. Node 20 is.
  const missing = missingPrerequisites({ buildTools: false, browser: false });
  if (missing) throw new Error(missing);
  const cs = ensureCodeServer();
  const profile: Profile = makeProfile('glassbox-demo-');
  let server: Server | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await server?.stop();
    disposeProfile(profile);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping code-server`);
      void stop(0);
    });
  }
  try {
    const vsix = buildVsix(profile.root);
    installExtension(cs, profile, vsix);
    server = await startCodeServer(cs, profile, { port, logFile: path.join(RESULTS_DIR, 'demo-code-server.log') });
  } catch (err) {
    await stop(1).catch(() => undefined);
    throw err;
  }
  const s = server;
  console.log('');
  console.log('Glassbox demo: VS Code with Glassbox, the examples folder open');
  console.log(`  open  ${s.url}`);
  console.log(`  (listening on 127.0.0.1 only; the folder is a copy of examples/ in ${profile.workspace})`);
  console.log('  Open hoisting.js and press F5 (pick "Glassbox" if asked), then F10 / F11 to step;');
  console.log('  event-loop.js with the Glassbox icon in the activity bar shows the Event Loop view.');
  console.log('  Ctrl-C stops it.');
  const code = await s.exited;
  if (stopping) return 0;
  log(`code-server exited (${code}); the end of ${s.logFile}:\n${tail(s.logFile)}`);
  await stop(1);
  return 1;
}

main().catch((err) => {
  console.error(`[demo] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
