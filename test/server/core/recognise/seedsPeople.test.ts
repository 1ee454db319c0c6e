import * as assert from 'node:assert/strict';
import expected from './seeds-people.json';
import type { AuthorData, PersonData, TitleData } from '../../../../server/src/core/model';
import { analyseArticle } from '../../../../server/src/core/article';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { nameOf, seedFiles } from '../../../support/fixture';

/**
 * The officials, stand-alone titles and bylines of the five seeds, exactly as
 * seeds-people.json lists them (written by reading the articles, not from the
 * recognisers' output): a missed or extra official, a wrong title list or
 * count, or a byline taken for an official fails.
 */

interface SeedPeople {
  readonly people: Record<string, { readonly mentions: number; readonly titles: readonly string[] }>;
  readonly standaloneTitles: readonly string[];
  readonly authors: readonly string[];
}

const FILES: Record<string, SeedPeople> = expected.files;
const lexicon = createLexicon();

function peopleOf(uri: string, text: string): SeedPeople {
  const mentions = analyseArticle(uri, text, 0, lexicon).mentions;
  const people: Record<string, { mentions: number; titles: string[] }> = {};
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const data = m.data as PersonData;
    const entry = (people[data.name] ??= { mentions: 0, titles: [] });
    entry.mentions++;
    for (const t of data.titles) if (!entry.titles.includes(t.canonical)) entry.titles.push(t.canonical);
  }
  return {
    people,
    standaloneTitles: mentions.filter((m) => m.kind === 'title' && !(m.data as TitleData).holder).map((m) => m.text),
    authors: mentions.filter((m) => m.kind === 'author').map((m) => `${(m.data as AuthorData).name} ${(m.data as AuthorData).role}`),
  };
}

describe('core/recognise on the seeds (people, titles, bylines)', () => {
  const seeds = seedFiles();
  it('lists every seed', () => {
    assert.deepEqual([...seeds.keys()].map(nameOf).sort(), Object.keys(FILES).sort());
  });
  for (const [uri, text] of seeds) {
    it(`finds exactly the officials and bylines of ${nameOf(uri)}`, () => {
      assert.deepEqual(peopleOf(uri, text), FILES[nameOf(uri)]);
    });
  }
});
