// The one place that knows the debug adapter. The adapter runs inline in the extension host,
// but the engine it drives runs in a process of its own (adapter/isolation/), so nothing a
// debuggee does can take the extension host down.
import * as vscode from 'vscode';
import { SupervisedSession } from '../adapter/isolation/supervisor';

/** Gives each Glassbox debug session its own adapter, with its own engine process. */
export class IsolatedAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  createDebugAdapterDescriptor(_session: vscode.DebugSession): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    return new vscode.DebugAdapterInlineImplementation(new SupervisedSession());
  }
}
