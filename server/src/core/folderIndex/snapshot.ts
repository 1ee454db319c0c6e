import type { WorkspaceIndex } from './workspaceIndex';
import type { ArticleOrders } from './articleOrder';
import type { EntityDigest } from './entityDigest';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Mention } from '../model';

/**
 * What a request reads of the folder, in one value: the cross-file index, the
 * kept article orders, the entity digests, each entity's earliest
 * introduction and the knowledge base in force.
 * The service hands features a snapshot between updates and never while one
 * is under way, and features only read it (every field is typed read-only),
 * so a feature's answer depends on the snapshot and its own arguments alone.
 */
export interface Snapshot {
  readonly index: WorkspaceIndex;
  readonly orders: ArticleOrders;
  readonly digest: EntityDigest;
  readonly knowledge: KnowledgeBase;
  /**
   * Where Go to Definition lands for an entity: its first full introduction in the earliest article
   * that introduces it, else its first mention in the earliest article; undefined for an entity no
   * article mentions. Read from a kept table (`earliestIntroductions.ts`), which works an entity out
   * again, over its files, only after the article holding its target changed place or lost it.
   */
  readonly earliest: (key: string) => { readonly uri: string; readonly mention: Mention } | undefined;
}
