/**
 * Content collections. `chapters`: the report, one MDX file per chapter in content/chapters/.
 * The file name is the chapter id and its address: content/chapters/policies.mdx → /chapters/policies/.
 * The frontmatter fields are documented in src/schemas/chapter.ts (and in CONTRIBUTING.md).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Chapter } from './schemas/chapter';

const chapters = defineCollection({
  // Only .mdx: a stray .md draft would otherwise publish without the component checks.
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: Chapter,
});

export const collections = { chapters };
