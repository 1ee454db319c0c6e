import { currentPosts, type Article, type Mention } from '../model';
import type { KnowledgeBase, Origin } from '../knowledge/knowledgeBase';
import { resolveCitation } from '../knowledge/citations';
import type { Location } from './navigation';
import { awardEdition } from './hoverKnowledge';

/**
 * Where an entity is defined in the workspace knowledge file, for Go to
 * Definition: the entry of the person (namesakes told apart as the hover
 * does), document, organisation or award edition, when the workspace file
 * has one. Bundled entries have no place the user could jump to.
 */
export function knowledgeEntry(article: Article, mention: Mention, knowledge: KnowledgeBase, fileUri: string | undefined): Location | undefined {
  if (!fileUri) return undefined;
  const at = (entry: Origin | undefined): Location | undefined =>
    entry?.origin === 'workspace' && entry.definition ? { uri: fileUri, ...entry.definition } : undefined;
  const data = mention.data;
  switch (data.kind) {
    case 'person': {
      return at(knowledge.resolvePerson(data.name, currentPosts(data), article.publication?.date).person);
    }
    case 'document':
      return at(resolveCitation(article, mention, knowledge)?.document);
    case 'organization':
      return at(knowledge.organizationNamed(data.canonical));
    case 'award':
      return at(awardEdition(data, knowledge));
    default:
      return undefined;
  }
}
