import vocabulary from './vocabulary.json';
import { compareDays as compareDates, congress as partyCongress, daysBetween, roman as toRoman, termAt as partyTermAt, weekdayOf as weekday, type Day as CalendarDate } from './answerKey';

/**
 * The benchmark's corpus generator. It writes articles with the structure of
 * the seeds (section, headline, dateline, lead, officials introduced with
 * their appositive title lists, prose citing documents, congresses, terms,
 * awards, periods and dates, byline), with varied names, dates, documents and
 * numbers, all drawn from a seeded PRNG so a seed always gives the same corpus.
 *
 * An article is built as a list of segments; the variable parts are typed
 * slots. Faults are injected by rewriting one slot, so the position of every
 * injected fault in the final text is known exactly. The clean articles are
 * consistent with each other and with the facts, and so are the false-positive
 * baseline: every finding on them is a false positive.
 */

// ---------------------------------------------------------------------------
// Seeded randomness

export type Random = () => number;

/** mulberry32: small, fast, and good enough to vary test data deterministically. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function between(rng: Random, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------------------
// Article model: segments and slots

export interface DocumentFact {
  readonly type: string;
  readonly number: string;
  readonly abbreviation: string;
  readonly suffix: string;
  readonly date: CalendarDate;
  readonly issuer: string;
  readonly subject?: string;
}

export type Slot =
  | { readonly kind: 'dateline'; readonly date: CalendarDate; readonly time: string; readonly form: 'weekday' | 'update' | 'clock' }
  | { readonly kind: 'name'; readonly name: string; readonly honorific: boolean }
  | { readonly kind: 'title'; readonly title: string }
  | { readonly kind: 'citation'; readonly doc: DocumentFact; readonly withDate: boolean; readonly tail: string }
  | { readonly kind: 'congress'; readonly ordinal: number; readonly prefix: string; readonly suffix: string }
  | { readonly kind: 'term-years'; readonly ordinal: number; readonly years: readonly [number, number] }
  | { readonly kind: 'award'; readonly edition: number; readonly year: number; readonly prefix: string }
  | { readonly kind: 'period'; readonly length: number; readonly from: number; readonly to: number; readonly words: string }
  | { readonly kind: 'full-date'; readonly date: CalendarDate }
  | { readonly kind: 'sentence-break' }
  | { readonly kind: 'byline-lines'; readonly first: string; readonly second: string }
  | { readonly kind: 'paragraph-break' }
  | { readonly kind: 'end' }
  | { readonly kind: 'prose' };

export interface Segment {
  readonly text: string;
  readonly slot?: Slot;
}

export interface Draft {
  readonly name: string;
  readonly date: CalendarDate;
  readonly segments: readonly Segment[];
}

/** One fault written into an article: the rule that must report it and where it is in the final text. */
export interface InjectedFault {
  readonly file: string;
  readonly rule: string;
  /** Which injector wrote it (several kinds belong to one rule, e.g. glued words and repeated words). */
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  /** The faulty text at [start, end), for messages. */
  readonly text: string;
}

export interface GeneratedArticle {
  readonly name: string;
  readonly text: string;
  readonly faults: readonly InjectedFault[];
}

// ---------------------------------------------------------------------------
// Corpus-level facts: officials, provincial officials, documents

interface Official {
  readonly name: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly titles: readonly string[];
  readonly role: string;
}

interface World {
  readonly officials: readonly Official[];
  readonly locals: readonly Official[];
  readonly documents: readonly DocumentFact[];
}

const FIRST_DAY: CalendarDate = { year: 2017, month: 3, day: 1 };
const LAST_DAY: CalendarDate = { year: 2025, month: 12, day: 20 };

function iso(text: string): CalendarDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day: day ?? 1 };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function randomDay(rng: Random, from: CalendarDate, to: CalendarDate): CalendarDate {
  return addDays(from, between(rng, 0, daysBetween(from, to)));
}

/** Letters without diacritics, lower case: the key under which near-miss names collide. */
function looseName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function deletionsOf(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) if (key[i] !== ' ') out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/**
 * Invented names for provincial officials, kept at least two letters apart
 * from each other and from the real officials (after dropping diacritics), so
 * that no two clean names look like misspellings of each other.
 */
