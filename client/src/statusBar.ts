import * as vscode from 'vscode';
import { RESTRICTED_MESSAGE, type StatusParams } from './protocol';

/**
 * The status bar item: the folder's article, entity and finding counts, or the
 * indexing progress while the server reads the folder. Clicking it opens the
 * Problems panel, where the findings are.
 */
export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reportLens.status', vscode.StatusBarAlignment.Left, 10);
  private restricted = false;

  constructor() {
    this.item.name = 'Report Lens';
    this.item.command = 'workbench.actions.view.problems';
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(loading~spin) Report Lens';
    this.item.tooltip = 'Report Lens: starting the language server…';
  }

  stopped(reason: string): void {
    this.item.text = '$(error) Report Lens';
    this.item.tooltip = `Report Lens: ${reason}`;
  }

  update(status: StatusParams): void {
    if (status.indexing && status.indexing.done < status.indexing.total) {
      const { done, total } = status.indexing;
      this.item.text = `$(sync~spin) Report Lens: indexing ${done}/${total}`;
      this.item.tooltip = `Report Lens is reading the folder: ${done} of ${total} articles analysed.`;
      return;
    }
    this.item.text = `$(book) ${plural(status.articles, 'article')} $(symbol-field) ${plural(status.entities, 'entity', 'entities')} $(warning) ${plural(status.findings, 'finding')}`;
    const restricted = this.restricted ? `\n\n$(shield) ${RESTRICTED_MESSAGE}` : '';
    this.item.tooltip = new vscode.MarkdownString(
      `**Report Lens**\n\n${plural(status.articles, 'article')} indexed, ${plural(status.entities, 'entity', 'entities')} recognised, ${plural(status.findings, 'finding')}.${restricted}\n\nClick to open the Problems panel.`,
      true,
    );
    if (this.restricted) this.item.text = `$(shield) ${this.item.text}`;
  }

  /** Restricted Mode (an untrusted folder): the item says that Report Lens reads only, and why. */
  setRestricted(restricted: boolean): void {
    this.restricted = restricted;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
