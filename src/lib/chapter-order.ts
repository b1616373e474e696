/**
 * Chapters in reading order (by the `order` field). Two chapters with the same number would
 * make the contents and the previous/next links depend on file-system order, so that fails
 * the build naming both files.
 */
interface Ordered {
  id: string;
  filePath?: string | undefined;
  data: { order: number };
}

export function inReadingOrder<T extends Ordered>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  sorted.forEach((entry, i) => {
    const next = sorted[i + 1];
    if (next && next.data.order === entry.data.order) {
      throw new Error(
        `${fileOf(entry)} and ${fileOf(next)} both have order: ${entry.data.order}; expected a different number for each chapter`,
      );
    }
  });
  return sorted;
}

function fileOf(entry: Ordered): string {
  return entry.filePath ?? `content/chapters/${entry.id}.mdx`;
}
