import type { Span } from '../model';
import { daysInMonth, fromIso, isValidDate, toRoman } from '../calendar';
import { partyCongress, partyTermAt } from '../terms';
import type { KnowledgeFileMessages } from '../messages/catalogue';
import { EN } from '../messages/en';
import type {
  AliasAddition,
  DocumentAliasAddition,
  Attestation,
  AwardEdition,
  Confidence,
  DateBound,
  KnowledgeData,
  KnowledgeIssue,
  NotEntity,
  Organization,
  Origin,
  PartyDocument,
  Person,
  Post,
  Sourced,
} from './knowledgeFacts';

/**
 * Checks and converts the plain data of a knowledge file (the bundled JSON or
 * the workspace YAML once parsed) into knowledge-base entries. One reader
 * serves both, so the two formats cannot drift apart. It never throws: a bad
 * entry is reported and left out, and the rest is kept.
 */

/** A path into the data: keys and indices, as `people[3].posts[0].start` is `['people', 3, 'posts', 0, 'start']`. */
export type DataPath = readonly (string | number)[];

/**
 * Finds the span of the value at a path in the file (or of its key, for
 * problems with the key itself), when the format keeps positions.
 */
export type Locate = (path: DataPath, part?: 'key' | 'value') => Span | undefined;

export interface ReadResult {
  readonly data: KnowledgeData;
  readonly issues: readonly KnowledgeIssue[];
}

type Raw = Record<string, unknown>;