function inventNames(rng: Random, count: number, taken: readonly string[]): string[] {
  const used = new Set<string>();
  const claim = (name: string) => deletionsOf(looseName(name)).forEach((k) => used.add(k));
  taken.forEach(claim);
  const names: string[] = [];
  for (let tries = 0; names.length < count && tries < count * 200; tries++) {
    const name = `${pick(rng, vocabulary.surnames)} ${pick(rng, vocabulary.middleNames)} ${pick(rng, vocabulary.givenNames)}`;
    if (deletionsOf(looseName(name)).some((k) => used.has(k))) continue;
    claim(name);
    names.push(name);
  }
  return names;
}

function buildWorld(rng: Random): World {
  const officials: Official[] = vocabulary.officials.map((o) => ({ name: o.name, from: iso(o.from), to: iso(o.to), titles: o.titles, role: o.role }));
  const posts = vocabulary.provinces.flatMap((province) => vocabulary.provincialPosts.map((titles) => titles.map((t) => t.replace('{province}', province))));
  const names = inventNames(rng, posts.length, officials.map((o) => o.name));
  const locals = names.map((name, i) => ({ name, from: FIRST_DAY, to: LAST_DAY, titles: posts[i], role: 'local' }));

  const documents: DocumentFact[] = vocabulary.documents.map((d) => {
    const [number, rest] = d.code.split('-');
    const [abbreviation, suffix] = rest.split('/');
    return { type: d.type, number, abbreviation, suffix, date: iso(d.date), issuer: d.issuer, subject: d.subject };
  });
  // Numbers restart every term: a generated document is unique by type, number, issuer code and term.
  const identity = (d: DocumentFact) => `${d.type} ${d.number}/${d.suffix}@${partyTermAt(d.date)}`;
  const seen = new Set(documents.map(identity));
  for (const kind of vocabulary.generatedDocuments) {
    for (let k = 0; k < 12; k++) {
      const doc: DocumentFact = {
        type: kind.type,
        number: String(between(rng, 5, 299)).padStart(2, '0'),
        abbreviation: kind.abbreviation,
        suffix: kind.suffix,
        date: randomDay(rng, { year: 2016, month: 3, day: 1 }, LAST_DAY),
        issuer: pick(rng, kind.issuers),
        subject: pick(rng, kind.subjects),
      };
      if (seen.has(identity(doc))) continue;
      seen.add(identity(doc));
      documents.push(doc);
    }
  }
  return { officials, locals, documents };
}

// ---------------------------------------------------------------------------
// Writing one clean article

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dmy(date: CalendarDate): string {
  return `${date.day}-${date.month}-${date.year}`;
}

export function datelineText(date: CalendarDate, time: string, form: 'weekday' | 'update' | 'clock', weekdayIndex = weekday(date)): string {
  const name = WEEKDAYS[weekdayIndex];
  if (form === 'weekday') return `${name}, ${pad(date.day)}-${pad(date.month)}-${date.year}, ${time}`;
  if (form === 'update') return `Cập nhật lúc ${time}, ${name}, ${pad(date.day)}/${pad(date.month)}/${date.year} (GMT+7)`;
  return `${time}' ${date.day}/${date.month}/${date.year}`;
}

export function citationText(doc: DocumentFact, withDate: boolean, code = `${doc.number}-${doc.abbreviation}/${doc.suffix}`): string {
  return `${doc.type} số ${code}${withDate ? ` ngày ${dmy(doc.date)} của ${doc.issuer}` : ''}`;
}

function awardText(prefix: string, edition: number, year: number): string {
  return `${prefix}lần thứ ${toRoman(edition)} - năm ${year}`;
}

function periodText(length: number, words: string, from: number, to: number): string {
  return `${length} năm${words} (${from}-${to})`;
}

/** Builds segment lists; literal text between slots is prose, split at sentence boundaries. */
class Writer {
  readonly segments: Segment[] = [];

  prose(text: string): void {
    if (text === '') return;
    const parts = text.split(/(?<=[\p{Ll}\d]{2})\. (?=\p{Lu}\p{Ll})/u);
    parts.forEach((part, i) => {
      if (i > 0) this.segments.push({ text: '. ', slot: { kind: 'sentence-break' } });
      if (part !== '') this.segments.push({ text: part, slot: /\p{L}+ \p{L}+/u.test(part) ? { kind: 'prose' } : undefined });
    });
  }

  plain(text: string): void {
    if (text !== '') this.segments.push({ text });
  }

  slot(text: string, slot: Slot): void {
    this.segments.push({ text, slot });
  }
}

