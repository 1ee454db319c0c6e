import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, MentionsRequest, type EntitySummary, type MentionLocation } from './protocol';

/** The groups the Entities view shows, in order, with the server's entity kinds they hold. */
const GROUPS: readonly { readonly kind: EntitySummary['kind']; readonly label: () => string; readonly icon: string }[] = [
  { kind: 'person', label: () => vscode.l10n.t('People'), icon: 'person' },
  { kind: 'document', label: () => vscode.l10n.t('Documents'), icon: 'file-text' },
  { kind: 'organization', label: () => vscode.l10n.t('Organisations'), icon: 'organization' },
];

type Node =
  | { readonly type: 'group'; readonly kind: string; readonly label: string; readonly icon: string; readonly entities: EntitySummary[] }
  | { readonly type: 'entity'; readonly entity: EntitySummary }
  | { readonly type: 'mention'; readonly mention: MentionLocation; readonly entity: EntitySummary };

/**
 * The "Entities" tree: people, documents and organisations of the folder,
 * each expanding to its mentions, shown as their line with the mention in
 * bold; a click on a mention opens the article at it. Everything comes from
 * the server; the view asks again whenever the server reports a change.
 */
export class EntitiesProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.contextValue = 'reportLens.group';
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        // The id changes with the name, so a renamed person is a new row and not a stale one.
        item.id = `${entity.id}\u0000${entity.name}`;
        item.description = vscode.l10n.t('{0} mentions in {1} files', entity.mentions, entity.files);
        item.tooltip = `${entity.name}\n${item.description}`;
        item.iconPath = new vscode.ThemeIcon(GROUPS.find((g) => g.kind === entity.kind)?.icon ?? 'symbol-misc');
        item.contextValue = `reportLens.entity.${entity.kind}`;
        return item;
      }
      case 'mention': {
        const { mention } = node;
        const uri = vscode.Uri.parse(mention.uri);
        const line = mention.range.start.line + 1;
        const label: vscode.TreeItemLabel = { label: mention.line.text, highlights: [[mention.line.start, mention.line.end]] };
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        item.description = `${basename(uri)}:${line}`;
        item.tooltip = `${mention.line.text}\n${uri.fsPath}:${line}:${mention.range.start.character + 1}`;
        item.iconPath = new vscode.ThemeIcon('location');
        item.command = {
          command: 'vscode.open',
          title: vscode.l10n.t('Go to Mention'),
          arguments: [uri, { selection: toRange(mention), preview: true } satisfies vscode.TextDocumentShowOptions],
        };
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const client = this.client();
    if (!client?.isRunning()) return [];
    if (!node) {
      const { entities } = await client.sendRequest(EntitiesRequest, { kinds: GROUPS.map((g) => g.kind) });
      return GROUPS.map((g) => ({
        type: 'group' as const,
        kind: g.kind,
        label: g.label(),
        icon: g.icon,
        entities: entities.filter((e) => e.kind === g.kind).sort(byMentionsThenName),
      })).filter((g) => g.entities.length > 0);
    }
    if (node.type === 'group') return node.entities.map((entity) => ({ type: 'entity' as const, entity }));
    if (node.type === 'entity') {
      const mentions = await client.sendRequest(MentionsRequest, { id: node.entity.id });
      return mentions.map((mention) => ({ type: 'mention' as const, mention, entity: node.entity }));
    }
    return [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The entity id a tree row's context-menu command receives (the timeline's "Show Timeline" on a person). */
export function entityIdOf(node: unknown): string | undefined {
  const entity = (node as Partial<Extract<Node, { type: 'entity' }>> | undefined)?.entity;
  return typeof entity?.id === 'string' ? entity.id : undefined;
}

function byMentionsThenName(a: EntitySummary, b: EntitySummary): number {
  return b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi');
}

function toRange(mention: MentionLocation): vscode.Range {
  const { start, end } = mention.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

function basename(uri: vscode.Uri): string {
  return decodeURIComponent(uri.path.slice(uri.path.lastIndexOf('/') + 1));
}
