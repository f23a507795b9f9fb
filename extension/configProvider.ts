// F5 without a launch.json: turns an empty configuration into "debug the active JavaScript
// file" (and offers to write a launch.json), and offers that configuration in the Run view's list.
import * as vscode from 'vscode';
import { currentFileConfig, resolveLaunchConfig } from './debugConfig';
import { LaunchJsonOffer } from './rememberChoice';

export class GlassboxConfigurationProvider implements vscode.DebugConfigurationProvider {
  private readonly launchJson = new LaunchJsonOffer();

  resolveDebugConfiguration(
    folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.ProviderResult<vscode.DebugConfiguration> {
    const document = vscode.window.activeTextEditor?.document;
    const editor = document && { languageId: document.languageId, isUntitled: document.isUntitled };
    const folderPath = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
    const fromF5 = !config.type && !config.request && !config.name;
    const result = resolveLaunchConfig(config, editor, folderPath);
    if (result.kind === 'launch') {
      if (fromF5) void this.launchJson.offer(folder);
      return withScopeView(result.config);
    }
    void vscode.window.showErrorMessage(result.message);
    // undefined aborts the launch without VS Code's own "open launch.json" prompt.
    return undefined;
  }
}

/** The `glassbox.scopeView` setting goes to the adapter unless the configuration names its own. */
function withScopeView<T extends { scopeView?: unknown }>(config: T): T {
  const view = vscode.workspace.getConfiguration('glassbox').get<string>('scopeView', 'chrome');
  return config.scopeView === undefined && view === 'spec' ? { ...config, scopeView: 'spec' } : config;
}

/** Listed under "Glassbox" when the user picks a configuration to run from the Run view. */
export const dynamicConfigurations: vscode.DebugConfigurationProvider = {
  provideDebugConfigurations: () => [currentFileConfig()],
};
