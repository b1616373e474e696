/**
 * The frontmatter of a report chapter (content/chapters/<id>.mdx).
 *
 * Astro validates every chapter against this schema when it loads the collection, so a
 * missing or misspelt field fails the build with the chapter file, the field and what was
 * expected. Editors: each field below says what to write; CONTRIBUTING.md has an example.
 */
import { z } from 'astro/zod';
import { Status } from './generated';
import { VIEW_IDS } from './components';
import { didYouMean, showValue } from './prop-issues';

/**
 * A field message that says what was found before what was expected: Astro prints it after
 * the file and the field name, e.g. `theme: found "cooperaton"; expected one of: …`.
 */
function expecting(expected: string) {
  return (issue: { input?: unknown }) => `found ${showValue(issue.input)}; ${expected}`;
}

/** What a chapter is mainly about; drives the chapter's accent colour and its group in the contents. */
export const THEMES = ['strategy', 'entrepreneurship', 'industry', 'policy', 'cooperation', 'crisis'] as const;

/** Text between `min` and `max` characters (after trimming), with messages that say which. */
function text(what: string, min: number, max: number) {
  const expected = `expected ${what} of ${min}–${max} characters`;
  return z.string({ error: expecting(`${expected}, as text`) }).trim().min(min, { error: expecting(expected) }).max(max, { error: expecting(expected) });
}

/**
 * An object that names a misspelt or unknown field instead of dropping it silently. The
 * issue is placed on the field itself (so the build prints `keymessages: …`), and it is
 * reported together with the other problems of the file, not after they are fixed.
 */
function fields<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  return z.looseObject(shape).superRefine(
    (value, ctx) => {
      if (typeof value !== 'object' || value === null) return;
      for (const key of Object.keys(value).filter((k) => !known.includes(k))) {
        ctx.addIssue({ code: 'custom', path: [key], input: value[key], message: `unknown field${didYouMean(key, known)}; expected only: ${known.join(', ')}` });
      }
    },
    { when: () => true },
  );
}

/** One source the chapter relies on, listed under "Sources" at the end of the chapter page. */
export const ChapterSource = fields({
  /** How the source is cited, e.g. "European Commission, State aid Scoreboard 2020". */
  label: text('a citation', 3, 300),
  /** Where a reader can find it (https://…); leave out for printed or internal sources. */
  url: z.url({ protocol: /^https?$/, error: expecting('expected a full http(s) address, e.g. https://ec.europa.eu/…') }).optional(),
  /** How far the source has been checked: official | compiled | needs_check | illustrative. */
  status: z.enum(Status.options, { error: expecting(`expected one of: ${Status.options.join(', ')}`) }),
});
export type ChapterSource = z.infer<typeof ChapterSource>;

export const Chapter = fields({
  /** The chapter's heading, as shown on its page, in the contents and in search results. */
  title: text('a title', 3, 120),
  /** Position in the report: 1 comes first. Two chapters may not share a number. */
  order: z.int({ error: expecting('expected a whole number such as 1, 2, 3') }).positive({ error: expecting('expected a whole number of 1 or more') }),
  /** One or two sentences (50–300 characters): shown on the contents page and used as the page description for search engines. */
  summary: text('a summary', 50, 300),
  /** The chapter's theme, one of: strategy, entrepreneurship, industry, policy, cooperation, crisis. */
  theme: z.enum(THEMES, { error: expecting(`expected one of: ${THEMES.join(', ')}`) }),
  /** The chapter's key messages, one sentence each (20–280 characters); the page shows them as callouts at the top. */
  keyMessages: z
    .array(text('a key message', 20, 280), { error: expecting('expected a list of sentences, one per line starting with "- "') })
    .min(1, { error: expecting('expected at least one key message') })
    .max(6, { error: expecting('expected at most 6 key messages; move the rest into the text') }),
  /** Ids of the maps placed in the chapter with <MapView view="…" />; must match the maps used in the text. */
  mapViews: z
    .array(z.enum(VIEW_IDS, { error: expecting(`expected a map view id, one of: ${VIEW_IDS.join(', ')}`) }), { error: expecting('expected a list of map view ids, or [] for none') })
    .default([]),
  /** Every source the chapter cites, each with a label, an optional url and a status. */
  sources: z.array(ChapterSource, { error: expecting('expected a list of sources, each with label and status') }).min(1, { error: expecting('expected at least one source') }),
  /** The day an editor last checked the chapter against its sources, written YYYY-MM-DD. */
  lastReviewed: z.preprocess(
    // YAML reads an unquoted 2026-11-25 as a date already; a quoted one arrives as text.
    (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
    z.date({ error: expecting('expected a date written YYYY-MM-DD') }).refine((d) => !Number.isNaN(d.getTime()), { error: expecting('expected a real calendar date written YYYY-MM-DD') }),
  ),
});
export type Chapter = z.infer<typeof Chapter>;