interface ArticleContext {
  readonly rng: Random;
  readonly world: World;
  readonly date: CalendarDate;
  readonly term: number;
  readonly people: Official[];
  readonly usedDocuments: Set<DocumentFact>;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Expands a template of the vocabulary into the writer, placeholders becoming slots. */
function expand(w: Writer, template: string, ctx: ArticleContext): void {
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    w.prose(template.slice(at, m.index));
    placeholder(w, m[1], ctx);
    at = m.index + m[0].length;
  }
  w.prose(template.slice(at));
}

function placeholder(w: Writer, name: string, ctx: ArticleContext): void {
  const { rng, date, term } = ctx;
  const quarter = QUARTER_NAMES[Math.floor((date.month - 1) / 3)];
  switch (name) {
    case 'year':
      return w.plain(String(date.year));
    case 'prevYear':
      return w.plain(String(date.year - 1));
    case 'quarter':
      return w.plain(`quý ${quarter} năm ${date.year}`);
    case 'quarterShort':
      return w.plain(`quý ${quarter}`);
    case 'place':
      return w.plain(pick(rng, vocabulary.places));
    case 'points':
      return w.plain(String(between(rng, 60, 75)));
    case 'count':
      return w.plain(String(between(rng, 40, 67)));
    case 'eventDay': {
      const day = addDays(date, -between(rng, 0, 2));
      return w.plain(pick(rng, [`Sáng ${day.day}/${day.month}`, `Ngày ${day.day}/${day.month}`, `Chiều ngày ${day.day}-${day.month}`, `Chiều ${day.day}/${day.month}`]));
    }
    case 'fullDate': {
      const day = addDays(date, -between(rng, 3, 60));
      return w.slot(dmy(day), { kind: 'full-date', date: day });
    }
    case 'termNow':
      return congress(w, term, 'khóa ', '');
    case 'congressNext':
      return congress(w, term + 1, 'Đại hội ', ' của Đảng');
    case 'congressLast':
      return congress(w, term, 'Đại hội ', ' của Đảng');
    case 'assemblyNow':
      return congress(w, compareDates(date, { year: 2021, month: 6, day: 1 }) < 0 ? 14 : 15, 'Quốc hội khóa ', '');
    case 'termNextYears': {
      const next = partyCongress(term + 1);
      if (!next) return w.plain('Ban Chấp hành Trung ương');
      w.plain('Ban Chấp hành Trung ương ');
      return w.slot(`khóa ${toRoman(next.ordinal)}, nhiệm kỳ ${next.termYears[0]}-${next.termYears[1]}`, {
        kind: 'term-years',
        ordinal: next.ordinal,
        years: next.termYears,
      });
    }
    case 'periodTerm':
    case 'periodCharter': {
      const began = partyCongress(term)?.termYears[0] ?? date.year;
      const from = name === 'periodTerm' ? began : 2011;
      const to = began + 4;
      const words = name === 'periodTerm' ? '' : ' thi hành Điều lệ Đảng';
      const length = to - from + 1;
      return w.slot(periodText(length, words, from, to), { kind: 'period', length, from, to, words });
    }
    case 'doc':
    case 'docShort':
      return citation(w, ctx, name === 'docShort');
    case 'award':
    case 'awardEdition': {
      const year = between(rng, vocabulary.award.firstYear, date.year - 1);
      const edition = year - vocabulary.award.firstYear + 1;
      const prefix = name === 'award' ? `Giải ${vocabulary.award.name} ` : '';
      return w.slot(awardText(prefix, edition, year), { kind: 'award', edition, year, prefix });
    }
    case 'ref': {
      const person = pick(rng, ctx.people);
      return w.slot(person.name, { kind: 'name', name: person.name, honorific: true });
    }
    case 'author':
    case 'photographer':
      return w.plain(pick(rng, vocabulary.bylineNames));
    default:
      throw new Error(`unknown placeholder {${name}}`);
  }
}

function congress(w: Writer, ordinal: number, prefix: string, suffix: string): void {
  w.slot(`${prefix}${toRoman(ordinal)}${suffix}`, { kind: 'congress', ordinal, prefix, suffix });
}

/**
 * A document citation. A full citation carries its date (so its term is
 * known); a short one ("Kết luận số 21-KL/TW") cites only a document of the
 * article's own term, because without a date the reader takes that term.
 */
