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

/**
 * A list to keep for long, at its exact length. A list grown by push keeps
 * room for about 16 more items, ten times the memory of a list of one or two,
 * and the folder keeps hundreds of thousands of such short lists (each
 * entity's mentions in each file, each title's holders); slice allocates just
 * the items.
 */
export function keptList<T>(list: T[]): T[] {
  return list.slice();
}
