import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, MentionsRequest, type EntitySummary, type MentionLocation } from './protocol';

/** The groups the Entities view shows, in order, with the server's entity kinds they hold. */
const GROUPS: readonly { readonly kind: EntitySummary['kind']; readonly label: string; readonly icon: string }[] = [
  { kind: 'person', label: 'People', icon: 'person' },
  { kind: 'document', label: 'Documents', icon: 'file-text' },
  { kind: 'organization', label: 'Organisations', icon: 'organization' },
];

type Node =
  | { readonly type: 'group'; readonly kind: string; readonly label: string; readonly icon: string; readonly entities: EntitySummary[] }
  | { readonly type: 'entity'; readonly entity: EntitySummary }
  | { readonly type: 'mention'; readonly mention: MentionLocation; readonly entity: EntitySummary };

/**
 * The "Entities" tree: people, documents and organisations of the folder,
 * each expanding to its mentions; a click on a mention opens the article at it.
 * Everything comes from the server; the view only asks when it is shown or
 * when the server reports that the folder changed.
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
        item.id = entity.id;
        item.description = `${count(entity.mentions, 'mention')} in ${count(entity.files, 'file')}`;
        item.tooltip = `${entity.name}\n${entity.id}\n${item.description}`;
        item.iconPath = new vscode.ThemeIcon(GROUPS.find((g) => g.kind === entity.kind)?.icon ?? 'symbol-misc');
        item.contextValue = 'reportLens.entity';
        return item;
      }
      case 'mention': {
        const { mention } = node;
        const uri = vscode.Uri.parse(mention.uri);
        const line = mention.range.start.line + 1;
        const item = new vscode.TreeItem(`${basename(uri)}:${line}`, vscode.TreeItemCollapsibleState.None);
        // The text as written matters when it is a variant of the entity's name.
        if (mention.text !== node.entity.name) item.description = mention.text;
        item.tooltip = `${mention.text}\n${uri.fsPath}:${line}:${mention.range.start.character + 1}`;
        item.iconPath = new vscode.ThemeIcon('location');
        item.command = {
          command: 'vscode.open',
          title: 'Go to Mention',
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
        ...g,
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

function byMentionsThenName(a: EntitySummary, b: EntitySummary): number {
  return b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi');
}

function toRange(mention: MentionLocation): vscode.Range {
  const { start, end } = mention.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}