function citation(w: Writer, ctx: ArticleContext, short: boolean): void {
  const issued = ctx.world.documents.filter((d) => compareDates(d.date, ctx.date) <= 0 && !ctx.usedDocuments.has(d));
  const sameTerm = issued.filter((d) => partyTermAt(d.date) === ctx.term);
  const withDate = !short || sameTerm.length === 0;
  const doc = pick(ctx.rng, withDate ? issued : sameTerm);
  ctx.usedDocuments.add(doc);
  const subject = withDate && doc.subject && ctx.rng() < 0.6 ? ` về ${doc.subject}` : '';
  w.slot(citationText(doc, withDate), { kind: 'citation', doc, withDate, tail: subject });
  w.prose(subject);
}

function officialsAt(world: World, date: CalendarDate): Official[] {
  return world.officials.filter((o) => compareDates(o.from, date) <= 0 && compareDates(date, o.to) <= 0);
}

/** An official introduced with the appositive list of titles, in one of the seeds' forms. */
function introduce(w: Writer, rng: Random, person: Official): void {
  const verb = pick(rng, vocabulary.verbs);
  const form = rng();
  if (form < 0.15) {
    // Title first: "Trưởng Ban Tổ chức Trung ương Trương Thị Mai phát biểu."
    w.slot(person.titles[person.titles.length - 1], { kind: 'title', title: person.titles[person.titles.length - 1] });
    w.plain(' ');
    w.slot(person.name, { kind: 'name', name: person.name, honorific: false });
    w.plain(` ${verb}.`);
    return;
  }
  const honorific = form < 0.3 ? 'Đ/c ' : 'Đồng chí ';
  const dash = form > 0.9;
  w.plain(honorific);
  w.slot(person.name, { kind: 'name', name: person.name, honorific: true });
  w.plain(dash ? ' - ' : ', ');
  person.titles.forEach((title, i) => {
    if (i > 0) w.plain(', ');
    w.slot(title, { kind: 'title', title });
  });
  w.plain(dash ? ' đã đến dự Hội nghị.' : ` ${verb}.`);
}

function writeArticle(name: string, rng: Random, world: World): Draft {
  const date = randomDay(rng, FIRST_DAY, LAST_DAY);
  const term = partyTermAt(date) ?? 13;
  const present = officialsAt(world, date);
  const head = present.filter((o) => o.role === 'head');
  const deputies = shuffle(rng, present.filter((o) => o.role === 'deputy')).slice(0, between(rng, 1, 2));
  const guests = present.filter((o) => o.role === 'guest' && rng() < 0.4);
  const locals = shuffle(rng, world.locals).slice(0, between(rng, 0, 2));
  const people = [...guests, ...head, ...deputies, ...locals];
  const ctx: ArticleContext = { rng, world, date, term, people, usedDocuments: new Set() };
  const w = new Writer();

  if (rng() < 0.4) w.plain(`${pick(rng, vocabulary.sections)}\n`);
  expand(w, pick(rng, vocabulary.headlines), ctx);
  const form = pick(rng, ['weekday', 'update', 'clock'] as const);
  const time = `${pad(between(rng, 6, 22))}:${pad(between(rng, 0, 59))}`;
  w.plain(form === 'weekday' ? '\n\n' : '\n');
  w.slot(datelineText(date, time, form), { kind: 'dateline', date, time, form });
  w.plain('\n');
  expand(w, pick(rng, vocabulary.leads), ctx);
  w.plain('\n\n');
  for (const person of people) {
    introduce(w, rng, person);
    w.plain('\n\n');
  }
  const prose = shuffle(rng, vocabulary.prose).slice(0, between(rng, 7, 11));
  const references = shuffle(rng, vocabulary.references);
  prose.forEach((template, i) => {
    expand(w, template, ctx);
    w.slot('\n\n', { kind: 'paragraph-break' });
    if (i % 3 === 1 && references.length > 0) {
      expand(w, references.pop() as string, ctx);
      w.plain('\n\n');
    }
  });
  const byline = pick(rng, vocabulary.bylines);
  if (byline.includes('\n')) {
    const [first, second] = byline.split('\n').map((line) => line.replace(/\{(\w+)\}/g, () => pick(rng, vocabulary.bylineNames)));
    w.slot(`${first}\n${second}`, { kind: 'byline-lines', first, second });
  } else {
    w.plain(byline);
  }
  w.slot('\n', { kind: 'end' });
  return { name, date, segments: w.segments };
}

// ---------------------------------------------------------------------------
// Fault injection

