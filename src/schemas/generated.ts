/**
 * The contract between the data pipeline (`scripts/build-data.ts`) and the site.
 *
 * The pipeline writes these files into `public/data/` (served to the browser as-is) and
 * the Astro pages read the same files at build time through `src/lib/generated-data.ts`.
 * One schema per file; the site validates each file once when it loads it, so a pipeline
 * bug fails the build with a readable message instead of rendering an empty map.
 *
 * Conventions for every generated file:
 *  - arrays are sorted by `id`; object keys are written in schema order;
 *  - coordinates are rounded to COORD_DECIMALS (see src/lib/precision.ts);
 *  - "no value" is `null`, never 0 or an empty string.
 */
import { z } from 'astro/zod';

/** How far a row has been checked. Drives the badge shown next to the row on the site. */
export const Status = z.enum([
  'official', // published by a statistical office or the organisation itself (read from the source)
  'compiled', // compiled by the editors from public sources named in `source`
  'needs_check', // recalled or unconfirmed: shown with a visible "needs check" badge
  'illustrative', // placeholder for demonstration only: never used in text claims
]);
export type Status = z.infer<typeof Status>;

export const Cluster = z.object({
  /** Stable slug, `[a-z0-9-]+`; used in URLs (/clusters/<id>/) and deep links. */
  id: z.string(),
  name: z.string(),
  /** Short label for the map; falls back to `name`. */
  shortName: z.string().nullable(),
  city: z.string(),
  /** Eurostat country code (EL for Greece, UK for the United Kingdom). */
  country: z.string(),
  /** NUTS-2 (2021) code, from the input or derived by point-in-polygon; null outside NUTS. */
  nuts2: z.string().nullable(),
  /** WGS84 degrees. */
  lon: z.number(),
  lat: z.number(),
  /** Free-text sector as shown to readers. */
  sector: z.string(),
  /** EOCIC cluster categories (editorial assignment). The first is the primary one used for colour. */
  categories: z.array(z.string()),
  /** EU industrial ecosystems (the 14 of the 2021 Industrial Strategy update). */
  ecosystems: z.array(z.string()),
  website: z.string().nullable(),
  orgType: z.string().nullable(),
  founded: z.number().int().nullable(),
  /** Member organisations (members_total), as stated by the page in `sizeSourceUrl` for `sizeYear`; null = not known. */
  members: z.number().int().nullable(),
  /** Companies among the members, where the page states it. */
  membersFirms: z.number().int().nullable(),
  /** People employed by the member firms, where the page states it. */
  employees: z.number().int().nullable(),
  /** The year the counts refer to; set whenever a count is, null when none is. */
  sizeYear: z.number().int().nullable(),
  /** The https page that states the counts; set whenever a count is. */
  sizeSourceUrl: z.string().nullable(),
  status: Status,
  source: z.string(),
  /** The https page that confirms the row (name, city, current activity). Every row has one. */
  sourceUrl: z.string(),
  /** What was checked, in the editors' words. */
  note: z.string().nullable(),
});
export type Cluster = z.infer<typeof Cluster>;

export const Network = z.object({
  id: z.string(),
  name: z.string(),
  field: z.string().nullable(),
  yearStart: z.number().int().nullable(),
  coordinatorId: z.string().nullable(),
  url: z.string().nullable(),
  memberIds: z.array(z.string()),
  status: Status,
  source: z.string(),
});
export type Network = z.infer<typeof Network>;

export const Link = z.object({
  /** Declared links keep their input id; suggested ones are `s:<a>:<b>` with a < b. */
  id: z.string(),
  source: z.string(),
  target: z.string(),
  /**
   * `declared`: backed by a membership, agreement or project named in `evidence`.
   * `suggested`: computed by the pipeline — a cluster of the same field in another country
   * (the report's inter-clustering axis). Never presented as an existing partnership.
   */
  kind: z.enum(['declared', 'suggested']),
  /** e.g. network_comembership, bilateral_agreement, same_field. */
  type: z.string(),
  networkId: z.string().nullable(),
  field: z.string().nullable(),
  status: z.union([Status, z.literal('derived_from_membership')]),
  evidence: z.string().nullable(),
  sourceUrl: z.string().nullable(),
});
export type Link = z.infer<typeof Link>;

