import type { Article } from '../model';
import { matchKey } from '../text/source';
import { firstFiles, type Contribution, type Tally } from '../folderIndex/aggregates';
import type { Problem, Rule } from './rule';
import { LOCAL_CODE_ISSUERS, centralSuffix, codeFor, issuerOf, numberedDocuments } from './documents';
import { CODE_OF_TYPE, codeFitsType } from '../documentTypes';
import { quote, replaceFix } from './edits';
import { inHeading } from '../text/headings';
import type { DocumentCodeMessages } from '../messages/catalogue';

/**
 * document-code: a numbered citation without its code ("Quy định số 138"),
 * whose code names another type ("Chỉ thị số 21-NQ/TW"), or whose code is a
 * provincial committee's while a central body is said to issue it
 * ("Chỉ thị số 15-CT/TU của Bộ Chính trị"). The missing code is offered
 * (as a suggestion: it states a fact) only when the same document is cited
 * with a code elsewhere in the folder, and with one code only; otherwise
 * the rule just says so.
 *
 * A citation is not missing its code when the code is written after it
 * anyway ("số 1987 – QĐNS/TW", "số 528 và 529-QĐNS/TW"), when it refers
 * back to a document the article already cited with its code ("Quy định số
 * 365 bổ sung…" after "Quy định số 365-QĐ/TW"), or when it is a short name
 * defined in parentheses ("(gọi tắt là Quy định số 114)"), or when it is no
 * formal citation at all: a number without "số", date or issuer ("nghị
 * quyết 12 của Đảng" names a congress's resolution), or when it stands in a
 * headline or heading, which shortens names by custom. A back-reference
 * that repeats the date or issuer is a full citation again, and needs its code.
 */

