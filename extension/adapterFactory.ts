// The one place that knows the debug adapter. The adapter runs inline in the extension host,
// but the engine it drives runs in a process of its own (adapter/isolation/), so nothing a
// debuggee does can take the extension host down. Also passes on the adapter's custom messages.
import * as vscode from 'vscode';
import { SupervisedSession } from '../adapter/isolation/supervisor';

export { ENGINE_FAILED_EVENT, EVENT_LOOP_CHANGED_EVENT, EVENT_LOOP_ENTRIES_REQUEST, EVENT_LOOP_STATE_REQUEST, LOOP_ENTRIES_MAX } from '../adapter/protocol';

/** Gives each Glassbox debug session its own adapter, with its own engine process. */
export class IsolatedAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  createDebugAdapterDescriptor(_session: vscode.DebugSession): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    return new vscode.DebugAdapterInlineImplementation(new SupervisedSession());
  }
}
