import { toIso, weekday } from '../calendar';
import type { Problem, Rule } from './rule';
import { quote } from './edits';

/**
 * date-weekday: the weekday written with a date ("Thứ Sáu, 23-06-2022") is
 * not the weekday of that date. No fix is offered: either the weekday or the
 * date may be the wrong half.
 */
export const dateWeekday: Rule = {
  id: 'date-weekday',
  defaultSeverity: 'error',
  check({ article, messages }) {
    const problems: Problem[] = [];
    for (const mention of article.mentions) {
      if (mention.kind !== 'date') continue;
      const data = mention.data;
      if (data.statedWeekday === undefined || data.granularity !== 'day' || data.yearInferred) continue;
      const actual = weekday(data.from);
      if (actual === data.statedWeekday) continue;
      problems.push({
        start: mention.start,
        end: mention.end,
        message: messages.dates.weekday(quote(mention.text), data.statedWeekday, toIso(data.from), actual),
      });
    }
    return problems;
  },
};