const NUMBER_IN_CITATION = /số\s*(\d+)/u;
/** A code written after the number with spaces around its dash, or shared with the next number of a list. */
const CODE_FOLLOWS = /^\s*(?:[-–—]\s*|(?:và|,)\s*(?:số\s*)?\d+\s*[-–]\s*)[A-ZĐ][A-Za-zĐđ]{0,5}\/[A-ZĐ]{2,10}/u;
/** An opening parenthesis, perhaps with "gọi tắt là" or "sau đây gọi là", right before the citation. */
const DEFINED_IN_PARENTHESES = /\((?:\s*(?:gọi tắt là|sau đây gọi là|sau đây gọi tắt là|gọi là)\s*)?$/iu;

export const documentCode: Rule = {
  id: 'document-code',
  defaultSeverity: 'warning',
  contribute(article: Article): Contribution[] {
    const out: Contribution[] = [];
    for (const { mention, data, identity } of numberedDocuments(article)) {
      const span = { start: mention.start, end: mention.end };
      if (data.code && data.codeIssuer) out.push({ group: codeGroup(data.type, data.number, identity), variant: data.codeIssuer, ...span });
      // A citation without a code reads the codes the folder cites the same document with (see check): it is counted
      // as a reader of those groups, so that a code cited or dropped elsewhere re-checks it.
      else if (!data.code && !data.codeType) for (const group of lookedUp(data.type, data.number, identity)) out.push({ group, variant: READER, ...span });
    }
    return out;
  },
  readsOf(tally: Tally, group: string) {
    // Only citations without a code read the group: the codes it is cited with, and the first files citing each.
    const reading = codesOf(tally, group)
      .map((issuer) => `${issuer} ${firstFiles(tally, group, issuer)}`)
      .join('\n');
    return (variant) => (variant === READER ? reading : '');
  },
  check({ article, tally, messages }) {
    const m = messages.documentCode;
    const problems: Problem[] = [];
    // Type and number of the documents the article has cited with their code so far.
    const coded = new Set<string>();
    for (const { mention, data, identity } of numberedDocuments(article)) {
      const own = `${matchKey(data.type)} ${data.number}`;
      if (data.codeType && !codeFitsType(data.type, data.codeType)) {
        problems.push({
          start: mention.start,
          end: mention.end,
          message: m.codeOfOtherType(quote(mention.text), data.type, CODE_OF_TYPE.get(matchKey(data.type)) ?? '…', quote(data.code ?? data.codeType)),
        });
        continue;
      }
      const issuer = issuerOf(article, mention);
      const central = issuer === undefined ? undefined : centralSuffix(issuer);
      if (data.codeIssuer && central && LOCAL_CODE_ISSUERS.has(data.codeIssuer.toUpperCase())) {
        problems.push({
          start: mention.start,
          end: mention.end,
          message: m.provincialCode(quote(mention.text), data.codeIssuer, issuer ?? '', central),
        });
      }
      if (data.code) coded.add(own);
      const spaced = spacedDash(article.uri, mention.start, mention.text, messages.documentCode);
      if (spaced) problems.push(spaced);
      // A short name ("Quy định 114" after "Quy định số 114-QĐ/TW", or "Nghị quyết 18" and "NQ 18" written without "số")
      // needs no code of its own, and one of a pair ("số 528 và 529-QĐNS/TW") shares the other's code family.
      if (data.code || data.codeType || data.shortOf || data.plenum !== undefined || data.congress !== undefined) continue;
      if (!NUMBER_IN_CITATION.test(mention.text)) continue;
      const after = article.text.slice(mention.end, mention.end + 40);
      const before = article.text.slice(Math.max(0, mention.start - 30), mention.start);
      // A headline or heading shortens names by custom ("Đưa Nghị quyết số 57 vào cuộc sống").
      if (CODE_FOLLOWS.test(after) || DEFINED_IN_PARENTHESES.test(before) || inHeading(article.text, mention.start)) continue;
      if (coded.has(own) && !data.date && issuer === undefined) continue;
      const groups = lookedUp(data.type, data.number, identity);
      const issuers = new Set(groups.flatMap((g) => codesOf(tally, g)));
      const [codeIssuer] = issuers.size === 1 ? issuers : [];
      const code = codeIssuer === undefined ? undefined : codeFor(data, codeIssuer);
      const number = NUMBER_IN_CITATION.exec(mention.text);
      const example = codeIssuer === undefined ? undefined : groups.map((g) => tally.example(g, codeIssuer)).find((e) => e !== undefined);
      const fixable = code !== undefined && number !== null && example !== undefined;
      // The code is inserted right after the number, so nothing else in the citation changes.
      const end = (m: RegExpExecArray) => mention.start + m.index + m[0].length;
      problems.push({
        start: mention.start,
        end: mention.end,
        message: fixable
          ? m.withoutCode(quote(mention.text), quote(`${data.type} số ${code}`))
          : // A citation without its issuer gives no code family to show an example in.
            m.withoutCodeSuch(quote(mention.text), central === undefined ? undefined : quote(codeFor(data, central) ?? `${data.number}-…/${central}`)),
        related: fixable ? [{ ...example, message: m.citedHere(quote(code)) }] : [],
        fixes: fixable
          ? [replaceFix(m.writeCode(quote(code)), article.uri, end(number), end(number), code.slice(number[1].length), false)]
          : [],
      });
    }
    return problems;
  },
};

/** The number, the dash written with spaces, a line break or as a long dash, and the code's first letters ("1987 – QĐNS/"). */
const SPACED_DASH = /(\d+)(\s*[-–—]\s*)(?=[A-ZĐ][A-Za-zĐđ]{0,5}\/)/u;
/** The code's letters after the dash: type and issuer ("QĐNS/TW", "HD/BTCTW", "CT/T.Ư"). */
const CODE_LETTERS = /^[A-Za-zĐđ]+\/[A-Za-zĐđƯư.]+/u;

/**
 * A code written with spaces, a line break or a long dash between its
 * number and its letters ("1987 – QĐNS/TW", "16 -⏎HD/BTCTW"): a code is one
 * token, "1987-QĐNS/TW", and written apart it is neither searched nor
 * matched as one. Closing it up changes no letter of the code, so the fix is safe.
 */
function spacedDash(uri: string, start: number, text: string, messages: DocumentCodeMessages): Problem | undefined {
  const m = SPACED_DASH.exec(text);
  if (!m || m[2] === '-') return undefined;
  const dash = start + m.index + m[1].length;
  const letters = CODE_LETTERS.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
  const end = dash + m[2].length + letters.length;
  return {
    start: start + m.index,
    end,
    message: messages.spacedDash(quote(`${m[1]}${m[2]}${letters}`), m[2].trim() === '-' ? 'spaced' : 'long', quote(`${m[1]}-${letters}`)),
    fixes: [replaceFix(messages.closeUp(quote(`${m[1]}-${letters}`)), uri, dash, dash + m[2].length, '-', true)],
  };
}

/**
 * One document type and number within one term: the code issuers it is cited with are its variants, and the citations
 * without a code that look it up are counted as `READER`s.
 */
function codeGroup(type: string, number: string | undefined, identity: string): string {
  return `${matchKey(type)} ${number}@${identity.slice(identity.lastIndexOf('@') + 1)}`;
}

/** The variant counting a citation without a code in the groups it looks its code up in; no code issuer is empty. */
const READER = '';

/** The groups a citation without a code looks its code up in: the same document in the same term, or cited in an article whose date (hence term) is unknown. */
function lookedUp(type: string, number: string | undefined, identity: string): string[] {
  const own = codeGroup(type, number, identity);
  const undated = codeGroup(type, number, '@?');
  return own === undated ? [own] : [own, undated];
}

/** The code issuers a document is cited with in a group. */
function codesOf(tally: Tally, group: string): string[] {
  return [...tally.variants(group).keys()].filter((v) => v !== READER);
}