/** One indicator value for one region, as imported from a Eurostat file. */
export const IndicatorValue = z.object({
  value: z.number().nullable(),
  /** Reference period, e.g. "2010" or "2010-Q4". */
  period: z.string(),
  /** Eurostat observation flags as published (b, e, p, …); empty string when none. */
  flags: z.string(),
});

export const Region = z.object({
  /** NUTS code: 2 letters for a country (level 0), 4 characters for NUTS-2. */
  id: z.string(),
  level: z.union([z.literal(0), z.literal(2)]),
  name: z.string(),
  country: z.string(),
  /** Label point, WGS84 degrees. */
  centroid: z.tuple([z.number(), z.number()]),
  /** Precomputed metric values keyed by metric id (see Metric); null = no data. */
  values: z.record(z.string(), z.number().nullable()),
  /** Cluster count per primary cluster category. */
  clustersByCategory: z.record(z.string(), z.number().int()),
  /** Imported indicators keyed by indicator id. */
  indicators: z.record(z.string(), IndicatorValue),
});
export type Region = z.infer<typeof Region>;

/** A metric the choropleth can show, with its precomputed classes. */
export const Metric = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  /** Which region level(s) carry this metric. */
  levels: z.array(z.union([z.literal(0), z.literal(2)])),
  /** Threshold breaks (ascending); class i covers [breaks[i-1], breaks[i]). */
  breaks: z.array(z.number()),
  /** One colour per class: breaks.length + 1 entries, from d3-scale-chromatic. */
  colors: z.array(z.string()),
  /** Colour for regions without a value (never the colour of zero). */
  noDataColor: z.string(),
  /**
   * Classes for a level whose values are on another scale than `breaks` describe (cluster counts:
   * a country holds many more than a NUTS-2 region). Maps of that level use these instead.
   */
  levelClasses: z.array(z.object({ level: z.union([z.literal(0), z.literal(2)]), breaks: z.array(z.number()), colors: z.array(z.string()) })).optional(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  /** Data vintage: dataset last update or the reference period shown. */
  vintage: z.string().nullable(),
  status: Status,
  /** Eurostat dataset code where the metric comes from Eurostat. */
  datasetCode: z.string().nullable(),
  /**
   * Years with at least one value, ascending (the series file `series/<id>.json` holds them all);
   * empty for metrics that are not a time series (cluster counts).
   */
  years: z.array(z.number().int()),
  /** The year the maps and `Region.values` show by default (the latest in `years`); null when none. */
  defaultYear: z.number().int().nullable(),
  /**
   * How the value is made, in words a reader can check (the dataset's filters, a share's
   * numerator and denominator, a derived change's rule, a caveat such as "not manufacturing").
   * Shown beside the metric wherever its source is shown.
   */
  note: z.string().nullable(),
  /**
   * Decimals every figure of this metric is shown with: the most any of its values has (the source's own
   * precision: 1 for unemployment rates, 0 for GDP in PPS, 2 for quotients), so "12.0%" stands beside
   * "11.6%" in a column. Absent only in hand-made fixtures: then at most 2, trailing zeros dropped.
   */
  decimals: z.number().int().min(0).max(3).optional(),
});
export type Metric = z.infer<typeof Metric>;

/**
 * Every year of one indicator: `series/<indicator>.json`, loaded lazily (a map's first paint
 * needs only the default year, which regions.json carries).
 *  - `years` ascending; every array in `values` and `flags` has one entry per year.
 *  - `values` keyed by geo: a NUTS 2021 NUTS-2 code, a country code (EL, UK) or an EU aggregate
 *    as the file names it (EU27_2020, EU28); null = no value that year.
 *  - `flags` only for geos with any flag: Eurostat's letters per year ("" = none; `b` break in
 *    series, `u` low reliability, `e` estimated, `p` provisional, `d` definition differs).
 * Geos are sorted; a value is rounded as in regions.json (VALUE_DECIMALS).
 */
