import type { DateBound } from '../knowledge/knowledgeBase';
import type { ResolutionReason } from '../knowledge/reasons';
import type { FileReason, WriteRefusal } from '../fileReason';
import type { Sentences } from './sentences';
import { EN } from './en';
import { VI } from './vi';

/**
 * Every sentence the server shows a user, in one catalogue per language
 * (en.ts, vi.ts). A catalogue is a typed object, so a message missing from
 * one language does not compile, and messages that count things are
 * functions: Vietnamese nouns do not take a plural, English ones do.
 */
export interface Messages {
  readonly showTimeline: string;
  /** Code lens above a person's introduction. */
  lens(name: string, mentions: number, files: number): string;
  /** Rules named in words, by rule id (the id stays in the diagnostic's code). */
  readonly ruleNames: Readonly<Record<string, string>>;
  /** One sentence per rule for the rule table (the CLI's SARIF, documentation), by rule id. */
  readonly ruleDescriptions: Readonly<Record<string, string>>;
  /** Quick fix and source action that apply every fix of one rule in the file. */
  fixAllInFile(ruleName: string, count: number): string;
  /** Writes the finding into the workspace configuration file. */
  suppress(ruleName: string, file: string): string;
  /** The fix-all source action run on save (`source.fixAll.reportLens`). */
  readonly fixAllOnSave: string;
  /** A reason of another rule folded into a finding over the same words (the rule named in words). */
  also(ruleName: string, message: string): string;
  /** The label of the folder's fix-all edit (undo history, refactor preview), for one rule (in words) or all. */
  fixAllInFolder(ruleName: string | undefined): string;
  /** Why the server writes nothing in Restricted Mode (an untrusted folder). */
  readonly restricted: string;
  /** After an export: where it went (`annFilesBeside` for brat), and how many files were not written, with the first reason. */
  exported(format: string, where: string, refused: number, reason: string | undefined): string;
  annFilesBeside(count: number): string;
  readonly progressTitle: string;
  /** The command line's text report: nothing found, or how many findings and how many at error level. */
  readonly noFindings: string;
  findingsSummary(count: number, errors: number): string;
  readonly progressListing: string;
  progressArticles(done: number, total: number): string;
  readonly hover: HoverMessages;
  readonly knowledge: KnowledgeMessages;
  readonly files: FileMessages;
  readonly export: ExportMessages;
  readonly cli: CliMessages;
  readonly config: ConfigMessages;
  readonly knowledgeFile: KnowledgeFileMessages;
  readonly fix: FixMessages;
  readonly textArtifact: TextArtifactMessages;
  readonly titleVariant: TitleVariantMessages;
  readonly termNumeral: TermNumeralMessages;
  readonly documentCode: DocumentCodeMessages;
  readonly spellingVariant: SpellingVariantMessages;
  readonly titleConflict: TitleConflictMessages;
  readonly dates: DateMessages;
  readonly termYears: TermYearsMessages;
  readonly editionYear: EditionYearMessages;
  readonly documentConflict: DocumentConflictMessages;
  readonly nameVariant: NameVariantMessages;
  readonly knowledgeChecks: KnowledgeCheckMessages;
  readonly decisionAfterEvent: DecisionAfterEventMessages;
  readonly appointmentDate: AppointmentDateMessages;
}

/** What a cited document's anniversary counts from: a congress, a term (khóa), or the document's own date. */
export type Origin = { readonly kind: 'congress' | 'term'; readonly ordinal: number } | { readonly kind: 'document'; readonly date: string };

/** The messages of date-weekday, date-invalid and date-context (weekdays by number, Sunday 0; dates as ISO text). */
export interface DateMessages {
  weekday(text: string, stated: number, date: string, actual: number): string;
  /** `days`: how many days the month has, or undefined when there is no such month. */
  invalid(text: string, day: number, month: number, days: number | undefined): string;
  /** A date marked as lunar that the lunar calendar has not either (months 1–12 of up to 30 days). */
  invalidLunar(text: string, day: number, month: number): string;
  updatedEarlier(date: string, updated: string): string;
  periodSum(text: string, from: number, to: number, length: number): string;
  lawAfterArticle(text: string, year: number, published: number): string;
  lawBeforeConstitution(text: string, year: number, first: number): string;
  anniversary(text: string, origin: Origin, began: number, years: number, year: number, since: number): string;
}

/** The term-years rule's messages (ordinals come as Roman numerals). */
export interface TermYearsMessages {
  runs(text: string, body: 'assembly' | 'party', ordinal: string, expected: readonly [number, number], years: readonly [number, number]): string;
  congressAhead(text: string, date: string, next: string, written: string): string;
  committeeTerm(text: string, round: number, roundEnd: number, from: number, to: number): string;
  outOfOrder(text: string, odd: string): string;
}

