/**
 * A map view as data: what a `<MapView view="…" />` shows when it first opens.
 * Views live in src/data/views.ts and are validated once, when that module loads,
 * so a typo in a view fails the build with the view id and the field named.
 */
import { z } from 'astro/zod';

/** Map layers, in drawing order (regions under links under clusters). */
export const LayerId = z.enum(['regions', 'clusters', 'links']);
export type LayerId = z.infer<typeof LayerId>;
export const LAYER_IDS: readonly LayerId[] = LayerId.options;

/** Longitude/latitude bounds in WGS84 degrees: [[west, south], [east, north]]. */
export const Bounds = z
  .tuple([z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])])
  .refine(([[w, s], [e, n]]) => w < e && s < n, { message: 'expected [[west, south], [east, north]] with west < east and south < north' });
export type Bounds = z.infer<typeof Bounds>;

export const ViewFilters = z.object({
  /** EOCIC cluster categories to show; empty = all. Matched against a cluster's primary category. */
  categories: z.array(z.string()).default([]),
  /** EU industrial ecosystems to show; empty = all. A cluster matches when any of its ecosystems is listed. */
  ecosystems: z.array(z.string()).default([]),
  /** Eurostat country codes to show; empty = all. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter Eurostat country code')).default([]),
  /** Which cooperation links to draw: declared partnerships, suggested same-field pairs, or both. Declared only by default: the 137 suggested pairs would bury the 18 declared ones. */
  linkKinds: z.array(z.enum(['declared', 'suggested'])).min(1).default(['declared']),
});
export type ViewFilters = z.infer<typeof ViewFilters>;

export const View = z.object({
  /** Stable id, `[a-z0-9-]+`; used in `<MapView view="…" />`, in /maps/<id>/ and in deep links. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and dashes'),
  /** Heading of the map figure. */
  title: z.string().min(1),
  /** One or two sentences under the title: what the reader looks at and why. */
  description: z.string().min(1),
  /** Layers visible when the view opens; the others can be switched on by the reader. */
  layers: z.array(LayerId).min(1),
  /** Region level of the choropleth: 0 = countries, 2 = NUTS-2 regions. */
  regionLevel: z.union([z.literal(0), z.literal(2)]),
  /** Metric shown first (an id from regions.json `metrics`); null = the first metric of that level. */
  metric: z.string().nullable(),
  /** Metrics the reader may switch to; empty = every metric available at `regionLevel`. */
  metrics: z.array(z.string()).default([]),
  /** What colours the cluster points: the primary EOCIC category or the first EU ecosystem. */
  colorBy: z.enum(['category', 'ecosystem']),
  filters: ViewFilters.default({ categories: [], ecosystems: [], countries: [], linkKinds: ['declared'] }),
  /** Initial extent; the map fits it on first view (camera padding is added by the client). */
  extent: Bounds,
});
export type View = z.infer<typeof View>;
export type ViewInput = z.input<typeof View>;

/** Validate all views once; a bad view fails with its id and the field path. */
export function parseViews(input: readonly unknown[]): View[] {
  const views: View[] = [];
  const seen = new Set<string>();
  input.forEach((raw, index) => {
    const result = View.safeParse(raw);
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : `#${index}`;
    if (!result.success) {
      const details = result.error.issues.map((i) => `  - ${i.path.join('.') || '(view)'}: ${i.message}`).join('\n');
      throw new Error(`src/data/views.ts: view "${id}" (entry ${index + 1}) is invalid:\n${details}`);
    }
    if (seen.has(result.data.id)) throw new Error(`src/data/views.ts: view id "${result.data.id}" is used twice (entry ${index + 1}); ids must be unique`);
    seen.add(result.data.id);
    views.push(result.data);
  });
  return views;
}
