// `glassbox-dap`: the Glassbox debug adapter as a program. Speaks DAP on stdin/stdout, or
// with `--port N` serves it over TCP on 127.0.0.1 (one session per connection). Each
// session's engine runs in a process of its own, so no debuggee can take this one down.
import * as net from 'node:net';
import { serveStreams } from '../adapter/isolation/streamServer';

const usage = `Usage: glassbox-dap             DAP on stdin/stdout
       glassbox-dap --port N    DAP over TCP on 127.0.0.1:N (0 picks a free port)
`;

function parsePort(args: string[]): number | undefined | 'bad' {
  const i = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return args.length === 0 ? undefined : 'bad';
  const text = args[i].startsWith('--port=') ? args[i].slice('--port='.length) : args[i + 1];
  const port = Number(text);
  return Number.isInteger(port) && port >= 0 && port < 65536 ? port : 'bad';
}

const log = (line: string): void => void process.stderr.write(line + '\n');

function serveStdio(): void {
  const session = serveStreams(process.stdin, process.stdout, log);
  process.on('SIGTERM', () => {
    session.dispose();
    process.exit(0);
  });
}

function serveTcp(port: number): void {
  const server = net.createServer((socket) => {
    socket.on('error', () => socket.destroy());
    serveStreams(socket, socket, log);
  });
  server.on('error', (err) => {
    process.stderr.write(`glassbox-dap: cannot listen on 127.0.0.1:${port}: ${err.message}\n`);
    process.exitCode = 1;
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address() as net.AddressInfo;
    process.stdout.write(`Glassbox debug adapter listening on 127.0.0.1:${address.port}\n`);
  });
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage);
} else {
  const port = parsePort(args);
  if (port === 'bad') {
    process.stderr.write(`glassbox-dap: bad arguments: ${args.join(' ')}\n\n${usage}`);
    process.exitCode = 2;
  } else if (port === undefined) serveStdio();
  else serveTcp(port);
}
