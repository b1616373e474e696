/**
 * A chapter's table of contents from the headings Astro reports when it renders the MDX
 * (`render(entry).headings`): level-2 headings, each with its level-3 children.
 */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Level-2 entries with nested level-3 entries. A level-3 heading before any level-2 one
 * becomes a top-level entry, so no heading is lost; deeper headings are left out.
 */
export function buildToc(headings: readonly Heading[], maxDepth: 2 | 3 = 3): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const entry: TocEntry = { slug: heading.slug, text: heading.text, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}
