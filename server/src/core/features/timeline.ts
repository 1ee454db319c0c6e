import { currentPosts, narrativeYearOf, type Mention } from '../model';
import { toIso } from '../calendar';
import type { Snapshot } from '../folderIndex/snapshot';
import type { DateBound } from '../knowledge/knowledgeBase';
import type { KnowledgeMessages } from '../messages/catalogue';
import { EN } from '../messages/en';

/** One article naming the person: its date, the titles it gives them, and where they are first mentioned in it. */
export interface TimelineArticle {
  readonly uri: string;
  /** The publication date (ISO), undefined when the article is undated. */
  readonly date?: string;
  /** The year the article's narrative sets for these posts ("Năm 1956, …"), when it is not the publication year: the posts are placed there. */
  readonly heldIn?: number;
  readonly titles: readonly string[];
  readonly start: number;
  readonly end: number;
  /** Titles the knowledge base knows but does not give the person on that date. */
  readonly conflicts: readonly string[];
}

/** A date of a post as the knowledge file words it, with the earliest and latest day it may be (ISO). */
export interface TimelineDate {
  readonly text: string;
  readonly earliest?: string;
  readonly latest?: string;
}

/** A post from the knowledge base, with its dates and its source. */
export interface TimelinePost {
  readonly title: string;
  readonly term?: number;
  readonly start: TimelineDate;
  /** Absent while the post is held as far as the knowledge base knows. */
  readonly end?: TimelineDate;
  readonly source?: string;
}

/** What the timeline panel draws for one official. */
export interface Timeline {
  readonly key: string;
  readonly name: string;
  /** In reading (date) order. */
  readonly articles: readonly TimelineArticle[];
  readonly posts: readonly TimelinePost[];
  /** Why the knowledge base has no posts to show: the person is unknown to it, or namesakes are not told apart. */
  readonly knowledgeNote?: 'unknown' | 'ambiguous';
}

/**
 * The titles an official held over time, for the timeline panel: each
 * article of the folder naming them (dated, with its titles and the first
 * mention to link to) and the posts the knowledge base records with their
 * sources. A title an article gives on a date the knowledge base does not
 * is a conflict. The work is one entity's files, never the folder.
 */
export function timeline({ index, orders: { reading }, knowledge }: Snapshot, key: string, k: KnowledgeMessages = EN.knowledge): Timeline | undefined {
  const byFile = index.filesOf(key);
  let name: string | undefined;
  const allTitles: string[] = [];
  const articles: TimelineArticle[] = [];
  reading.forEach(byFile, (uri, mentions) => {
    const people = mentions.filter((m): m is Mention & { data: { kind: 'person' } } => m.data.kind === 'person');
    if (people.length === 0) return;
    name ??= people[0].data.kind === 'person' ? people[0].data.name : undefined;
    // The posts held on the article's date: a former post (nguyên) is history, not a point on the timeline.
    const titles = [...new Set(people.flatMap((m) => (m.data.kind === 'person' ? currentPosts(m.data) : [])))];
    for (const t of titles) if (!allTitles.includes(t)) allTitles.push(t);
    const article = index.article(uri);
    const date = article?.publication?.date;
    const heldIn = narrativeYearOf(people, article);
    // Posts a history dates to another year than the article's are not compared with the knowledge base on the article's date.
    const conflicts = date && name && heldIn === undefined ? knowledge.resolvePerson(name, titles, date).unsupportedTitles : [];
    articles.push({ uri, date: date && toIso(date), ...(heldIn !== undefined ? { heldIn } : {}), titles, start: people[0].start, end: people[0].end, conflicts });
  });
  if (name === undefined) return undefined;
  const resolution = knowledge.resolvePerson(name, allTitles);
  const person = resolution.ambiguous ? undefined : resolution.person;
  const posts = (person?.posts ?? []).map(
    (post): TimelinePost => ({ title: post.title, term: post.term, start: bound(post.start, k), end: post.end && bound(post.end, k), source: post.sources[0] }),
  );
  const knowledgeNote = resolution.candidates.length === 0 ? 'unknown' : person ? undefined : 'ambiguous';
  return { key, name, articles, posts, ...(knowledgeNote ? { knowledgeNote } : {}) };
}

/** A knowledge-base date for the panel, said in the user's language. */
function bound(date: DateBound, k: KnowledgeMessages): TimelineDate {
  return { text: k.date(date), earliest: date.earliest && toIso(date.earliest), latest: date.latest && toIso(date.latest) };
}
