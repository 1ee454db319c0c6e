import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TimelineRequest, type TimelineResult } from './protocol';
import { timelineHtml } from './timelineHtml';

/**
 * The timeline panel of one official at a time: asks the server for the
 * data, draws it (timelineHtml.ts), opens a mention or a source on a click,
 * and redraws when the folder changes while it is open.
 */
export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private data: TimelineResult | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async show(id: string): Promise<void> {
    const data = await this.timelineOf(id);
    if (!data) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No timeline: this is not an official of the folder.'));
      return;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('reportLens.timeline', '', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = this.data = undefined));
      this.panel.webview.onDidReceiveMessage((message: { open?: number; source?: string }) => this.clicked(message));
    } else {
      this.panel.reveal(undefined, true);
    }
    this.render(data);
  }

  /** Redraws the open panel from the server's current data (after edits, renames or knowledge changes). */
  async refresh(): Promise<void> {
    if (!this.panel || !this.data) return;
    const data = await this.timelineOf(this.data.id);
    if (data && this.panel) this.render(data);
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private async timelineOf(id: string): Promise<TimelineResult | null | undefined> {
    const client = this.client();
    if (!client?.isRunning()) return undefined;
    return client.sendRequest(TimelineRequest, { id });
  }

  private render(data: TimelineResult): void {
    if (!this.panel) return;
    this.data = data;
    this.panel.title = vscode.l10n.t('Timeline: {0}', data.name);
    const strings = {
      heading: vscode.l10n.t('{0}: titles over time', data.name),
      fromArticles: vscode.l10n.t('In the folder’s articles'),
      fromKnowledge: vscode.l10n.t('In the knowledge base'),
      conflict: vscode.l10n.t('not recorded in the knowledge base on this date'),
      present: vscode.l10n.t('present'),
      undated: vscode.l10n.t('undated'),
      toldOn: (year: number, date: string) => vscode.l10n.t('{0}, told on {1}', year, date),
      noPosts: vscode.l10n.t('The knowledge base records no posts for this person.'),
      ambiguous: vscode.l10n.t('The knowledge base holds several people of this name, and the articles do not tell them apart.'),
      source: vscode.l10n.t('source'),
      legend: vscode.l10n.t('Bars: posts from the knowledge base (click for the source). Dots: articles (click to open the mention); a red dot with ! is a conflict.'),
    };
    this.panel.webview.html = timelineHtml(data, strings, nonce(), this.panel.webview.cspSource, new Date().toISOString().slice(0, 10));
  }

  private async clicked(message: { open?: number; source?: string }): Promise<void> {
    if (typeof message.open === 'number') {
      const article = this.data?.articles[message.open];
      if (!article) return;
      const { start, end } = article.range;
      await vscode.window.showTextDocument(vscode.Uri.parse(article.uri), {
        viewColumn: vscode.ViewColumn.One,
        selection: new vscode.Range(start.line, start.character, end.line, end.character),
      });
    } else if (typeof message.source === 'string' && /^https?:\/\//.test(message.source)) {
      await vscode.env.openExternal(vscode.Uri.parse(message.source));
    }
  }
}

/** A fresh nonce for each page, so only the page's own script and style run. */
function nonce(): string {
  return randomBytes(18).toString('base64url');
}
