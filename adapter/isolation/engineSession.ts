// The engine's thread in the engine's process: runs the debug session (and with it the
// engine) and speaks DAP with the process's main thread. Bundled as dist/engineSession.js.
import { parentPort } from 'node:worker_threads';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { GlassboxDebugSession } from '../session';

const port = parentPort!;
const session = new GlassboxDebugSession();
session.onDidSendMessage((m) => port.postMessage(m));
port.on('message', (m: DebugProtocol.ProtocolMessage) => session.handleMessage(m));
