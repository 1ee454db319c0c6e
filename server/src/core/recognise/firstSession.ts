import { createSource } from '../text/source';
import { HEADLINE_AND_LEAD, TERM_YEARS } from './publication';

/**
 * Whether an article reports the first session of a people's council or of
 * the National Assembly for a term ("kỳ họp thứ nhất HĐND tỉnh … khóa XVIII,
 * nhiệm kỳ 2016-2021", "HĐND tỉnh … họp kỳ thứ nhất"), and of which term.
 *
 * Why this matters: every council elected at one general election holds its
 * first session within weeks of it (the law calls it within 45 days of the
 * election), and elects its chair, the people's committee and their deputies
 * there. So the posts two such articles give are held at nearly the same
 * time, whatever else dates them; one official cannot hold posts in two
 * provinces then, which tells namesakes apart (folderIndex/namesakes.ts).
 *
 * Only the headline and the lead are read: a first session named further on
 * is more likely history than the news of the day.
 */

const FIRST_SESSION = /(?:kỳ họp|họp kỳ) (?:thứ nhất|đầu tiên)/iu;
const COUNCIL = /HĐND|Hội đồng nhân dân|Quốc hội/iu;

export interface CouncilTerm {
  readonly from: number;
  readonly to: number;
}

/** The term whose first council session the article's lead reports, or undefined. */
export function firstSessionTerm(text: string): CouncilTerm | undefined {
  const lead = createSource(text.slice(0, HEADLINE_AND_LEAD)).norm;
  for (const sentence of lead.split(/[.!?\n]/u)) {
    if (!FIRST_SESSION.test(sentence) || !COUNCIL.test(sentence)) continue;
    const term = TERM_YEARS.exec(sentence);
    if (term) return { from: Number(term[1]), to: Number(term[2]) };
  }
  return undefined;
}
