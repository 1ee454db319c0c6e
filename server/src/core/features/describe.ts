import type { CongressData, DocumentData, Mention, MentionData, PersonData } from '../model';
import { toIso, toRoman } from '../calendar';
import { partyCongress, assemblyTerm } from '../terms';

/**
 * Plain-language names for entities and their parts, shared by hover,
 * symbols and the CLI so every surface calls a thing the same way.
 */

const DOCUMENT_TYPE_EN: Record<string, string> = {
  'Nghị quyết': 'resolution',
  'Chỉ thị': 'directive',
  'Quy định': 'regulation',
  'Quyết định': 'decision',
  'Kết luận': 'conclusion',
  'Kế hoạch': 'plan',
  'Hướng dẫn': 'guidance',
  'Thông báo': 'announcement',
  'Quy chế': 'rules of procedure',
  'Báo cáo': 'report',
  'Công văn': 'official letter',
};

export function documentTypeInWords(type: string): string {
  const english = DOCUMENT_TYPE_EN[type];
  return english ? `${type} (${english})` : type;
}

/** "Chỉ thị số 35-CT/TW", "Quy định số 138", "Nghị quyết Trung ương 5 khóa XIII". */
export function documentName(data: DocumentData): string {
  if (data.code) return `${data.type} số ${data.code}`;
  if (data.number) return `${data.type} số ${data.number}`;
  if (data.congress !== undefined) return `${data.type} Đại hội ${toRoman(data.congress)}`;
  if (data.plenum !== undefined) {
    return `${data.type} Trung ương ${data.plenum}${data.term !== undefined ? ` khóa ${toRoman(data.term)}` : ''}`;
  }
  return data.type;
}

export function congressName(data: CongressData): string {
  const numeral = data.ordinal !== undefined ? toRoman(data.ordinal) : '';
  switch (data.body) {
    case 'party-congress':
    case 'party-term':
      return `Đại hội ${numeral}`;
    case 'plenum':
      return `Hội nghị Trung ương ${data.ordinal ?? ''}`.trim();
    case 'national-assembly':
      return `Quốc hội khóa ${numeral}`;
    case 'term-years':
      return data.years ? `nhiệm kỳ ${data.years[0]}-${data.years[1]}` : 'nhiệm kỳ';
    case 'local-congress':
      return `Đại hội lần thứ ${numeral}`;
    case 'local-term':
      return `khóa ${numeral}`;
    case 'local-plenum':
      return `Hội nghị lần thứ ${data.ordinal ?? ''}`.trim();
  }
}

/** One line saying what a congress or term is: ordinal and years. */
export function congressFacts(data: CongressData): string {
  if (data.ordinal === undefined) {
    return data.years ? `Term ${data.years[0]}–${data.years[1]}` : 'Term';
  }
  const ordinal = `${ordinalEn(data.ordinal)} (${toRoman(data.ordinal)})`;
  switch (data.body) {
    case 'party-congress':
    case 'party-term': {
      const congress = partyCongress(data.ordinal);
      if (!congress) return `${ordinal} National Party Congress`;
      return (
        `${ordinal} National Party Congress, ${toIso(congress.opened)} – ${toIso(congress.closed)}; ` +
        `Central Committee term (khóa ${toRoman(data.ordinal)}) ${congress.termYears[0]}–${congress.termYears[1]}`
      );
    }
    case 'plenum':
      return `${ordinal} plenum of the Party Central Committee`;
    case 'national-assembly': {
      const term = assemblyTerm(data.ordinal);
      return term ? `${ordinal} National Assembly, ${term.termYears[0]}–${term.termYears[1]}` : `${ordinal} National Assembly`;
    }
    case 'term-years':
      return ordinal;
    // Local bodies number their own congresses, terms and plenums; no national dates or years apply.
    case 'local-congress':
      return `${ordinal} congress of a local Party organisation or a mass organisation (not the national Party congress)`;
    case 'local-term':
      return `${ordinal} term of a local body (not the Party Central Committee's khóa)`;
    case 'local-plenum':
      return `${ordinal} meeting of a local committee (not a Central Committee plenum)`;
  }
}

export function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** The display name of the entity a mention refers to. */
export function entityName(mention: Mention): string {
  return nameOfData(mention.data, mention.text);
}

/** What sets an official apart from namesakes the folder tells apart, for lists that show both: " (Hà Giang)", " (1965)", " (bà, Lào Cai)", " (Nghệ An, năm 2022)". */
function namesakeLabel(data: PersonData): string {
  const reason = data.toldApart;
  if (reason?.kind === 'apartByPlace') return ` (${reason.places})`;
  if (reason?.kind === 'apartByBirth') return ` (${reason.born})`;
  if (reason?.kind === 'apartBySex') return ` (${[reason.sex, reason.places].filter(Boolean).join(', ')})`;
  if (reason?.kind === 'apartByEra') return ` (${[reason.places, `năm ${reason.years}`].filter(Boolean).join(', ')})`;
  return '';
}

function nameOfData(data: MentionData, text: string): string {
  switch (data.kind) {
    case 'person':
      return data.name + namesakeLabel(data);
    case 'author':
      return data.name;
    case 'title':
    case 'organization':
      return data.canonical;
    case 'document':
      return documentName(data);
    case 'date':
      return sameDay(data.from, data.to) ? toIso(data.from) : `${toIso(data.from)}/${toIso(data.to)}`;
    case 'congress':
      return congressName(data);
    case 'award':
      return `Giải ${data.name} lần thứ ${toRoman(data.edition)}${data.year !== undefined ? ` - năm ${data.year}` : ''}`;
    default:
      return text;
  }
}

function sameDay(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