/** The edition-year rule's messages. */
export interface EditionYearMessages {
  disagrees(text: string, edition: string, award: string, expected: number, year: number): string;
  readonly agrees: string;
}

/** The document-conflict rule's messages; `what`: which fact of the citation disagrees. */
export interface DocumentConflictMessages {
  conflict(text: string, what: 'date' | 'issuer', value: string, others: string): string;
  citedHere(what: 'date' | 'issuer', value: string): string;
}

/** The name-variant rule's messages (names come quoted). */
export interface NameVariantMessages {
  nearFrequent(name: string, best: string, count: number): string;
  namedHere(name: string): string;
  wellKnown(written: string, name: string): string;
  changeTo(name: string): string;
}

/** The messages of the knowledge-base checks made by title-conflict and document-conflict. */
export interface KnowledgeCheckMessages {
  /** When a person held a post, from the knowledge base's dates. */
  tenure(start: DateBound, end: DateBound | undefined): string;
  readonly noSource: string;
  /** `own`: when the person named in the article held the post, if the knowledge base knows. */
  heldByOthers(holder: string, title: string, date: string, held: string, own: string | undefined): string;
  dated(text: string, date: string, document: string, known: string, source: string): string;
  issuer(text: string, issuer: string, document: string, known: string, source: string): string;
  /** `dated`: the knowledge base's date of the document, if it has one. */
  subject(text: string, subject: string, document: string, dated: string | undefined, known: string, source: string): string;
}

/** The decision-after-event rule's messages. */
export interface DecisionAfterEventMessages {
  afterEvent(text: string, signed: string, event: string, eventDate: string): string;
  eventDated(date: string): string;
}

/** The appointment-date rule's messages. */
export interface AppointmentDateMessages {
  differs(name: string, post: string, date: string, others: string): string;
  sameAppointment(date: string): string;
}

/** The title-conflict rule's own messages (titles as written come quoted). */
export interface TitleConflictMessages {
  sameDate(holder: string, title: string): string;
  onePerson(title: string, date: string, holder: string, others: string): string;
  incomplete(short: string, full: string, holder: string): string;
  holds(holder: string, full: string): string;
  write(full: string): string;
}

/** Where a word's tone mark sits: the new style (khóa, Ủy, hòa) or the old (khoá, Uỷ, hoà). */
export type ToneStyle = 'new' | 'old';

/** The spelling-variant rule's messages (words come quoted); `configured`: the configuration, not the folder, sets the spelling. */
export interface SpellingVariantMessages {
  writtenHere(word: string): string;
  styleUsedHere(style: ToneStyle): string;
  respellAll(count: number, style: ToneStyle): string;
  write(word: string): string;
  throughout(style: ToneStyle, example: string, times: number, configured: boolean, preferred: ToneStyle): string;
  always(word: string, times: number, style: ToneStyle, configured: boolean, respelt: string): string;
  both(word: string, times: number, respelt: string, also: number, configured: boolean): string;
  /** An i/y word ("kỹ"/"kĩ") written only in the folder's less usual form. */
  iyOnly(word: string, times: number, respelt: string): string;
  /** An article that writes a place name only in a spelling the folder uses less. */
  placeOnly(word: string, times: number, respelt: string): string;
  writeAll(word: string, count: number): string;
  decomposed(word: string, more: number): string;
  readonly toNfc: string;
}

/** The title-variant rule's messages (titles come quoted). */
export interface TitleVariantMessages {
  /** `houseStyle`: the article writes the title one way throughout (`times` times). */
  writtenElsewhere(written: string, usual: string, usualCount: number, houseStyle: boolean, times: number): string;
  writtenHere(usual: string): string;
  write(usual: string, times: number): string;
  strayComma(written: string, canonical: string): string;
  readonly removeComma: string;
}

/** The term-numeral rule's messages. */
export interface TermNumeralMessages {
  /** `configured`: the configuration, not the folder's majority, asks for the other numerals. */
  numbered(text: string, numerals: 'roman' | 'arabic', preferred: 'roman' | 'arabic', configured: boolean, written: string): string;
  writtenHere(preferred: 'roman' | 'arabic'): string;
  write(text: string): string;
}

/** The document-code rule's messages (citations and codes come quoted). */
export interface DocumentCodeMessages {
  codeOfOtherType(text: string, type: string, typeCode: string, code: string): string;
  provincialCode(text: string, codeIssuer: string, issuer: string, central: string): string;
  withoutCode(text: string, cited: string): string;
  /** `example` is the code such a citation would have, when the issuer says which family of codes it takes. */
  withoutCodeSuch(text: string, example: string | undefined): string;
  citedHere(code: string): string;
  writeCode(code: string): string;
  /** `dash`: spaces or a line break around the dash, or a long dash. */
  spacedDash(written: string, dash: 'spaced' | 'long', closed: string): string;
  closeUp(closed: string): string;
}

