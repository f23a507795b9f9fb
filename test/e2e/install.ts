// Installs VS Code for the browser (the npm package code-server) into a cache folder outside
// the repository, from the npm registry alone: code-server's own postinstall downloads from
// GitHub, so its steps are done here by hand. A finished install is stamped and reused.
//
// Run alone to install (or check) without running the suite: `npx tsx test/e2e/install.ts`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheDir, CHROMIUM, CODE_SERVER_VERSION, log, removeDir, run, seconds } from './util';

/** Bump when the steps below change, so older installs are redone. */
const RECIPE = 1;
const STAMP = '.glassbox-e2e-installed.json';
const APT_PACKAGES = 'chromium ripgrep libkrb5-dev python3 make g++';

/** code-server's shrinkwrap fetches this dependency from a GitHub commit; the registry has the same bytes. */
const PROXY_AGENT_GIT = 'git+ssh://git@github.com/microsoft/vscode-proxy-agent.git#0803e0a7d1249bcb64ae9d256d0ee732b7246ea5';
const PROXY_AGENT_TARBALL = 'https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz';
const PROXY_AGENT_INTEGRITY = 'sha512-ID1MOlynRkVN121n85Hs1enjW16B5Z1O6bMDkSPqvAMVD6eHUOqmgPZuEkBbRI43PfA6boUEY9Ndjp+0wPKtsg==';

/** Native modules VS Code's server loads; each must build from source here. */
const NATIVE_MODULES = ['node-pty', '@vscode/spdlog', 'kerberos', 'native-watchdog'];

export interface CodeServer {
  version: string;
  /** The folder holding node_modules/code-server. */
  root: string;
  /** code-server's entry script: run it with this Node (`node <entry> ...`). */
  entry: string;
}

interface Stamp { version: string; recipe: number; nodeAbi: string }

function stampFor(): Stamp {
  return { version: CODE_SERVER_VERSION, recipe: RECIPE, nodeAbi: process.versions.modules };
}

function installDir(): string {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

function describe(root: string): CodeServer {
  return { version: CODE_SERVER_VERSION, root, entry: path.join(root, 'node_modules', 'code-server', 'out', 'node', 'entry.js') };
}

function onPath(command: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

/** What this machine lacks for the suite, as a message saying how to get it; undefined if nothing. */
export function missingPrerequisites(need: { buildTools: boolean; browser: boolean }): string | undefined {
  const problems: string[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    problems.push(`code-server ${CODE_SERVER_VERSION} runs on Node 20 (its native modules are built for the Node that runs it); this is Node ${process.versions.node}.`);
  }
  if (need.browser && !fs.existsSync(CHROMIUM)) problems.push(`no Chromium at ${CHROMIUM} (Debian package "chromium"; or set GLASSBOX_E2E_CHROMIUM).`);
  if (need.buildTools) {
    if (!onPath('rg')) problems.push('no `rg` (Debian package "ripgrep"): VS Code\'s search uses it.');
    for (const tool of ['make', 'g++', 'python3']) {
      if (!onPath(tool)) problems.push(`no \`${tool}\`: node-gyp needs it to build VS Code's native modules.`);
    }
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !onPath('krb5-config')) {
      problems.push('no Kerberos headers (Debian package "libkrb5-dev"): the `kerberos` module builds against them.');
    }
    if (!fs.existsSync('/usr/include/node/node.h')) {
      problems.push('no Node headers in /usr/include/node: node-gyp builds against the installed Node (npm_config_nodedir=/usr).');
    }
  }
  if (problems.length === 0) return undefined;
  return `the end-to-end suite cannot run on this machine:\n  - ${problems.join('\n  - ')}\n`
    + `On Debian, as root: apt-get update && apt-get install -y ${APT_PACKAGES}`;
}

function readStamp(dir: string): Stamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8')) as Stamp;
  } catch (_e) {
    return undefined;
  }
}

function stampMatches(dir: string): boolean {
  const stamp = readStamp(dir);
  const want = stampFor();
  return stamp?.version === want.version && stamp.recipe === want.recipe && stamp.nodeAbi === want.nodeAbi
    && fs.existsSync(describe(dir).entry);
}

/** The cached code-server, installed first if it is missing, stale or half-done. */
export function ensureCodeServer(): CodeServer {
  const dir = installDir();
  if (stampMatches(dir)) {
    log(`code-server ${CODE_SERVER_VERSION}: cached in ${dir}`);
    return describe(dir);
  }
  const missing = missingPrerequisites({ buildTools: true, browser: false });
  if (missing) throw new Error(missing);
  fs.mkdirSync(cacheDir(), { recursive: true });
  // Installed next to its final place and renamed when complete: an interrupted install never
  // looks finished. Everything inside uses relative links, so the rename is safe.
  const work = `${dir}.partial-${process.pid}`;
  removeAbandonedInstalls(dir);
  removeDir(work);
  const started = Date.now();
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${dir} (about 90 s)`);
  try {
    installInto(work);
  } catch (err) {
    removeDir(work);
    throw err;
  }
  removeDir(dir);
  fs.renameSync(work, dir);
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${seconds(Date.now() - started)}`);
  return describe(dir);
}

