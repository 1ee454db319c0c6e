import type { WorkspaceIndex } from './workspaceIndex';
import type { ArticleOrders } from './articleOrder';
import type { EntityDigest } from './entityDigest';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';

/**
 * What a request reads of the folder, in one value: the cross-file index, the
 * kept article orders, the entity digests and the knowledge base in force.
 * The service hands features a snapshot between updates and never while one
 * is under way, and features only read it (every field is typed read-only),
 * so a feature's answer depends on the snapshot and its own arguments alone.
 */
export interface Snapshot {
  readonly index: WorkspaceIndex;
  readonly orders: ArticleOrders;
  readonly digest: EntityDigest;
  readonly knowledge: KnowledgeBase;
}