/** What an injector writes: the new text of the slot and the fault's span relative to the slot's start (it may reach into neighbours). */
interface Rewrite {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface FaultKind {
  readonly kind: string;
  readonly rule: string;
  /** The rewrite of segment `i`, or undefined when this fault does not apply there. */
  rewrite(segments: readonly Segment[], i: number, rng: Random, stats: CorpusStats): Rewrite | undefined;
}

interface CorpusStats {
  /** How often each name, title and dated citation is written in the clean corpus. */
  readonly counts: ReadonlyMap<string, number>;
  /** How many of those writings a fault has rewritten so far. */
  readonly faulted: Map<string, number>;
}

/** The key under which CorpusStats counts a slot. */
function statKey(slot: Slot): string | undefined {
  if (slot.kind === 'name') return `name ${slot.name}`;
  if (slot.kind === 'title') return `title ${slot.title}`;
  if (slot.kind === 'citation' && slot.withDate) return `citation ${citationText(slot.doc, true)}`;
  return undefined;
}

/** Folder-wide rules need the right form to be common: a fault in a rare title or name would be a tie, not a variant. */
const COMMON = 10;

function isCommon(stats: CorpusStats, slot: Slot, atLeast = COMMON): boolean {
  const key = statKey(slot);
  if (key === undefined) return false;
  const count = stats.counts.get(key) ?? 0;
  // The faults of one name, title or citation stay fewer than its right writings: a fault written as often as the
  // right form is no longer the folder's exception, and the rules rightly take the majority for the right one.
  return count >= atLeast && 2 * ((stats.faulted.get(key) ?? 0) + 1) < count;
}

const whole = (text: string): Rewrite => ({ text, start: 0, end: text.length });

/** Tone marks, in NFD: grave, acute, tilde, hook above, dot below. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWEL = /[aeiouyăâêôơư]/i;

/** A name with one syllable's tone changed ("Trương Thị Mai" → "Trương Thị Mại"): one diacritic off. */
export function misspell(name: string, rng: Random): string {
  const syllables = name.split(' ');
  const i = between(rng, 0, syllables.length - 1);
  const nfd = syllables[i].normalize('NFD');
  const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(nfd);
  const choices = TONES.filter((t) => t !== tone?.[0]);
  const replacement = pick(rng, choices);
  let respelt: string;
  if (tone) {
    respelt = nfd.slice(0, tone.index) + replacement + nfd.slice(tone.index + 1);
  } else {
    // No tone yet: put one on the last vowel, which Vietnamese spelling accepts for these syllables.
    let at = -1;
    for (let k = 0; k < nfd.length; k++) if (VOWEL.test(nfd[k])) at = k;
    const afterMarks = at + 1 + (/[\u0302\u0306\u031b]/.test(nfd[at + 1] ?? '') ? 1 : 0);
    respelt = nfd.slice(0, afterMarks) + replacement + nfd.slice(afterMarks);
  }
  syllables[i] = respelt.normalize('NFC');
  return syllables.join(' ');
}

const ROMAN_TO_SWAP = /khóa|Khóa/;
const OLD_STYLE: ReadonlyArray<[RegExp, string]> = [
  [/hòa/, 'hoà'],
  [/tỉnh ủy/, 'tỉnh uỷ'],
  [/Quân ủy/, 'Quân uỷ'],
  [/cấp ủy/, 'cấp uỷ'],
];
/** Words Vietnamese repeats on purpose; doubling them is not a fault. */
const INTENDED_REPEATS = new Set(['mãi', 'đời', 'ngày', 'người', 'nhà', 'dần', 'từ', 'xa', 'đâu', 'ai', 'nơi', 'lớp', 'đôi', 'năm', 'tháng', 'vùng', 'cùng', 'thường']);
const LOWER_WORD = /(?<![\p{L}\d])(\p{Ll}{2,}) (?=\p{Ll}{2,}(?![\p{L}\d]))/gu;

/** A lower-case word written with "ươ" and its tone ("người", "được"), outside any longer word. */
const HORNED_WORD = /(?<![\p{L}\p{M}])\p{Ll}*ư[ơớờởỡợ]\p{Ll}*(?![\p{L}\p{M}])/gu;

function lowerWordPairs(text: string): RegExpExecArray[] {
  return [...text.matchAll(LOWER_WORD)].filter((m) => !INTENDED_REPEATS.has(m[1]));
}

const slotOf = (segments: readonly Segment[], i: number) => segments[i].slot;

export const FAULT_KINDS: readonly FaultKind[] = [
  {
    kind: 'wrong weekday',
    rule: 'date-weekday',
    rewrite(segments, i, rng) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'dateline' || s.form === 'clock') return undefined;
      const wrong = (weekday(s.date) + between(rng, 1, 6)) % 7;
      return whole(datelineText(s.date, s.time, s.form, wrong));
    },
  },
  {
    kind: 'impossible date',
    rule: 'date-invalid',
    rewrite(segments, i, rng) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'full-date') return undefined;
      const y = s.date.year;
      return whole(pick(rng, [`31-2-${y}`, `30-2-${y}`, `31-4-${y}`, `31-6-${y}`, `${between(rng, 1, 28)}-13-${y}`, `31-9-${y}`]));
    },
  },
  {
    kind: 'title casing',
    rule: 'title-variant',
    rewrite(segments, i, _rng, stats) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'title' || !isCommon(stats, s)) return undefined;
      if (s.title.startsWith('Phó Trưởng ban Thường trực Ban ')) return whole(s.title.replace('Thường trực Ban ', 'Thường trực, Ban '));
      return s.title.includes('Trưởng Ban ') ? whole(s.title.replace('Trưởng Ban ', 'Trưởng ban ')) : undefined;
    },
  },
  {
    kind: 'misspelt name',
    rule: 'name-variant',
    rewrite(segments, i, rng, stats) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'name' || !s.honorific || !isCommon(stats, s)) return undefined;
      return whole(misspell(s.name, rng));
    },
  },
  {
    kind: 'missing code',
    rule: 'document-code',
    rewrite(segments, i) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'citation') return undefined;
      return whole(citationText(s.doc, s.withDate, s.doc.number));
    },
  },
  {
    kind: 'contradictory code',
    rule: 'document-code',
    rewrite(segments, i, rng) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'citation') return undefined;
      const other = pick(rng, ['NQ', 'CT', 'KL', 'QĐ', 'HD', 'KH', 'TB'].filter((a) => a !== s.doc.abbreviation));
      return whole(citationText(s.doc, s.withDate, `${s.doc.number}-${other}/${s.doc.suffix}`));
    },
  },
  {
    kind: 'spaced code dash',
    rule: 'document-code',
    rewrite(segments, i, rng) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'citation') return undefined;
      // As in "số 1987 – QĐNS/TW" or "số 04 - QĐNS/TW": the code written apart at its dash.
      return whole(citationText(s.doc, s.withDate, `${s.doc.number}${pick(rng, [' – ', ' - ', ' -'])}${s.doc.abbreviation}/${s.doc.suffix}`));
    },
  },
  {
    kind: 'second date',
    rule: 'document-conflict',
    rewrite(segments, i, rng, stats) {
      const s = slotOf(segments, i);
      // The document must be cited elsewhere with its right date, or there is nothing to conflict with.
      if (s?.kind !== 'citation' || !s.withDate || !isCommon(stats, s, 3)) return undefined;
      // Another date in the same term, so the citation still names the same document.
      const term = partyTermAt(s.doc.date);
      for (let tries = 0; tries < 10; tries++) {
        const shifted = addDays(s.doc.date, pick(rng, [-1, 1]) * between(rng, 1, 40));
        if (partyTermAt(shifted) === term) return whole(citationText({ ...s.doc, date: shifted }, true));
      }
      return undefined;
    },
  },
  {
    kind: 'other issuer',
    rule: 'document-conflict',
    rewrite(segments, i, _rng, stats) {
      const s = slotOf(segments, i);
      const other = s?.kind === 'citation' ? (vocabulary.otherIssuers as Record<string, string>)[s.doc.issuer] : undefined;
      if (s?.kind !== 'citation' || !s.withDate || !other || !isCommon(stats, s, 3)) return undefined;
      return whole(citationText({ ...s.doc, issuer: other }, true));
    },
  },
  {
    kind: 'arabic numeral',
    rule: 'term-numeral',
    rewrite(segments, i) {
      const s = slotOf(segments, i);
      return s?.kind === 'congress' ? whole(`${s.prefix}${s.ordinal}${s.suffix}`) : undefined;
    },
  },
  {
    kind: 'term years',
    rule: 'term-years',
    rewrite(segments, i) {
      const s = slotOf(segments, i);
      const previous = s?.kind === 'term-years' ? partyCongress(s.ordinal - 1) : undefined;
      return s?.kind === 'term-years' && previous ? whole(`khóa ${toRoman(s.ordinal)}, nhiệm kỳ ${previous.termYears[0]}-${previous.termYears[1]}`) : undefined;
    },
  },
  {
    kind: 'edition year',
    rule: 'edition-year',
    rewrite(segments, i, rng) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'award') return undefined;
      return whole(awardText(s.prefix, s.edition, s.year + pick(rng, [-2, -1, 1, 2])));
    },
  },
  {
    kind: 'old tone placement',
    rule: 'spelling-variant',
    rewrite(segments, i) {
      const s = slotOf(segments, i);
      const text = segments[i].text;
      if (s?.kind === 'congress' && ROMAN_TO_SWAP.test(text)) {
        const at = text.search(ROMAN_TO_SWAP);
        return { text: text.replace('khóa', 'khoá').replace('Khóa', 'Khoá'), start: at, end: at + 4 };
      }
      if (s?.kind !== 'prose') return undefined;
      for (const [pattern, old] of OLD_STYLE) {
        const m = pattern.exec(text);
        if (!m) continue;
        // The fault is the last word of the phrase, the one whose tone moved.
        return { text: text.slice(0, m.index) + old + text.slice(m.index + m[0].length), start: m.index + old.lastIndexOf(' ') + 1, end: m.index + old.length };
      }
      return undefined;
    },
  },
  {
    kind: 'glued sentence',
    rule: 'text-artifact',
    rewrite(segments, i) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'sentence-break' || i === 0 || i + 1 >= segments.length) return undefined;
      // As in "năm 2020.Đồng chí": a sentence ends in a word or a year and the next begins with a capitalised word.
      if (!/(?:\p{Ll}{3}|\d{2})$/u.test(segments[i - 1].text) || !/^\p{Lu}\p{Ll}/u.test(segments[i + 1].text)) return undefined;
      return { text: '.', start: -2, end: 3 };
    },
  },
  {
    kind: 'glued byline',
    rule: 'text-artifact',
    rewrite(segments, i) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'byline-lines') return undefined;
      return { text: s.first + s.second, start: s.first.length - 2, end: s.first.length + 2 };
    },
  },
  {
    kind: 'repeated word',
    rule: 'text-artifact',
    rewrite(segments, i, rng) {
      if (slotOf(segments, i)?.kind !== 'prose') return undefined;
      const text = segments[i].text;
      const pairs = lowerWordPairs(text);
      if (pairs.length === 0) return undefined;
      const m = pick(rng, pairs);
      const word = m[1];
      const end = m.index + word.length;
      return { text: `${text.slice(0, end)} ${word}${text.slice(end)}`, start: m.index, end: end + 1 + word.length };
    },
  },
  {
    // The commonest typing slip of Telex and VNI users: the horn put on the o of "ươ" alone ("nguời", "đuợc", "truớc").
    kind: 'typing slip',
    rule: 'text-artifact',
    rewrite(segments, i, rng) {
      if (slotOf(segments, i)?.kind !== 'prose') return undefined;
      const text = segments[i].text;
      const words = [...text.matchAll(HORNED_WORD)];
      if (words.length === 0) return undefined;
      const m = pick(rng, words);
      const at = m.index + m[0].indexOf('ư');
      return { text: `${text.slice(0, at)}u${text.slice(at + 1)}`, start: m.index, end: m.index + m[0].length };
    },
  },
  {
    kind: 'broken line',
    rule: 'text-artifact',
    rewrite(segments, i, rng) {
      if (slotOf(segments, i)?.kind !== 'prose') return undefined;
      const text = segments[i].text;
      const pairs = lowerWordPairs(text);
      if (pairs.length === 0) return undefined;
      const m = pick(rng, pairs);
      const space = m.index + m[1].length;
      return { text: `${text.slice(0, space)}\n${text.slice(space)}`, start: m.index, end: space + 3 };
    },
  },
  {
    kind: 'related link',
    rule: 'text-artifact',
    rewrite(segments, i, rng) {
      if (slotOf(segments, i)?.kind !== 'paragraph-break') return undefined;
      const link = `[${pick(rng, vocabulary.relatedLinks)}]`;
      return { text: `\n\n${link}\n\n`, start: 2, end: 2 + link.length };
    },
  },
  {
    kind: 'page residue',
    rule: 'text-artifact',
    rewrite(segments, i, rng) {
      if (slotOf(segments, i)?.kind !== 'end') return undefined;
      const residue = pick(rng, vocabulary.residue);
      return { text: `\n\n${residue}\n`, start: 2, end: 2 + residue.length };
    },
  },
  {
    kind: 'period arithmetic',
    rule: 'date-context',
    rewrite(segments, i, rng) {
      const s = slotOf(segments, i);
      if (s?.kind !== 'period') return undefined;
      // Off by one or two years at the end: neither way of counting the years gives the written length.
      return whole(periodText(s.length, s.words, s.from, s.to - between(rng, 1, 2)));
    },
  },
];

