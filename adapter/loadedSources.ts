// The files of the run, for the Loaded Scripts view (DAP `loadedSources` and `loadedSource`
// events): the program's file, then each file it requires, in the order they loaded. A replay
// (Step Back) loads the same files again and tells nothing new.
import { LoadedSourceEvent, Source } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import * as path from 'node:path';

export class LoadedSources {
  private readonly sources = new Map<string, DebugProtocol.Source>();

  /** `toClient` turns an engine path into the client's; `send` sends an event. */
  constructor(private readonly toClient: (file: string) => string, private readonly send: (e: DebugProtocol.Event) => void) {}

  /** A new run of `programPath`: it is the only file loaded so far (a restart forgets the last run's). */
  start(programPath: string): void {
    this.sources.clear();
    this.sources.set(programPath, this.sourceOf(programPath));
  }

  /** The program loaded a file: the client hears of it the first time. */
  loaded(file: string): void {
    if (this.sources.has(file)) return;
    const source = this.sourceOf(file);
    this.sources.set(file, source);
    this.send(new LoadedSourceEvent('new', source));
  }

  body(): DebugProtocol.LoadedSourcesResponse['body'] {
    return { sources: [...this.sources.values()] };
  }

  private sourceOf(file: string): DebugProtocol.Source {
    return new Source(path.basename(file), this.toClient(file));
  }
}
