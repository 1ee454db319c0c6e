import type { Rule } from './rule';
import { titleVariant } from './titleVariant';
import { titleConflict } from './titleConflict';
import { nameVariant } from './nameVariant';
import { dateWeekday } from './dateWeekday';
import { dateInvalid } from './dateInvalid';
import { dateContext } from './dateContext';
import { documentCode } from './documentCode';
import { documentConflict } from './documentConflict';
import { termNumeral } from './termNumeral';
import { termYears } from './termYears';
import { editionYear } from './editionYear';
import { decisionAfterEvent } from './decisionAfterEvent';
import { appointmentDate } from './appointmentDate';
import { spellingVariant } from './spellingVariant';
import { textArtifact } from './textArtifact';

/** The registry: every consistency rule, in the order of the specification's table. Ids are public interface. */
export const RULES: readonly Rule[] = [
  titleVariant,
  titleConflict,
  nameVariant,
  dateWeekday,
  dateInvalid,
  dateContext,
  documentCode,
  documentConflict,
  termNumeral,
  termYears,
  editionYear,
  decisionAfterEvent,
  appointmentDate,
  spellingVariant,
  textArtifact,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
