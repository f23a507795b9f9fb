// Asks the pipeline process (adapter/pipeline/pipelineHost.ts) for one stage of a text: a
// fresh process a request, so the engine never loads into the extension host. No vscode here.
import { fork } from 'node:child_process';
import type { PipelineAnswer, PipelineRequest } from '../../adapter/pipeline/protocol';

/** A parse and compile of any sane file ends well within this; past it the process is ended. */
const ANSWER_TIMEOUT_MS = 30_000;

/** Starts `hostScript` (dist/pipelineHost.js), sends `request` and resolves with its answer. */
export function askPipeline(hostScript: string, request: PipelineRequest, timeoutMs = ANSWER_TIMEOUT_MS): Promise<PipelineAnswer> {
  return new Promise((resolve) => {
    const child = fork(hostScript, [], {
      execArgv: [],
      // In VS Code's desktop build the extension host is Electron; this makes it act as Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let stderr = '';
    let settled = false;
    const settle = (a: PipelineAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(a);
    };
    const timer = setTimeout(() => {
      child.kill();
      settle({ kind: 'failed', message: `the pipeline process gave no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4096)));
    child.on('message', (m) => settle(m as PipelineAnswer));
    child.on('error', (err) => settle({ kind: 'failed', message: `the pipeline process could not start: ${err.message}` }));
    child.on('close', (code, signal) => settle({ kind: 'failed', message: `the pipeline process ended (${signal ?? `exit code ${code}`}) without an answer${why(stderr)}` }));
    child.send(request);
  });
}

/** The error line of what the process wrote on stderr (Node's own report ends with its version). */
function why(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const line = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines[0];
  return line === undefined ? '' : `: ${line}`;
}
