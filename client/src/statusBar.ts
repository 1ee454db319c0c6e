import * as vscode from 'vscode';
import { RESTRICTED_MESSAGE, type StatusParams } from './protocol';

/**
 * The one status bar item: the folder's article, entity and finding counts,
 * or the indexing progress while the server reads the folder (the server
 * sends no progress of its own to this client). It stays hidden until the
 * folder turns out to hold Vietnamese articles, or the user runs a Report
 * Lens command, so a code repository shows nothing. Clicking it opens the
 * Problems panel, where the findings are.
 */
export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reportLens.status', vscode.StatusBarAlignment.Left, 10);
  private wanted = false;
  private restricted = false;

  constructor() {
    this.item.name = 'Report Lens';
    this.item.command = 'workbench.actions.view.problems';
    this.starting();
  }

  /** Shows the item from now on, whatever the counts (a Report Lens command was run). */
  reveal(): void {
    this.wanted = true;
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(loading~spin) Report Lens';
    this.item.tooltip = vscode.l10n.t('Report Lens: starting the language server…');
  }

  stopped(reason: string): void {
    this.item.text = '$(error) Report Lens';
    this.item.tooltip = `Report Lens: ${reason}`;
    this.item.show();
  }

  update(status: StatusParams): void {
    if (status.indexing) {
      // Counts are shown only once indexing and publishing are over: no "0 findings" while loading.
      const { done, total } = status.indexing;
      this.item.text = `$(sync~spin) Report Lens: ${done}/${total}`;
      this.item.tooltip = vscode.l10n.t('Report Lens is reading the folder: {0} of {1} files analysed.', done, total);
      // Shown once the folder proves to hold articles: a code repository's READMEs are read without a sign.
      if (this.wanted || status.articles > 0) this.item.show();
      return;
    }
    if (status.articles === 0 && !this.wanted) {
      this.item.hide();
      return;
    }
    const articles = status.articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', status.articles);
    const entities = status.entities === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', status.entities);
    const findings = status.findings === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', status.findings);
    this.item.text = `${this.restricted ? '$(shield) ' : ''}$(book) ${articles} $(symbol-field) ${entities} $(warning) ${findings}`;
    const restricted = this.restricted ? `\n\n$(shield) ${vscode.l10n.t(RESTRICTED_MESSAGE)}` : '';
    this.item.tooltip = new vscode.MarkdownString(`**Report Lens**${restricted}\n\n${vscode.l10n.t('Click to open the Problems panel.')}`, true);
    this.item.show();
  }

  /** Restricted Mode (an untrusted folder): the item says that Report Lens reads only, and why. */
  setRestricted(restricted: boolean): void {
    this.restricted = restricted;
  }

  dispose(): void {
    this.item.dispose();
  }
}
