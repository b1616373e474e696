/**
 * The props of the components chapter authors may use in MDX (src/components/mdx/).
 *
 * One schema per component, used twice: by the build-time MDX check
 * (src/integrations/remark-validate-components.ts), which reports the chapter file, line
 * and prop, and by each component itself, so a prop computed at run time is checked too.
 * Every message starts with "expected …" because it is shown after "found …".
 */
import { z } from 'astro/zod';
import { Status } from './generated';
import { views } from '../data/views';

/** Map view ids an author may use, read from src/data/views.ts (the one list of views). */
export const VIEW_IDS = views.map((v) => v.id) as [string, ...string[]];

/** A data status with the editor-facing message; the values come from the data contract. */
export const StatusProp = z.enum(Status.options, { error: `expected one of: ${Status.options.join(', ')}` });

const WebAddress = z.url({ protocol: /^https?$/, error: 'expected a full http(s) address, e.g. https://ec.europa.eu/…' });
const Text = (min: number, what: string) => z.string({ error: `expected ${what} as text in quotes` }).trim().min(min, { error: `expected ${what} of at least ${min} characters` });
/** Anchor ids: lower-case words joined by dashes, so links such as #fig-state-aid survive every tool. */
const AnchorId = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'expected an anchor id of lower-case letters, digits and dashes, e.g. "fig-state-aid"' });

/** <KeyMessage title="…">One or two sentences.</KeyMessage>: a highlighted callout. */
export const KeyMessageProps = z.strictObject({
  /** Heading of the callout; "Key message" when left out. */
  title: Text(3, 'a heading').max(80, { error: 'expected a heading of at most 80 characters' }).optional(),
});

/** <Figure caption="…" source="…" status="…">table, image or map</Figure>: numbered content with caption and source. */
export const FigureProps = z
  .strictObject({
    /** What the figure shows, in a sentence; printed under it. */
    caption: Text(10, 'a caption'),
    /** Where the content comes from, e.g. "European Commission, State aid Scoreboard 2020". */
    source: Text(3, 'a source'),
    /** Address of the source, shown as a link (and printed as a URL). */
    sourceUrl: WebAddress.optional(),
    /** How far the figure's data has been checked; needs_check and illustrative show a badge. */
    status: StatusProp,
    /** Anchor for links to this figure (#id); optional. */
    id: AnchorId.optional(),
    /** An image under public/ (e.g. "/figures/basins.svg"); leave out when the figure wraps a table or map. */
    src: z.string().regex(/^\/[^\s]+\.(svg|png|jpe?g|webp|avif)$/, { error: 'expected a path under public/ starting with "/", e.g. "/figures/basins.svg"' }).optional(),
    /** Text alternative for `src`, required with it. */
    alt: Text(5, 'an image description').optional(),
  })
  .refine((p) => p.src === undefined || p.alt !== undefined, { path: ['alt'], error: 'expected an alt text describing the image, because src is set' });

/** <Stat value={0.81} unit="% of GDP" label="…" source="…" status="…" />: one sourced number. */
export const StatProps = z.strictObject({
  /** The number, in braces so it stays a number: value={134.6}. Never rounded by the component beyond `decimals`. */
  value: z.number({ error: 'expected a number in braces, e.g. value={134.6}' }).refine(Number.isFinite, { error: 'expected a finite number' }),
  /** Unit printed after the value, e.g. "% of GDP" or "bn EUR". */
  unit: z.string({ error: 'expected the unit as text in quotes' }).max(40, { error: 'expected a unit of at most 40 characters' }).optional(),
  /** What the number measures, in a few words: "State aid spent in the EU28". */
  label: Text(3, 'a label'),
  /** The year the value refers to. */
  year: z.int({ error: 'expected a year in braces, e.g. year={2019}' }).min(1950, { error: 'expected a year from 1950 on' }).max(2100, { error: 'expected a year up to 2100' }).optional(),
  /** Digits after the decimal point when printing; the number as written when left out. */
  decimals: z.int({ error: 'expected a whole number in braces, e.g. decimals={1}' }).min(0, { error: 'expected 0 to 4 decimals' }).max(4, { error: 'expected 0 to 4 decimals' }).optional(),
  /** Where the number comes from. */
  source: Text(3, 'a source'),
  /** Address of the source. */
  sourceUrl: WebAddress.optional(),
  /** How far the number has been checked; needs_check and illustrative show a badge. */
  status: StatusProp,
});

