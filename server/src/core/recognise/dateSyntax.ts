import type { CalendarDate } from '../model';
import { isValidDate } from '../calendar';

/**
 * The numeric date forms Vietnamese articles write: d-m-yyyy, d/m/yyyy,
 * d.m.yyyy, with one- or two-digit day and month. Shared by the date and
 * document-citation recognisers so both read dates the same way.
 */
export const FULL_NUMERIC_DATE = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/;

/** Parses "30-5-2019" or "06/03/2017"; undefined when not a full, valid date. */
export function parseNumericDate(text: string): CalendarDate | undefined {
  const m = new RegExp(`^${FULL_NUMERIC_DATE.source}$`).exec(text.trim());
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}
