import type { Messages } from './catalogue';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const EN: Messages = {
  showTimeline: 'Show timeline',
  lens: (name, mentions, files) => `${name}: ${plural(mentions, 'mention')} in ${plural(files, 'file')}`,
  fixAllInFile: (rule, count) => `Fix all “${rule}” problems in this file (${count})`,
  fixAllOnSave: 'Fix all Report Lens problems in this file',
  progressTitle: 'Report Lens: indexing',
  progressListing: 'listing articles',
  progressArticles: (done, total) => `${done}/${total} articles`,
};