/** <MapView view="overview" />: one of the map views defined in src/data/views.ts. */
export const MapViewProps = z.strictObject({
  /** Id of the view; the list lives in src/data/views.ts. */
  view: z.enum(VIEW_IDS, { error: `expected a map view id, one of: ${VIEW_IDS.join(', ')}` }),
});

const YEAR_OR_RANGE = 'expected a year in braces, year={2013}, or a range in quotes, year="2008-2013"';

/**
 * <DataValue indicator="unemp_rate" geo="EL30" year={2013} />: a figure read from the generated
 * series, never typed. A range (year="2008-2013") shows the change: percentage points for a share,
 * % otherwise. Whether the indicator, place and year exist is checked against the data at build.
 */
export const DataValueProps = z.strictObject({
  /** Metric id with a series (public/data/series/<id>.json), e.g. "unemp_rate", "gdp_pps_hab". */
  indicator: z.string({ error: 'expected an indicator id in quotes, e.g. indicator="unemp_rate"' }).regex(/^[a-z0-9_]+$/, { error: 'expected an indicator id of lower-case letters, digits and _' }),
  /** A NUTS-2 code (EL30), a country (EL, UK) or an EU aggregate (EU27_2020) as the series has it. */
  geo: z.string({ error: 'expected a place code in quotes, e.g. geo="EL30"' }).regex(/^[A-Z]{2}[A-Z0-9_]*$/, { error: 'expected a NUTS code, country code or aggregate such as EU27_2020' }),
  /** The year in braces (year={2013}) or a range in quotes (year="2008-2013") for the change. */
  year: z.union([
    z.int({ error: YEAR_OR_RANGE }).min(1950, { error: YEAR_OR_RANGE }).max(2100, { error: YEAR_OR_RANGE }),
    z.string({ error: YEAR_OR_RANGE }).regex(/^\d{4}-\d{4}$/, { error: YEAR_OR_RANGE }),
  ], { error: YEAR_OR_RANGE }),
  /** Digits after the point when printing (0–3); one when left out. */
  decimals: z.int({ error: 'expected a whole number in braces, e.g. decimals={0}' }).min(0, { error: 'expected 0 to 3 decimals' }).max(3, { error: 'expected 0 to 3 decimals' }).optional(),
  /** Print the place's name before the figure ("Attiki: 27.2%"); off when the sentence names it. */
  named: z.boolean({ error: 'expected named or named={false}' }).optional(),
  /** Print the figure alone (and its flag, if any), for a first mention whose year and source the next figure of the sentence gives. */
  bare: z.boolean({ error: 'expected bare or bare={false}' }).optional(),
  /** Print the number without its unit, when the sentence names the measure ("a location quotient of 2.08", "an index of 127"); the unit stays in the tooltip. */
  unitless: z.boolean({ error: 'expected unitless or unitless={false}' }).optional(),
});

const FactName = z.string({ error: 'expected a fact name in quotes, e.g. name="shock-top-with-cluster"' }).regex(/^[a-z0-9-]+$/, { error: 'expected a fact name of lower-case letters, digits and dashes' });

/** <Fact name="shock-top-with-cluster" />: a statement computed at build (src/features/chapters/facts.ts). */
export const FactProps = z.strictObject({
  /** The fact's name; the build lists the names when one is unknown. */
  name: FactName,
  /** Print the value alone, without its sources (a second mention in the same sentence). */
  bare: z.boolean({ error: 'expected bare or bare={false}' }).optional(),
});

/** <FactChart name="shock-top" />: a chart computed at build, as static SVG with its table and source. */
export const FactChartProps = z.strictObject({
  /** The chart's name (shock-top, gdp-eu, clusters-by-country, state-aid). */
  name: FactName,
  /** Anchor for links to this figure (#id); "fig-<name>" when left out. */
  id: AnchorId.optional(),
});

/** Component name → props schema: what the MDX check and CONTRIBUTING.md know about. */
export const COMPONENT_PROPS = {
  KeyMessage: KeyMessageProps,
  Figure: FigureProps,
  Stat: StatProps,
  DataValue: DataValueProps,
  Fact: FactProps,
  FactChart: FactChartProps,
  MapView: MapViewProps,
} as const;
export type ComponentName = keyof typeof COMPONENT_PROPS;

export type KeyMessageProps = z.infer<typeof KeyMessageProps>;
export type FigureProps = z.infer<typeof FigureProps>;
export type StatProps = z.infer<typeof StatProps>;
export type MapViewProps = z.infer<typeof MapViewProps>;
export type DataValueProps = z.infer<typeof DataValueProps>;
export type FactProps = z.infer<typeof FactProps>;
export type FactChartProps = z.infer<typeof FactChartProps>;
