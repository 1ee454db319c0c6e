import type { Mention, PersonTitle } from '../model';
import type { Source } from '../text/source';
import { mentionAt, type RecogniseContext } from './context';
import { findOfficials, type FoundTitle } from './officials';
import { NarrativeYears } from './narrativeYears';

/**
 * People (officials): the name only, keyed by the name. Each mention carries
 * the titles written at it, with their offsets and modifiers; a mention is
 * an introduction when it has titles (see officials.ts for how names,
 * honorifics and the titles that belong to them are read).
 */
export function recognisePeople(ctx: RecogniseContext): Mention[] {
  const { source } = ctx;
  // Read only when a mention has posts held (not former ones) to date: most articles' people need it, but not every article has people.
  let narrative: NarrativeYears | undefined;
  return findOfficials(source, ctx.lexicon, ctx.publication?.date.year).people.map((p) => {
    const mention = mentionAt(
      source,
      'person',
      p.start,
      p.end,
      p.key,
      { kind: 'person', name: p.name, ...(p.honorific ? { honorific: p.honorific } : {}), titles: p.titles.map((t) => personTitle(source, t)) },
      p.titles.length > 0,
    );
    if (!p.titles.some((t) => !t.modifiers.includes('former'))) return mention;
    narrative ??= new NarrativeYears(source.original, ctx.publication?.date.year);
    const heldIn = narrative.at(mention.start, mention.end);
    return heldIn === undefined ? mention : { ...mention, data: { ...mention.data, heldIn } };
  });
}

/** A title as the person mention carries it: the text as written and offsets in the original text. */
function personTitle(source: Source, title: FoundTitle): PersonTitle {
  const start = source.toOriginal(title.start);
  const end = source.toOriginal(title.end);
  return { text: source.original.slice(start, end), start, end, canonical: title.canonical, modifiers: title.modifiers };
}
