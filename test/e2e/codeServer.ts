// One VS Code for the browser with Glassbox installed: builds the .vsix, makes a fresh
// profile (HOME, user data, extensions) in a temporary folder, copies the examples as the
// workspace, and runs code-server on 127.0.0.1 in its own process group.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import type { CodeServer } from './install';
import { EXAMPLES_DIR, log, removeDir, REPO_ROOT, run, seconds, sleep, tempDir } from './util';

/** The Glassbox extension's id, publisher.name from package.json. */
export const EXTENSION_ID = 'glassbox.glassbox';

/**
 * User settings of the fresh profile: no welcome page over the editor, no trust prompt, and
 * nothing that reaches for the network. Debugging settings stay at VS Code's defaults.
 */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'typescript.disableAutomaticTypeAcquisition': true,
  'npm.fetchOnlinePackageInfo': false,
  'git.enabled': false,
};

/**
 * Builds the .vsix from the working tree (`npm run package`, which builds first) into `outDir`,
 * or uses GLASSBOX_E2E_VSIX when set.
 */
export function buildVsix(outDir: string): string {
  const given = process.env.GLASSBOX_E2E_VSIX;
  if (given) {
    const file = path.resolve(given);
    if (!fs.existsSync(file)) throw new Error(`GLASSBOX_E2E_VSIX=${given}: no such file`);
    log(`vsix: using ${file} (GLASSBOX_E2E_VSIX)`);
    return file;
  }
  const file = path.join(outDir, 'glassbox.vsix');
  const started = Date.now();
  run('npm', ['run', 'package', '--', '--out', file], { cwd: REPO_ROOT, timeoutMs: 5 * 60_000 });
  if (!fs.existsSync(file)) throw new Error(`npm run package wrote no ${file}`);
  log(`vsix: built ${path.basename(file)} (${Math.round(fs.statSync(file).size / 1024)} KB) in ${seconds(Date.now() - started)}`);
  return file;
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export interface Profile {
  /** Everything of this run lives under here; removed by dispose(). */
  root: string;
  /** The throwaway HOME for code-server and Chromium. */
  home: string;
  userDataDir: string;
  extensionsDir: string;
  /** The copy of examples/ that VS Code opens. */
  workspace: string;
}

export function makeProfile(prefix: string): Profile {
  const root = tempDir(prefix);
  const profile: Profile = {
    root,
    home: path.join(root, 'home'),
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    workspace: path.join(root, 'examples'),
  };
  fs.mkdirSync(profile.home, { recursive: true });
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(profile.extensionsDir, { recursive: true });
  fs.cpSync(EXAMPLES_DIR, profile.workspace, { recursive: true });
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  return profile;
}

/** The environment for code-server and Chromium: this machine's, with HOME (and XDG) in the profile. */
export function profileEnv(profile: Profile): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: profile.home,
    XDG_CONFIG_HOME: path.join(profile.home, '.config'),
    XDG_DATA_HOME: path.join(profile.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(profile.home, '.cache'),
  };
}

export function installExtension(cs: CodeServer, profile: Profile, vsix: string): void {
  const output = run(process.execPath, [
    cs.entry, '--install-extension', vsix,
    '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir,
  ], { cwd: profile.root, env: profileEnv(profile), timeoutMs: 120_000 });
  if (!/successfully installed/i.test(output)) throw new Error(`code-server --install-extension did not confirm the install:\n${output.trim()}`);
  const installed = fs.readdirSync(profile.extensionsDir).filter((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  if (installed.length !== 1) throw new Error(`expected one ${EXTENSION_ID} folder in ${profile.extensionsDir}, found: ${fs.readdirSync(profile.extensionsDir).join(', ')}`);
  log(`extension: installed ${installed[0]}`);
}

export interface Server {
  port: number;
  /** The workbench with the workspace folder open. */
  url: string;
  logFile: string;
  /** Resolves with the exit code when code-server exits (for whatever reason). */
  exited: Promise<number | null>;
  /** Stops code-server and everything it started (its whole process group). */
  stop(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  logFile: string;
  timeoutMs?: number;
}

/**
 * Starts code-server in a session of its own (spawn's `detached` is setsid(2)), so that stop()
 * can end the whole process group: the server, its extension hosts, terminals and watchers.
 */
export async function startCodeServer(cs: CodeServer, profile: Profile, options: StartOptions): Promise<Server> {
  const port = options.port ?? (await freePort());
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const logFd = fs.openSync(options.logFile, 'w');
  const args = [
    cs.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', path.join(profile.root, 'code-server.yaml'),
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    profile.workspace,
  ];
  // Its own config file, so code-server neither reads nor writes one under a real HOME.
  fs.writeFileSync(path.join(profile.root, 'code-server.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: profile.workspace,
    env: profileEnv(profile),
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
    child.once('error', () => resolve(null));
  });
  let gone = false;
  void exited.then(() => { gone = true; });

  const stop = async () => {
    if (!child.pid) return;
    signalGroup(child.pid, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (!gone && Date.now() < deadline) await sleep(100);
    // Also reaps what outlived the server itself (extension hosts, pty helpers).
    signalGroup(child.pid, 'SIGKILL');
  };

  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(profile.workspace).replace(/%2F/g, '/')}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (gone) {
      throw new Error(`code-server exited while starting; the end of ${options.logFile}:\n${tail(options.logFile)}`);
    }
    if ((await healthStatus(port)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${seconds(options.timeoutMs ?? 60_000)}; the end of ${options.logFile}:\n${tail(options.logFile)}`);
    }
    await sleep(200);
  }
  log(`code-server: listening on 127.0.0.1:${port} after ${seconds(Date.now() - started)} (log: ${path.relative(REPO_ROOT, options.logFile)})`);
  return { port, url, logFile: options.logFile, exited, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (_e) {
    // The group is already gone.
  }
}

function healthStatus(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch (_e) {
    return '(no log)';
  }
}

/** Copies VS Code's own logs (extension host, renderer, server) next to the screenshots. */
export function keepVsCodeLogs(profile: Profile, into: string): void {
  const logs = path.join(profile.userDataDir, 'logs');
  if (!fs.existsSync(logs)) return;
  try {
    fs.cpSync(logs, into, { recursive: true });
  } catch (_e) {
    // Logs are a help for diagnosis, never a reason to fail.
  }
}

export function disposeProfile(profile: Profile): void {
  removeDir(profile.root);
}
