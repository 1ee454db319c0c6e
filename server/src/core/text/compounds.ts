import compoundsData from '../../../../data/compounds.json';

/**
 * Two-syllable words (data/compounds.json), in lower case. A syllable written twice is ordinary Vietnamese when it
 * ends one word and begins the next: "quy định định hướng" is "quy định" + "định hướng", while "công tác tác đào tạo"
 * has no word "tác đào" and is damage (text-artifact). A capitalised run whose last syllable begins such a word with
 * the next one is no name ("Trường Chính trị", a school of politics; name-variant).
 */
export const COMPOUNDS: ReadonlySet<string> = new Set(compoundsData.compounds);

/** Syllables that are words of their own before a word they begin ("thành thành phố"); see data/compounds.json. */
export const WORDS_BEFORE_THEIR_COMPOUNDS: ReadonlySet<string> = new Set(compoundsData.wordsBeforeTheirCompounds);
