// The one place that knows the debug adapter: it runs inside the extension host, so a
// Glassbox session needs no separate process. Also passes on the adapter's custom messages.
import * as vscode from 'vscode';
import { GlassboxDebugSession } from '../adapter';

export { EVENT_LOOP_CHANGED_EVENT, EVENT_LOOP_ENTRIES_REQUEST, EVENT_LOOP_STATE_REQUEST, LOOP_ENTRIES_MAX } from '../adapter';

/** Gives each Glassbox debug session its own adapter instance, in process. */
export class InlineAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  createDebugAdapterDescriptor(_session: vscode.DebugSession): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    return new vscode.DebugAdapterInlineImplementation(new GlassboxDebugSession());
  }
}
