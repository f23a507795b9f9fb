// The process that answers the extension's Show Tokens / AST / Bytecode commands: one
// request, one answer (answer.ts), then it ends. The answer is computed on a worker thread
// with the engine thread's large stack, so deep programs parse here as in `glassbox run`.
// A process of its own keeps the engine out of the extension host; esbuild bundles this
// file into dist/pipelineHost.js, which is both the process's script and its worker's.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DEFAULT_DEBUG_HEAP_MB } from '../../engine/heap/defaults';
import { describeThreadFailure, engineThreadLimits, hostHeapMB } from '../isolation/engineThread';
import { answer } from './answer';
import type { PipelineAnswer, PipelineRequest } from './protocol';

function serve(): void {
  process.once('message', (request) => {
    const heapMB = hostHeapMB(DEFAULT_DEBUG_HEAP_MB);
    const worker = new Worker(__filename, { workerData: request, resourceLimits: engineThreadLimits(heapMB) });
    const reply = (a: PipelineAnswer) => process.send!(a, () => process.exit(0));
    worker.once('message', (a: PipelineAnswer) => reply(a));
    worker.once('error', (err) => reply({ kind: 'failed', message: describeThreadFailure(err, heapMB) }));
  });
}

if (isMainThread) serve();
else parentPort!.postMessage(answer(workerData as PipelineRequest));