const TOP_KEYS = ['$schema', '$comment', 'people', 'documents', 'organizations', 'awards', 'singlePosts', 'aliases', 'documentAliases', 'notEntities'];
const PERSON_KEYS = ['id', 'name', 'aliases', 'birthYear', 'note', 'posts'];
const POST_KEYS = ['title', 'term', 'start', 'end', 'attested', 'sources', 'confidence', 'note'];
const ATTESTATION_KEYS = ['date', 'sources', 'confidence', 'note'];
const DOCUMENT_KEYS = ['id', 'type', 'code', 'issuer', 'date', 'term', 'plenum', 'subject', 'signedBy', 'sources', 'confidence', 'note'];
const AWARD_KEYS = ['name', 'edition', 'year', 'awarded', 'sources', 'confidence', 'note'];
const NOT_ENTITY_KEYS = ['text', 'file'];
const ORGANIZATION_KEYS = ['id', 'name', 'aliases', 'codeIssuers', 'sources', 'confidence', 'note'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
/** The award an edition belongs to when the entry does not name one. */
export const DEFAULT_AWARD = 'Giải Búa liềm vàng';

/** "35-CT/TW", "04-QĐi/TW", "254-KH/BTCTW": number, type, issuing body. */
const CODE = /^(\d+)-([^\s/-]+)\/(\S+)$/u;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function showPath(path: DataPath): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** A knowledge file with nothing in it. */
export const EMPTY_KNOWLEDGE: KnowledgeData = {
  people: [],
  documents: [],
  organizations: [],
  awards: [],
  singlePosts: [],
  aliases: [],
  documentAliases: [],
  notEntities: [],
};

export function readKnowledgeData(raw: unknown, origin: 'bundled' | 'workspace', locate: Locate = () => undefined, m: KnowledgeFileMessages = EN.knowledgeFile): ReadResult {
  const issues: KnowledgeIssue[] = [];
  const report = (path: DataPath, message: string, part: 'key' | 'value' = 'value') => {
    // A path that has no span of its own (a missing key) is reported on its parent.
    let at = locate(path, part);
    for (let n = path.length - 1; n >= 0 && !at; n--) at = locate(path.slice(0, n));
    issues.push({ start: at?.start ?? 0, end: at?.end ?? 0, message: path.length ? `${showPath(path)}: ${message}` : message });
  };
  const definedAt = (path: DataPath): Origin => {
    const definition = locate(path);
    return definition ? { origin, definition } : { origin };
  };

  function checkKeys(value: Raw, allowed: readonly string[], path: DataPath): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) report([...path, key], m.unknownKey(key, allowed.filter((k) => !k.startsWith('$')).join(', ')), 'key');
    }
  }

  function text(value: Raw, key: string, path: DataPath, required: boolean): string | undefined {
    const v = value[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (v !== undefined || required) report([...path, key], required && v === undefined ? m.required : m.nonEmptyText);
    return undefined;
  }

  function integer(value: Raw, key: string, path: DataPath, required: boolean): number | undefined {
    const v = value[key];
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
    if (v !== undefined || required) report([...path, key], required && v === undefined ? m.required : m.positiveWhole);
    return undefined;
  }

  function texts(value: Raw, key: string, path: DataPath): string[] {
    const v = value[key];
    // A key with nothing under it reads as null in YAML: an empty list, as for the other lists.
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      report([...path, key], m.listOfTexts);
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
      else report([...path, key, i], m.nonEmptyText);
    });
    return out;
  }

  function list(value: Raw, key: string, path: DataPath): { item: unknown; path: DataPath }[] {
    const v = value[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      report([...path, key], m.list);
      return [];
    }
    return v.map((item, i) => ({ item, path: [...path, key, i] }));
  }

  /** Sources, confidence and note; a sub-fact (an attestation) inherits what it leaves out. */
  function sourced(value: Raw, path: DataPath, inherited?: Sourced): Sourced {
    const sources = value.sources === undefined && inherited ? [...inherited.sources] : texts(value, 'sources', path);
    let confidence: Confidence = inherited?.confidence ?? 'medium';
    if (value.confidence !== undefined) {
      if (CONFIDENCES.includes(value.confidence as Confidence)) confidence = value.confidence as Confidence;
      else report([...path, 'confidence'], m.confidence);
    }
    const note = text(value, 'note', path, false);
    return note === undefined ? { sources, confidence } : { sources, confidence, note };
  }

  function dateBound(value: unknown, path: DataPath): DateBound | undefined {
    if (value === 'unknown') return { text: 'unknown', precision: 'unknown' };
    if (isRecord(value)) {
      checkKeys(value, ['notBefore', 'notAfter'], path);
      const after = value.notBefore === undefined ? undefined : knownDate(value.notBefore, [...path, 'notBefore']);
      const before = value.notAfter === undefined ? undefined : knownDate(value.notAfter, [...path, 'notAfter']);
      if (!after && !before) {
        report(path, m.range);
        return undefined;
      }
      const words = [after && `not before ${after.text}`, before && `not after ${before.text}`].filter(Boolean).join(', ');
      return { text: words, precision: 'unknown', earliest: after?.earliest, latest: before?.latest, range: { ...(after && { notBefore: after.text }), ...(before && { notAfter: before.text }) } };
    }
    return knownDate(value, path);
  }

  /** A date written YYYY, YYYY-MM or YYYY-MM-DD (a bare year may be a number, as YAML reads 2016). */
  function knownDate(value: unknown, path: DataPath): DateBound | undefined {
    const written = typeof value === 'number' ? String(value) : value;
    const match = typeof written === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written.trim()) : null;
    if (match) {
      const [, y, m, d] = match;
      const year = Number(y);
      if (d !== undefined && isValidDate(year, Number(m), Number(d))) {
        const day = fromIso(match[0]);
        return { text: match[0], precision: 'day', earliest: day, latest: day };
      }
      if (d === undefined && m !== undefined && Number(m) >= 1 && Number(m) <= 12) {
        const month = Number(m);
        return { text: match[0], precision: 'month', earliest: { year, month, day: 1 }, latest: { year, month, day: daysInMonth(year, month) } };
      }
      if (m === undefined) return { text: match[0], precision: 'year', earliest: { year, month: 1, day: 1 }, latest: { year, month: 12, day: 31 } };
    }
    report(path, m.notADate(String(value)));
    return undefined;
  }

  /** A term's own start or end: the close of its congress, or of the next one. */
  function termBound(term: number, which: 'start' | 'end'): DateBound | undefined {
    const congress = partyCongress(which === 'start' ? term : term + 1);
    if (!congress) return which === 'start' ? { text: 'unknown', precision: 'unknown' } : undefined;
    const day = congress.closed;
    return { text: `${which} of khóa ${toRoman(term)}`, precision: 'day', earliest: day, latest: day, term: { which, term } };
  }

  function readPost(raw: unknown, path: DataPath): Post | undefined {
    if (!isRecord(raw)) {
      report(path, m.post);
      return undefined;
    }
    checkKeys(raw, POST_KEYS, path);
    const title = text(raw, 'title', path, true);
    if (!title) return undefined;
    const term = integer(raw, 'term', path, false);
    const facts = sourced(raw, path);
    const start =
      raw.start !== undefined
        ? dateBound(raw.start, [...path, 'start'])
        : term !== undefined
          ? termBound(term, 'start')
          : { text: 'unknown', precision: 'unknown' as const };
    const end = raw.end !== undefined ? dateBound(raw.end, [...path, 'end']) : term !== undefined ? termBound(term, 'end') : undefined;
    if (!start || (raw.end !== undefined && !end)) return undefined;
    const attested: Attestation[] = [];
    for (const { item, path: at } of list(raw, 'attested', path)) {
      const attestation = readAttestation(item, at, facts);
      if (attestation) attested.push(attestation);
    }
    return { title, ...(term !== undefined ? { term } : {}), start, ...(end ? { end } : {}), attested, ...facts };
  }

  /** An attestation is a date, or a mapping with a date and its own sources. */
  function readAttestation(raw: unknown, path: DataPath, post: Sourced): Attestation | undefined {
    if (!isRecord(raw)) {
      const date = knownDate(raw, path);
      return date && { date, sources: post.sources, confidence: post.confidence };
    }
    checkKeys(raw, ATTESTATION_KEYS, path);
    if (raw.date === undefined) {
      report([...path, 'date'], m.required);
      return undefined;
    }
    const date = knownDate(raw.date, [...path, 'date']);
    return date && { date, ...sourced(raw, path, { sources: post.sources, confidence: post.confidence }) };
  }

  function readPerson(raw: unknown, path: DataPath): Person | undefined {
    if (!isRecord(raw)) {
      report(path, m.person);
      return undefined;
    }
    checkKeys(raw, PERSON_KEYS, path);
    const id = text(raw, 'id', path, true);
    const name = text(raw, 'name', path, true);
    if (!id || !name) return undefined;
    const posts: Post[] = [];
    for (const { item, path: at } of list(raw, 'posts', path)) {
      const post = readPost(item, at);
      if (post) posts.push(post);
    }
    const birthYear = integer(raw, 'birthYear', path, false);
    const note = text(raw, 'note', path, false);
    return {
      id,
      name,
      aliases: texts(raw, 'aliases', path),
      ...(birthYear !== undefined ? { birthYear } : {}),
      ...(note !== undefined ? { note } : {}),
      posts,
      ...definedAt([...path, 'name']),
    };
  }

  function readDocument(raw: unknown, path: DataPath): PartyDocument | undefined {
    if (!isRecord(raw)) {
      report(path, m.document);
      return undefined;
    }
    checkKeys(raw, DOCUMENT_KEYS, path);
    const id = text(raw, 'id', path, true);
    const type = text(raw, 'type', path, true);
    const code = text(raw, 'code', path, true);
    if (!id || !type || !code) return undefined;
    const parts = CODE.exec(code);
    if (!parts) {
      report([...path, 'code'], m.notACode(code));
      return undefined;
    }
    const date = raw.date === undefined ? undefined : dateBound(raw.date, [...path, 'date']);
    const term = integer(raw, 'term', path, false) ?? termOfDate(date);
    const optional = { issuer: text(raw, 'issuer', path, false), subject: text(raw, 'subject', path, false), signedBy: text(raw, 'signedBy', path, false) };
    const plenum = integer(raw, 'plenum', path, false);
    return {
      id,
      type,
      code,
      number: parts[1],
      codeType: parts[2],
      codeIssuer: parts[3],
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
      ...(date ? { date } : {}),
      ...(term !== undefined ? { term } : {}),
      ...(plenum !== undefined ? { plenum } : {}),
      ...sourced(raw, path),
      ...definedAt([...path, 'code']),
    };
  }

  function readAward(raw: unknown, path: DataPath): AwardEdition | undefined {
    if (!isRecord(raw)) {
      report(path, m.award);
      return undefined;
    }
    checkKeys(raw, AWARD_KEYS, path);
    const edition = integer(raw, 'edition', path, true);
    const year = integer(raw, 'year', path, true);
    if (edition === undefined || year === undefined) return undefined;
    const awarded = raw.awarded === undefined ? undefined : dateBound(raw.awarded, [...path, 'awarded']);
    return {
      name: text(raw, 'name', path, false) ?? DEFAULT_AWARD,
      edition,
      year,
      ...(awarded ? { awarded } : {}),
      ...sourced(raw, path),
      ...definedAt([...path, 'edition']),
    };
  }

  function readOrganization(raw: unknown, path: DataPath): Organization | undefined {
    if (!isRecord(raw)) {
      report(path, m.organization);
      return undefined;
    }
    checkKeys(raw, ORGANIZATION_KEYS, path);
    const id = text(raw, 'id', path, true);
    const name = text(raw, 'name', path, true);
    if (!id || !name) return undefined;
    return {
      id,
      name,
      aliases: texts(raw, 'aliases', path),
      codeIssuers: texts(raw, 'codeIssuers', path),
      ...sourced(raw, path),
      ...definedAt([...path, 'name']),
    };
  }

  /** A mapping of entry ids to lists of names, as the top-level aliases and documentAliases are. */
  function readNamesById(key: 'aliases' | 'documentAliases'): { id: string; aliases: string[]; definition?: Span }[] {
    const value = (raw as Raw)[key];
    if (value === undefined || value === null) return [];
    if (!isRecord(value)) {
      report([key], m.idsToNames(key === 'aliases' ? 'person' : 'document'));
      return [];
    }
    return Object.keys(value).map((id) => {
      const definition = locate([key, id]);
      const aliases = texts(value, id, [key]);
      return definition ? { id, aliases, definition } : { id, aliases };
    });
  }

  function readNotEntity(value: unknown, path: DataPath): NotEntity | undefined {
    if (typeof value === 'string' && value.trim() !== '') return { text: value.trim() };
    if (!isRecord(value)) {
      report(path, m.notEntity);
      return undefined;
    }
    checkKeys(value, NOT_ENTITY_KEYS, path);
    const written = text(value, 'text', path, true);
    const file = text(value, 'file', path, false);
    if (written === undefined) return undefined;
    return file === undefined ? { text: written } : { text: written, file };
  }

  /** Reads one list of entries; a second entry with an id already used in the file is reported and left out. */
  function each<T extends object>(value: Raw, key: string, read: (item: unknown, path: DataPath) => T | undefined): T[] {
    const out: T[] = [];
    const ids = new Set<string>();
    for (const { item, path } of list(value, key, [])) {
      const entry = read(item, path);
      if (!entry) continue;
      const id = 'id' in entry ? String(entry.id) : undefined;
      if (id !== undefined && ids.has(id)) {
        report([...path, 'id'], m.idUsed(id));
        continue;
      }
      if (id !== undefined) ids.add(id);
      out.push(entry);
    }
    return out;
  }

  const empty = EMPTY_KNOWLEDGE;
  if (raw === undefined || raw === null) return { data: empty, issues };
  if (!isRecord(raw)) {
    report([], m.notMapping);
    return { data: empty, issues };
  }
  checkKeys(raw, TOP_KEYS, []);
  const data: KnowledgeData = {
    people: each(raw, 'people', readPerson),
    documents: each(raw, 'documents', readDocument),
    organizations: each(raw, 'organizations', readOrganization),
    awards: each(raw, 'awards', readAward),
    singlePosts: texts(raw, 'singlePosts', []),
    aliases: readNamesById('aliases').map(({ id, ...rest }): AliasAddition => ({ personId: id, ...rest })),
    documentAliases: readNamesById('documentAliases').map(({ id, ...rest }): DocumentAliasAddition => ({ documentId: id, ...rest })),
    notEntities: each(raw, 'notEntities', readNotEntity),
  };
  return { data, issues };
}

/** The term a dated document belongs to, when the whole date range falls in one term. */
function termOfDate(date: DateBound | undefined): number | undefined {
  if (!date?.earliest || !date.latest) return undefined;
  const term = partyTermAt(date.earliest);
  return term === partyTermAt(date.latest) ? term : undefined;
}