export const FAULT_RULES: readonly string[] = [...new Set(FAULT_KINDS.map((k) => k.rule))];

// ---------------------------------------------------------------------------
// The corpus

export interface CorpusOptions {
  readonly articles: number;
  readonly seed: number;
  /** Fraction of the articles that receive faults (default 0.6). */
  readonly faultyShare?: number;
  /** Most faults written into one article (default 3). */
  readonly maxFaultsPerArticle?: number;
}

export interface Corpus {
  /** Every article without faults: the false-positive baseline. */
  readonly clean: readonly GeneratedArticle[];
  /** The same articles with faults injected into some of them. */
  readonly faulty: readonly GeneratedArticle[];
}

export function articleName(i: number): string {
  return `article-${String(i + 1).padStart(5, '0')}.txt`;
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const rng = seededRandom(options.seed);
  const world = buildWorld(rng);
  const drafts = Array.from({ length: options.articles }, (_, i) => writeArticle(articleName(i), rng, world));
  const counts = new Map<string, number>();
  for (const d of drafts) {
    for (const s of d.segments) {
      const key = s.slot && statKey(s.slot);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const stats: CorpusStats = { counts, faulted: new Map() };

  const faultyShare = options.faultyShare ?? 0.6;
  const most = options.maxFaultsPerArticle ?? 3;
  // Each fault goes to the applicable kind injected least so far, so every kind gets about the same number of faults.
  const dealt = new Map<FaultKind, number>(FAULT_KINDS.map((k) => [k, 0]));
  const faulty = drafts.map((draft) => {
    if (rng() >= faultyShare) return render(draft, new Map());
    const rewrites = new Map<number, { rewrite: Rewrite; kind: FaultKind }>();
    const wanted = between(rng, 1, most);
    while (rewrites.size < wanted) {
      const options: { kind: FaultKind; i: number; rewrite: Rewrite }[] = [];
      for (const kind of FAULT_KINDS) {
        if ([...rewrites.values()].some((r) => r.kind === kind)) continue;
        draft.segments.forEach((_, i) => {
          // Faults stay apart: a rewritten segment's neighbours are left as they were.
          if (rewrites.has(i) || rewrites.has(i - 1) || rewrites.has(i + 1)) return;
          const rewrite = kind.rewrite(draft.segments, i, rng, stats);
          if (rewrite) options.push({ kind, i, rewrite });
        });
      }
      if (options.length === 0) break;
      const fewest = Math.min(...options.map((o) => dealt.get(o.kind) ?? 0));
      const chosen = pick(rng, options.filter((o) => dealt.get(o.kind) === fewest));
      dealt.set(chosen.kind, fewest + 1);
      rewrites.set(chosen.i, { rewrite: chosen.rewrite, kind: chosen.kind });
      const key = draft.segments[chosen.i].slot && statKey(draft.segments[chosen.i].slot as Slot);
      if (key) stats.faulted.set(key, (stats.faulted.get(key) ?? 0) + 1);
    }
    return render(draft, rewrites);
  });
  return { clean: drafts.map((d) => render(d, new Map())), faulty };
}

function render(draft: Draft, rewrites: ReadonlyMap<number, { rewrite: Rewrite; kind: FaultKind }>): GeneratedArticle {
  let text = '';
  const spans: { start: number; end: number; kind: FaultKind }[] = [];
  draft.segments.forEach((segment, i) => {
    const r = rewrites.get(i);
    if (r) spans.push({ start: text.length + r.rewrite.start, end: text.length + r.rewrite.end, kind: r.kind });
    text += r ? r.rewrite.text : segment.text;
  });
  const faults = spans.map(({ start, end, kind }) => ({ file: draft.name, rule: kind.rule, kind: kind.kind, start, end, text: text.slice(start, end) }));
  return { name: draft.name, text, faults };
}
