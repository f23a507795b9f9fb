// The process that answers the extension's Show Tokens / AST / Bytecode commands: one
// request, one answer (answer.ts), then it ends. A process of its own keeps the engine out
// of the extension host; esbuild bundles it into dist/pipelineHost.js.
import { answer } from './answer';
import type { PipelineRequest } from './protocol';

process.once('message', (request) => {
  process.send!(answer(request as PipelineRequest), () => process.exit(0));
});
