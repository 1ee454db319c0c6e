/**
 * Items grouped by a key, in first-seen order of the keys and in input order
 * within each group. Each item is pushed onto its group's list in place: a
 * loop that copied the list for every item was quadratic in the largest group,
 * so an article of one word repeated took minutes (issue 10, linear everywhere).
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
