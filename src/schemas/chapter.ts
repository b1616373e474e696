/**
 * The frontmatter of a report chapter (content/chapters/<id>.mdx).
 *
 * Astro validates every chapter against this schema when it loads the collection, so a
 * missing or misspelt field fails the build with the chapter file, the field and what was
 * expected. Editors: each field below says what to write; CONTRIBUTING.md has an example.
 */
import { z } from 'astro/zod';
import { StatusProp, VIEW_IDS } from './components';

/** What a chapter is mainly about; drives the chapter's accent colour and its group in the contents. */
export const THEMES = ['strategy', 'entrepreneurship', 'industry', 'policy', 'cooperation', 'crisis'] as const;

/** One source the chapter relies on, listed under "Sources" at the end of the chapter page. */
export const ChapterSource = z.strictObject({
  /** How the source is cited, e.g. "European Commission, State aid Scoreboard 2020". */
  label: z.string().trim().min(3, { error: 'expected a citation of at least 3 characters' }),
  /** Where a reader can find it (https://…); leave out for printed or internal sources. */
  url: z.url({ protocol: /^https?$/, error: 'expected a full http(s) address, e.g. https://ec.europa.eu/…' }).optional(),
  /** How far the source has been checked: official | compiled | needs_check | illustrative. */
  status: StatusProp,
});
export type ChapterSource = z.infer<typeof ChapterSource>;

export const Chapter = z.strictObject({
  /** The chapter's heading, as shown on its page, in the contents and in search results. */
  title: z.string().trim().min(3, { error: 'expected a title of at least 3 characters' }).max(120, { error: 'expected a title of at most 120 characters' }),
  /** Position in the report: 1 comes first. Two chapters may not share a number. */
  order: z.int({ error: 'expected a whole number such as 1, 2, 3' }).positive({ error: 'expected a whole number of 1 or more' }),
  /** One or two sentences (50–300 characters): shown on the contents page and used as the page description for search engines. */
  summary: z.string().trim().min(50, { error: 'expected a summary of at least 50 characters' }).max(300, { error: 'expected a summary of at most 300 characters' }),
  /** The chapter's theme, one of: strategy, entrepreneurship, industry, policy, cooperation, crisis. */
  theme: z.enum(THEMES, { error: `expected one of: ${THEMES.join(', ')}` }),
  /** The chapter's key messages, one sentence each; the page shows them as callouts at the top. */
  keyMessages: z
    .array(z.string().trim().min(20, { error: 'expected a key message of at least 20 characters' }).max(280, { error: 'expected a key message of at most 280 characters' }), { error: 'expected a list of sentences' })
    .min(1, { error: 'expected at least one key message' })
    .max(6, { error: 'expected at most 6 key messages; move the rest into the text' }),
  /** Ids of the maps placed in the chapter with <MapView view="…" />; must match the maps used in the text. */
  mapViews: z.array(z.enum(VIEW_IDS, { error: `expected a map view id, one of: ${VIEW_IDS.join(', ')}` })).default([]),
  /** Every source the chapter cites, each with a label, an optional url and a status. */
  sources: z.array(ChapterSource).min(1, { error: 'expected at least one source' }),
  /** The day an editor last checked the chapter against its sources, written YYYY-MM-DD. */
  lastReviewed: z.preprocess(
    // YAML reads an unquoted 2026-11-25 as a date already; a quoted one arrives as text.
    (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
    z.date({ error: 'expected a date written YYYY-MM-DD' }).refine((d) => !Number.isNaN(d.getTime()), { error: 'expected a real calendar date written YYYY-MM-DD' }),
  ),
});
export type Chapter = z.infer<typeof Chapter>;
