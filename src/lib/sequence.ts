/** The items before and after `id` in an ordered list (chapters, for previous/next links). */
export function neighbours<T extends { id: string }>(items: readonly T[], id: string): { prev: T | undefined; next: T | undefined } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) throw new Error(`neighbours: "${id}" is not in the list (${items.map((item) => item.id).join(', ')})`);
  return { prev: items[index - 1], next: items[index + 1] };
}
