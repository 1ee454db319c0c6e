import documentTypes from '../../../data/documentTypes.json';
import { matchKey } from './text/source';

/**
 * The code abbreviation each document type takes (data/documentTypes.json).
 * The citation recogniser reads it to spell a code, the document rules to
 * check one and annotation to write one; it lives here, beside neither, so
 * that recognisers and rules do not import each other.
 */

/** matchKey(type in words) → every code abbreviation the type is written with, the plain one first ("Quy định" → QĐ, QĐi). */
export const CODES_OF_TYPE: ReadonlyMap<string, readonly string[]> = new Map(documentTypes.types.map((t) => [matchKey(t.name), t.codes]));

/** matchKey(type in words) → the plain abbreviation its code carries ("Chỉ thị" → "CT"). */
export const CODE_OF_TYPE: ReadonlyMap<string, string> = new Map([...CODES_OF_TYPE].map(([type, codes]) => [type, codes[0]]));

/** matchKey(type in words) of the types whose state codes name the issuing body where others write the type ("Công văn số 123/UBND-VX"). */
export const STATE_CODES_WITHOUT_TYPE: ReadonlySet<string> = new Set(documentTypes.types.filter((t) => 'stateCodeWithoutType' in t && t.stateCodeWithoutType).map((t) => matchKey(t.name)));

/** True when a code abbreviation is one of the type's families ("QĐNS" for a Quyết định), in any case. */
export function codeFitsType(type: string, codeType: string): boolean {
  const codes = CODES_OF_TYPE.get(matchKey(type));
  return codes === undefined || codes.some((c) => matchKey(c) === matchKey(codeType));
}
