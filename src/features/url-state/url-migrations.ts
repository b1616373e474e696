/**
 * Retired URL parameter names and ids, so that links published earlier keep opening the
 * same map. `parseUrlState` (src/features/url-state/url-state.ts) applies these tables before it validates
 * anything; a migrated link is then rewritten to today's form by the map client.
 *
 * How to retire something:
 *  - a parameter renamed → add `{ from, to, why }` to PARAM_RENAMES;
 *  - an id renamed (a cluster slug, a view, a metric, a NUTS code recoded by a NUTS revision)
 *    → add `[old, new]` to the matching list in ID_RENAMES, with a comment saying why.
 * Never delete an entry: a link in an old PDF or e-mail may still carry the old name.
 * Ids that were split (e.g. a NUTS-2 region divided in two) have no single successor:
 * leave them out, the reader then sees the "reset" notice instead of a wrong region.
 *
 * Tables are Maps/arrays, never plain objects, so that hostile names such as
 * `__proto__` or `constructor` cannot match an inherited property.
 */

/** A parameter that was renamed. `to` is a current parameter name of url-state.ts. */
export interface ParamRename {
  readonly from: string;
  readonly to: string;
  /** Why the old name exists, for the next editor. */
  readonly why: string;
}

export const PARAM_RENAMES: readonly ParamRename[] = [
  { from: 'sector', to: 'ecosystem', why: 'the first link format (and the project brief) called the ecosystem filter "sector"' },
  { from: 'countries', to: 'country', why: 'plural form used in early drafts; lists are comma-separated under the singular name' },
  { from: 'selected', to: 'sel', why: 'long form of the selection parameter used in early drafts' },
  { from: 'layer', to: 'layers', why: 'singular form used in early drafts' },
];

/** The kinds of id that can be renamed. */
export type IdKind = 'view' | 'metric' | 'cluster' | 'region' | 'country' | 'ecosystem' | 'category';

/**
 * Old id → current id, per kind. Keys are compared after the parser's case rules: views and clusters
 * lower case, regions and countries upper case, ecosystems and categories as slugs (`aerospace-defence`).
 */
export const ID_RENAMES: Readonly<Record<IdKind, readonly (readonly [string, string])[]>> = {
  view: [],
  metric: [],
  cluster: [],
  region: [],
  // ISO 3166-1 alpha-2 codes people type by habit → the Eurostat codes the atlas uses.
  country: [
    ['GR', 'EL'],
    ['GB', 'UK'],
  ],
  ecosystem: [],
  category: [],
};

/** A lookup built once from the tables above (or from test tables). */
export interface Migrations {
  /** Current name of a retired parameter, or undefined. */
  param(name: string): string | undefined;
  /** Current id of a retired id of this kind, or undefined. */
  id(kind: IdKind, id: string): string | undefined;
}

/** Build the lookup; tests pass their own tables. */
export function createMigrations(
  params: readonly ParamRename[] = PARAM_RENAMES,
  ids: Readonly<Partial<Record<IdKind, readonly (readonly [string, string])[]>>> = ID_RENAMES,
): Migrations {
  const paramMap = new Map(params.map((p) => [p.from, p.to] as const));
  const idMaps = new Map<IdKind, Map<string, string>>();
  for (const [kind, pairs] of Object.entries(ids) as [IdKind, readonly (readonly [string, string])[]][]) {
    idMaps.set(kind, new Map(pairs));
  }
  return {
    param: (name) => paramMap.get(name),
    id: (kind, id) => idMaps.get(kind)?.get(id),
  };
}

/** The project's migrations. */
export const MIGRATIONS: Migrations = createMigrations();