/** The text-artifact rule's messages and fix titles (quoted text comes quoted). */
export interface TextArtifactMessages {
  repeated(kind: 'word' | 'phrase', text: string): string;
  deleteRepeated(kind: 'word' | 'phrase'): string;
  glued(text: string): string;
  misspelt(text: string): string;
  /** The fix of a misspelt word: the syllable the article writes `times` times elsewhere. */
  writeWritten(text: string, times: number): string;
  numberGlued(text: string): string;
  sentenceRunsOn(text: string): string;
  commaGlued(text: string): string;
  readonly insertSpace: string;
  splitAbbreviation(text: string, joined: string): string;
  joinAbbreviation(joined: string): string;
  brokenLine(where: string): string;
  brokenLines(lines: number, where: string): string;
  readonly joinLine: string;
  readonly joinLines: string;
  markup(text: string, more: number): string;
  readonly removeMarkup: string;
  /** `link`: a link to another article, not other page furniture. */
  residue(link: boolean, text: string): string;
  readonly deleteResidue: string;
}

/** The file-encoding and file-skipped findings: why a file was not analysed, and where its bytes are not UTF-8. */
export interface FileMessages {
  readonly reasons: Sentences<FileReason>;
  /** The first invalid sequence's line and column, and how many the file holds. */
  invalidUtf8(line: number, column: number, count: number): string;
  /** Why an export file was not written, as a clause ("it exists and …"). */
  readonly notWritten: Sentences<WriteRefusal>;
}

/** The errors of the rules configuration file (.report-lens/config.json); keys and values stay as the file writes them. */
export interface ConfigMessages {
  /** `problem`: the JSON parser's name for the syntax error. */
  notJson(problem: string): string;
  readonly notObject: string;
  readonly rulesNotMap: string;
  unknownRule(id: string, known: string): string;
  level(id: string, levels: string): string;
  readonly preferredNotObject: string;
  readonly numerals: string;
  readonly spelling: string;
  readonly suppressionsNotList: string;
  readonly suppressionMalformed: string;
  /** The configuration or knowledge file cannot be read: `notRegular`, else the system's error code (EISDIR, ENOENT, EACCES…) or message. */
  unreadable(why: string): string;
}

/** The errors of the workspace knowledge file (.report-lens/knowledge.yaml), each after the path of the entry it is about; keys and values as written. */
export interface KnowledgeFileMessages {
  tooDeep(levels: number): string;
  /** `parserMessage`: the YAML parser's own words about the tag. */
  tagged(parserMessage: string): string;
  unreadable(error: string): string;
  unknownKey(key: string, expected: string): string;
  readonly required: string;
  readonly nonEmptyText: string;
  readonly positiveWhole: string;
  readonly listOfTexts: string;
  readonly list: string;
  readonly confidence: string;
  readonly range: string;
  notADate(value: string): string;
  readonly post: string;
  readonly person: string;
  readonly document: string;
  notACode(code: string): string;
  readonly award: string;
  readonly organization: string;
  idsToNames(kind: 'person' | 'document'): string;
  readonly notEntity: string;
  idUsed(id: string): string;
  readonly notMapping: string;
  unknownPerson(id: string): string;
  unknownDocument(id: string): string;
}

/** The command line's `check --fix`: why a file was not fixed (clauses after the file's name), and its notes. */
export interface FixMessages {
  readonly invalidUtf8: string;
  readonly notOnDisk: string;
  readonly vanished: string;
  readonly outside: string;
  readonly changed: string;
  readonly cannotWriteBack: string;
  writeFailed(error: string): string;
  notFixed(file: string, reason: string): string;
  usingConfiguration(file: string): string;
}

/** The command line's commands, by name. */
export type CliCommand = 'check' | 'entities' | 'export';