/** Removes half-done installs left by runs that were killed (their process is gone). */
function removeAbandonedInstalls(dir: string): void {
  const prefix = `${path.basename(dir)}.partial-`;
  for (const name of fs.readdirSync(path.dirname(dir))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) continue;
    removeDir(path.join(path.dirname(dir), name));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function step(label: string, action: () => void): void {
  const started = Date.now();
  action();
  log(`  ${label} (${seconds(Date.now() - started)})`);
}

function installInto(work: string): void {
  fs.mkdirSync(work, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_nodedir: '/usr', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  // A package.json of its own, so npm never walks up into another project.
  fs.writeFileSync(path.join(work, 'package.json'), `${JSON.stringify({ name: 'glassbox-e2e-code-server', private: true, allowScripts: { argon2: true } }, null, 2)}\n`);
  const npm = (cwd: string, ...args: string[]) => run('npm', args, { cwd, env });

  step(`npm install --ignore-scripts code-server@${CODE_SERVER_VERSION}`, () => npm(work, 'install', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`));
  // build_from_source: node-pre-gyp compiles argon2 instead of trying a GitHub download first.
  step('npm rebuild argon2', () => run('npm', ['rebuild', 'argon2'], { cwd: work, env: { ...env, npm_config_build_from_source: 'true' } }));

  const vscodeDir = path.join(work, 'node_modules', 'code-server', 'lib', 'vscode');
  step('shrinkwrap: @vscode/proxy-agent from the registry', () => pointProxyAgentAtRegistry(vscodeDir));
  step('npm install --omit=dev --ignore-scripts (lib/vscode)', () => npm(vscodeDir, 'install', '--omit=dev', '--ignore-scripts'));

  step('ripgrep: Debian\'s rg', () => {
    const rg = onPath('rg');
    if (!rg) throw new Error('no `rg` on PATH (Debian package "ripgrep")');
    const binDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(binDir, { recursive: true });
    fs.copyFileSync(fs.realpathSync(rg), path.join(binDir, 'rg'));
    fs.chmodSync(path.join(binDir, 'rg'), 0o755);
  });
  // kerberos would first try to download a prebuilt binary from GitHub: build_from_source
  // names it, so it goes straight to node-gyp (a value of `true` would also compile
  // @parcel/watcher, which ships its Linux prebuilds in the package, for nothing).
  step('npm rebuild (native modules, against /usr/include/node)', () => run('npm', ['rebuild'], { cwd: vscodeDir, env: { ...env, npm_config_build_from_source: 'kerberos' } }));
  checkNativeModules(vscodeDir);

  step('links: node_modules.asar, remote-cli, browser helper', () => {
    symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
    symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  });
  step('npm install --omit=dev (lib/vscode/extensions)', () => npm(path.join(vscodeDir, 'extensions'), 'install', '--omit=dev'));

  const entry = describe(work).entry;
  const version = run(process.execPath, [entry, '--version'], { cwd: work, env: { ...process.env, HOME: work } });
  if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`installed code-server reports ${version.trim()}, expected ${CODE_SERVER_VERSION}`);
  fs.writeFileSync(path.join(work, STAMP), `${JSON.stringify(stampFor(), null, 2)}\n`);
}

function pointProxyAgentAtRegistry(vscodeDir: string): void {
  const file = path.join(vscodeDir, 'npm-shrinkwrap.json');
  const shrinkwrap = JSON.parse(fs.readFileSync(file, 'utf8')) as { packages?: Record<string, { version?: string; resolved?: string; integrity?: string }> };
  const entry = shrinkwrap.packages?.['node_modules/@vscode/proxy-agent'];
  if (!entry) throw new Error(`${file} has no node_modules/@vscode/proxy-agent entry`);
  if (entry.resolved === PROXY_AGENT_TARBALL) return;
  if (entry.resolved !== PROXY_AGENT_GIT || entry.integrity !== PROXY_AGENT_INTEGRITY || entry.version !== '0.27.0') {
    throw new Error(`unexpected @vscode/proxy-agent entry in ${file}: ${JSON.stringify(entry)}`);
  }
  // Same integrity: npm checks the registry tarball against the sha512 the git build had.
  entry.resolved = PROXY_AGENT_TARBALL;
  fs.writeFileSync(file, `${JSON.stringify(shrinkwrap, null, 2)}\n`);
}

function checkNativeModules(vscodeDir: string): void {
  const failures: string[] = [];
  for (const name of NATIVE_MODULES) {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(vscodeDir, 'node_modules', name))})`], { encoding: 'utf8' });
    if (r.status !== 0) failures.push(`${name}: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' / ')}`);
  }
  if (failures.length > 0) throw new Error(`native modules did not build (npm rebuild in ${vscodeDir}):\n  ${failures.join('\n  ')}`);
}

function symlink(target: string, linkPath: string): void {
  fs.rmSync(linkPath, { force: true, recursive: true });
  fs.symlinkSync(target, linkPath);
}

if (require.main === module) {
  try {
    const cs = ensureCodeServer();
    log(`ready: ${cs.entry}`);
  } catch (err) {
    console.error(`[e2e] install failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
