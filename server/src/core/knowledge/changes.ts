import { awardKey, organizationKey, personKey, resolvedPersonKey, titleKey } from '../entityKeys';
import type { KnowledgeBase } from './knowledgeBase';
import { documentKeyOf } from './taught';

/**
 * The entity keys whose knowledge-base facts differ between two knowledge
 * bases, so that saving the knowledge file re-checks only the articles that
 * mention them. Where an entry is defined in the file is left out of the
 * comparison: moving an entry changes Go to Definition, not any article.
 */
export function affectedKeys(before: KnowledgeBase, after: KnowledgeBase): Set<string> {
  const keys = new Set<string>();
  const changed = <T extends { readonly id: string }>(a: readonly T[], b: readonly T[], add: (entry: T) => void) => {
    const old = new Map(a.map((e) => [e.id, facts(e)]));
    const next = new Map(b.map((e) => [e.id, facts(e)]));
    for (const e of a) if (next.get(e.id) !== old.get(e.id)) add(e);
    for (const e of b) if (next.get(e.id) !== old.get(e.id)) add(e);
  };
  changed(before.people, after.people, (person) => {
    keys.add(personKey(person.name));
    keys.add(resolvedPersonKey(person.name, person.id));
    for (const alias of person.aliases) keys.add(personKey(alias));
    for (const post of person.posts) keys.add(titleKey(post.title));
  });
  changed(before.documents, after.documents, (document) => {
    const key = documentKeyOf(document);
    if (key) keys.add(key);
  });
  changed(before.organizations, after.organizations, (organization) => keys.add(organizationKey(organization.name)));
  const awardId = <T extends { readonly name: string; readonly edition: number }>(a: T) => ({ ...a, id: awardKey(a.name, a.edition) });
  changed(before.awards.map(awardId), after.awards.map(awardId), (award) => keys.add(award.id));
  // A title that became (or stopped being) a single post changes who may hold it.
  for (const kb of [before, after]) {
    for (const person of kb.people) {
      for (const post of person.posts) {
        if (before.isSinglePost(post.title) !== after.isSinglePost(post.title)) keys.add(titleKey(post.title));
      }
    }
  }
  return keys;
}

/** An entry's facts as text, without where it is defined. */
function facts(entry: object): string {
  return JSON.stringify(entry, (key, value: unknown) => (key === 'definition' ? undefined : value));
}
