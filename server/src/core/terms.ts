import congresses from '../../../data/congresses.json';
import type { CalendarDate } from './model';
import { compareDates, fromIso } from './calendar';

/** Facts about Party congresses and terms (khóa), from data/congresses.json. */
export interface PartyCongress {
  readonly ordinal: number;
  readonly opened: CalendarDate;
  readonly closed: CalendarDate;
  readonly termYears: readonly [number, number];
  readonly source: string;
}

export interface AssemblyTerm {
  readonly ordinal: number;
  readonly termYears: readonly [number, number];
  readonly source: string;
}

export const PARTY_CONGRESSES: readonly PartyCongress[] = congresses.partyCongresses.map((c) => ({
  ordinal: c.ordinal,
  opened: fromIso(c.opened),
  closed: fromIso(c.closed),
  termYears: [c.termYears[0], c.termYears[1]] as const,
  source: c.source,
}));

export const ASSEMBLY_TERMS: readonly AssemblyTerm[] = congresses.nationalAssemblyTerms.map((t) => ({
  ordinal: t.ordinal,
  termYears: [t.termYears[0], t.termYears[1]] as const,
  source: t.source,
}));

export function partyCongress(ordinal: number): PartyCongress | undefined {
  return PARTY_CONGRESSES.find((c) => c.ordinal === ordinal);
}

export function assemblyTerm(ordinal: number): AssemblyTerm | undefined {
  return ASSEMBLY_TERMS.find((t) => t.ordinal === ordinal);
}

/**
 * The Party term (khóa) in force on a date: a term runs from the close of its
 * congress to the close of the next one. Undefined before the earliest known congress.
 */
export function partyTermAt(date: CalendarDate): number | undefined {
  let current: number | undefined;
  for (const congress of PARTY_CONGRESSES) {
    if (compareDates(congress.closed, date) <= 0) current = congress.ordinal;
  }
  return current;
}