export const SeriesFile = z.object({
  indicator: z.string(),
  years: z.array(z.number().int()),
  values: z.record(z.string(), z.array(z.number().nullable())),
  flags: z.record(z.string(), z.array(z.string())),
});
export type SeriesFile = z.infer<typeof SeriesFile>;

export const Manifest = z.object({
  generator: z.string(),
  /** ISO date of the newest input (not the build clock, so rebuilds stay byte-identical). */
  vintage: z.string(),
  /** sha256 over all generated files except the manifest itself. */
  contentHash: z.string(),
  counts: z.record(z.string(), z.number().int()),
  sources: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      licence: z.string(),
      attribution: z.string(),
      url: z.string().nullable(),
    }),
  ),
  files: z.array(z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string() })),
});
export type Manifest = z.infer<typeof Manifest>;

/**
/**
 * What the Data & sources page says about the statistics: `datasets.json`.
 *  - `files`: one per Eurostat file in data/raw/, with its provenance (dataset title, vintage, the
 *    published copy it was taken from), its NUTS version (declared in data/eurostat_files.csv and
 *    detected from its codes) and every NUTS-2 code translated to NUTS 2021 (`recoded`: same
 *    territory, the value carries over) or left out (`dropped`, with the relation and why).
 *  - `noData`: catalogue entries with no value in this edition (offered in no menu or view).
 */
export const DatasetsFile = z.object({
  /** The licence line every Eurostat figure carries. */
  licence: z.string(),
  files: z.array(z.object({
    /** File name in data/raw/, e.g. tgs00010.tsv. */
    file: z.string(),
    datasetCode: z.string(),
    title: z.string().nullable(),
    /** The vintage in words ("April 2014 release"); null when data/eurostat_files.csv has no row. */
    vintage: z.string().nullable(),
    nutsDeclared: z.number().int().nullable(),
    nutsDetected: z.number().int(),
    firstYear: z.number().int().nullable(),
    lastYear: z.number().int().nullable(),
    /** The public repository copy the bytes are identical to (git blob id). */
    copy: z.object({ repository: z.string(), path: z.string(), commit: z.string(), blob: z.string() }).nullable(),
    /** Metric ids read from this file (derived metrics name their base in Metric.note). */
    indicators: z.array(z.string()),
    recoded: z.array(z.object({ from: z.string(), to: z.string() })),
    dropped: z.array(z.object({ code: z.string(), reason: z.string() })),
  })),
  noData: z.array(z.object({ id: z.string(), label: z.string(), datasetCode: z.string(), reason: z.string() })),
});
export type DatasetsFile = z.infer<typeof DatasetsFile>;

/**
 * Files the pipeline writes to public/data/ (paths relative to it):
 *   manifest.json  – Manifest
 *   clusters.json  – { clusters: Cluster[] }
 *   networks.json  – { networks: Network[] }
 *   links.json     – { links: Link[] }
 *   regions.json   – { regions: Region[], metrics: Metric[] }   (levels 0 and 2)
 *   series/<indicator>.json – SeriesFile, one per metric with `years` (every year, with flags)
 *   datasets.json  – DatasetsFile (Eurostat files, NUTS reconciliation, entries without data)
 *   geo/countries.topo.json – TopoJSON, object `countries`, feature id = Eurostat country code,
 *                             properties { name }; Europe clipped, simplified.
 *   geo/nuts2.topo.json     – TopoJSON, object `nuts2`, feature id = NUTS-2 code,
 *                             properties { name, country }; outermost regions kept with
 *                             properties.outermost = true so the maps can inset them.
 */
export const ClustersFile = z.object({ clusters: z.array(Cluster) });
export const NetworksFile = z.object({ networks: z.array(Network) });
export const LinksFile = z.object({ links: z.array(Link) });
export const RegionsFile = z.object({ regions: z.array(Region), metrics: z.array(Metric) });
