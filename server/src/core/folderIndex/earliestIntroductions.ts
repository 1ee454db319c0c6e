import type { Article, Mention } from '../model';
import { compareArticles, type WorkspaceIndex } from './workspaceIndex';

/** Where Go to Definition lands for one entity, and whether it is a full introduction. */
interface Target {
  readonly article: Article;
  readonly mention: Mention;
  readonly introduction: boolean;
}

/** A full introduction beats a bare mention; between two of a kind, the earlier article in reading order wins. */
function better(a: Target, b: Target): boolean {
  if (a.introduction !== b.introduction) return a.introduction;
  return compareArticles(a.article, b.article) < 0;
}

/** Each entity's first full introduction in an article, else its first mention there. */
function candidates(article: Article): Map<string, Target> {
  const found = new Map<string, Target>();
  for (const mention of article.mentions) {
    const current = found.get(mention.key);
    if (!current || (mention.introduction && !current.introduction)) found.set(mention.key, { article, mention, introduction: mention.introduction });
  }
  return found;
}

/**
 * For every entity, the target of F12: its first full introduction in the
 * earliest article that introduces it, or, when no article does, its first
 * mention in the earliest article. Kept as articles change, so definition
 * reads it instead of walking the entity's files: a new article only
 * competes with the current target, and only an entity whose target was in a
 * replaced or removed article is looked up again, on its next request.
 */
export class EarliestIntroductions {
  private readonly targets = new Map<string, Target>();
  private readonly stale = new Set<string>();

  constructor(private readonly index: WorkspaceIndex) {}

  /**
   * The index took a new text of an article; `old` is the one it replaced. Where the old text held an
   * entity's target and the new one, in the same place of the reading order, has as good a
   * candidate (an introduction, or a mention where the target was a mention), that candidate is the
   * target: it beats every other article as the old one did. So typing in an article, or its
   * re-reading under new keys, leaves no entity to be looked up again over all its files.
   */
  articleSet(old: Article | undefined, article: Article): void {
    const found = candidates(article);
    if (old) this.release(old, compareArticles(old, article) === 0 ? found : undefined);
    for (const [key, candidate] of found) {
      if (this.stale.has(key)) continue;
      const current = this.targets.get(key);
      if (!current || better(candidate, current)) this.targets.set(key, candidate);
    }
  }

  articleDeleted(old: Article): void {
    this.release(old, undefined);
  }

  /**
   * Gives up the targets an old article held: each goes to its candidate in `kept` (the new text, in
   * the same place of the reading order) when that is as good, else the entity is looked up again
   * when next asked.
   */
  private release(old: Article, kept: ReadonlyMap<string, Target> | undefined): void {
    for (const mention of old.mentions) {
      const target = this.targets.get(mention.key);
      if (target?.article.uri !== old.uri) continue;
      const candidate = kept?.get(mention.key);
      if (candidate && (candidate.introduction || !target.introduction)) {
        this.targets.set(mention.key, candidate);
      } else {
        this.targets.delete(mention.key);
        this.stale.add(mention.key);
      }
    }
  }

  /** The entity's target with its file, or undefined for an entity no article mentions. */
  earliest(key: string): { uri: string; mention: Mention } | undefined {
    if (this.stale.delete(key)) {
      let best: Target | undefined;
      for (const [uri, mentions] of this.index.filesOf(key)) {
        const article = this.index.article(uri);
        const mention = mentions.find((m) => m.introduction) ?? mentions[0];
        const candidate = article && mention && { article, mention, introduction: mention.introduction };
        if (candidate && (!best || better(candidate, best))) best = candidate;
      }
      if (best) this.targets.set(key, best);
    }
    const target = this.targets.get(key);
    return target && { uri: target.article.uri, mention: target.mention };
  }
}