/** The command line's help and usage texts; option names, formats and placeholders stay as typed. */
export interface CliMessages {
  /** The help (`report-lens --help`): `commands` holds one row per command, already aligned. */
  help(commands: string): string;
  /** One line per command in the help. */
  readonly summaries: Readonly<Record<CliCommand, string>>;
  /** Each command's usage and options (`report-lens <command> --help`, and after a usage error). */
  readonly usage: Readonly<Record<CliCommand, string>>;
  readonly giveCommand: string;
  unknownCommand(name: string): string;
  langTakes(value: string): string;
  /** What `check --fix` changed, one line per edit (texts come quoted), then a total. */
  readonly fixes: {
    inserted(text: string): string;
    deleted(text: string): string;
    replaced(before: string, after: string): string;
    /** `place` is file:line:column; `pass` counts from 1. */
    line(place: string, rule: string, title: string, what: string, pass: number): string;
    total(edits: number, files: number): string;
    readonly none: string;
    readonly unsettled: string;
  };
  /** The text listing of `entities`: one heading per entity (its kind as the --kind option names it), then a total. */
  readonly entities: {
    readonly none: string;
    heading(kind: string, name: string, mentions: number, files: number, id: string): string;
    total(count: number): string;
  };
  /** `check --shard`: what was written, or that it has nowhere to write. */
  shardWritten(index: number, count: number, articles: number, fromCache: number, manifest: string): string;
  readonly shardNeedsCache: string;
}

/** The annotation export's refusals and notes, in the editor and on the command line (files as the user sees them). */
export interface ExportMessages {
  giveFormat(formats: string): string;
  readonly openFolder: string;
  chooseFile(format: string): string;
  /** The target the editor's save dialog chose is an article. */
  isArticle(file: string): string;
  /** The command line's --out names an article, or an existing file without --force. */
  outIsArticle(file: string): string;
  outExists(file: string): string;
  notWritten(file: string, reason: string): string;
  wroteAnn(count: number): string;
}

/** What hovers and the timeline say about the knowledge base's facts (values come escaped where Markdown needs it). */
export interface KnowledgeMessages {
  /** A date of the knowledge base: as written, or in words for an unknown date, a term's start or end, or a range. */
  date(bound: DateBound): string;
  readonly present: string;
  attested(dates: string): string;
  readonly notInKnowledge: string;
  ambiguous(reason: string): string;
  candidates(list: string): string;
  readonly noPosts: string;
  resolved(reason: string): string;
  notRecorded(date: string, titles: string): string;
  /** The heading of a person's posts; `name` when the knowledge base files the person under another spelling. */
  knownPosts(name: string | undefined): string;
  readonly possibly: string;
  heldOn(date: string, holders: string): string;
  issuedBy(issuer: string): string;
  dated(date: string): string;
  document(description: string): string;
  subject(subject: string): string;
  notSameAs(reason: string, others: string): string;
  /** How a name or citation was resolved, one sentence per reason code. */
  readonly reasons: Sentences<ResolutionReason>;
  edition(edition: string, year: number, written: number | undefined, awarded: string | undefined): string;
}

/** The hover's labels; facts (names, titles, codes, dates) stay as the articles and data write them. */
export interface HoverMessages {
  readonly official: string;
  readonly title: string;
  readonly organisation: string;
  readonly document: string;
  readonly congress: string;
  readonly award: string;
  byline(role: 'text' | 'photo' | 'agency'): string;
  usage(mentions: number, files: number): string;
  readonly undated: string;
  /** When an article's narrative dates the posts it gives ("Năm 1956, …"): the year, then the article's date. */
  heldInNarrative(year: number, date: string): string;
  readonly titlesInArticles: string;
  /** Heads the past posts the hovered mention's article gives the person ("nguyên …", a career's posts of terms long over). */
  readonly formerHere: string;
  /** Heads the posts the hovered mention's article says the person left (thôi giữ, miễn nhiệm, nghỉ hưu, replaced "thay ông …"). */
  readonly leftHere: string;
  titlesSummed(files: number): string;
  files(count: number): string;
  heldHereBy(name: string): string;
  heldBy(date: string | undefined, holders: string): string;
  readonly noHolder: string;
  readonly fields: {
    readonly type: string;
    readonly number: string;
    readonly code: string;
    readonly issuer: string;
    readonly date: string;
    readonly term: string;
    readonly subject: string;
  };
  readonly notWritten: string;
  citedIn(files: string): string;
  andMore(files: string, more: number): string;
  time(time: string): string;
  readonly publicationDateline: string;
  readonly updateDateline: string;
  resolved(how: string): string;
  edition(edition: number, year: number | undefined): string;
}

export type Language = 'en' | 'vi';

export const LANGUAGES: Readonly<Record<Language, Messages>> = { en: EN, vi: VI };

/** The language of a locale tag (`vi`, `vi-VN`, `en-US`, `vi_VN.UTF-8` from LANG); English unless Vietnamese. */
export function languageOf(locale: string | undefined): Language {
  return locale !== undefined && /^vi(?:[-_.]|$)/i.test(locale) ? 'vi' : 'en';
}

export function messagesFor(locale: string | undefined): Messages {
  return LANGUAGES[languageOf(locale)];
}

/** A rule's name in words, falling back to its id for a rule the catalogue does not know yet. */
export function ruleName(messages: Messages, id: string): string {
  return messages.ruleNames[id] ?? id;
}
