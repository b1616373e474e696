/**
 * data/clusters.csv → validated cluster rows, then geocoded and placed in a NUTS-2 region.
 */
import type { Cluster } from '../../src/schemas/generated.ts';
import { COORD_DECIMALS, round } from '../../src/lib/precision.ts';
import { COUNTRIES } from './countries.ts';
import type { CsvTable } from './csv.ts';
import { SAME_PLACE_KM, type Gazetteer } from './gazetteer.ts';
import type { RegionIndex } from './geo.ts';
import { type Position, type Problem, problemAt, quote } from './problems.ts';
import { readTable, type RowReader, type TableSpec } from './table.ts';
import { CLUSTER_CATEGORIES, INDUSTRIAL_ECOSYSTEMS, ORG_TYPES, STATUSES } from './vocabulary.ts';

export const CLUSTERS_SPEC: TableSpec = {
  required: ['id', 'name', 'city', 'country', 'sector_label', 'status', 'source', 'source_url'],
  optional: [
    'short_name', 'nuts2', 'lat', 'lon', 'gazetteer_name', 'gazetteer_admin1', 'cluster_category',
    'industrial_ecosystem', 'org_type', 'website', 'founded_year', 'members_total', 'members_firms',
    'employees', 'size_year', 'size_source_url', 'note',
  ],
};

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_TEXT = 'a lower-case slug such as `aerospace-valley` (a–z, 0–9, single hyphens)';

/** A validated row before geocoding, with the cell positions later steps may need to blame. */
export interface ClusterRow {
  cluster: Omit<Cluster, 'lon' | 'lat' | 'nuts2'>;
  nuts2: string | null;
  lon: number | null;
  lat: number | null;
  gazetteerName: string | null;
  gazetteerAdmin1: string | null;
  at: { id: Position; city: Position; lat: Position; lon: Position; nuts2: Position; country: Position };
}

const CATEGORY_SET = new Set(CLUSTER_CATEGORIES);
const ECOSYSTEM_SET = new Set(INDUSTRIAL_ECOSYSTEMS);
/** Plausible founding years: most cluster organisations date from the 1980s on; 1900 leaves room for older trade associations and rejects typos such as 205 or 1700. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/**
 * Years a member count may refer to. Cluster organisations as a policy instrument date from the
 * 1990s, so an earlier count is a typo (e.g. 1920 for 2020); the upper bound matches founded_year.
 */
const FIRST_SIZE_YEAR = 1990;
/** Upper bounds that only catch typos: the largest cluster organisations count a few thousand members. */
const MAX_MEMBERS = 1_000_000;
const MAX_EMPLOYEES = 100_000_000;

type Size = Pick<Cluster, 'members' | 'membersFirms' | 'employees' | 'sizeYear' | 'sizeSourceUrl'>;

/**
 * The size columns. A count is a fact of one moment stated by one page, so any count needs the
 * year it refers to and the https page that states it; a year or page without a count is a
 * leftover. Firms are members, so there are never more firms than members.
 */
function readSize(r: RowReader, founded: number | null): Size {
  const members = r.number('members_total', { min: 0, max: MAX_MEMBERS, integer: true });
  const membersFirms = r.number('members_firms', { min: 0, max: MAX_MEMBERS, integer: true });
  const employees = r.number('employees', { min: 0, max: MAX_EMPLOYEES, integer: true });
  const sizeYear = r.number('size_year', { min: FIRST_SIZE_YEAR, max: LAST_YEAR, integer: true });
  const sizeSourceUrl = r.url('size_source_url', { https: true });
  const counts = ['members_total', 'members_firms', 'employees'].filter((c) => r.raw(c) !== '');
  if (counts.length > 0) {
    const what = `${counts.join(', ')} given`;
    if (r.raw('size_year') === '') r.problem('size_year', `an empty cell (${what})`, 'the year the count refers to');
    if (r.raw('size_source_url') === '') r.problem('size_source_url', `an empty cell (${what})`, 'the https page that states the count');
  } else {
    for (const c of ['size_year', 'size_source_url'].filter((c) => r.raw(c) !== '')) {
      r.problem(c, `${quote(r.raw(c))} with no count`, 'members_total, members_firms or employees beside it, or an empty cell');
    }
  }
  if (members !== null && membersFirms !== null && membersFirms > members) {
    r.problem('members_firms', `${membersFirms} firms among ${members} members`, 'at most members_total firms (firms are members)');
  }
  if (sizeYear !== null && founded !== null && sizeYear < founded) {
    r.problem('size_year', `${sizeYear}, before the founding year ${founded}`, `a year from ${founded} on`);
  }
  return { members, membersFirms, employees, sizeYear, sizeSourceUrl };
}

/** A name as a reader would tell it apart: case, accents, punctuation and spacing ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A website as a place: host without `www.` and path without trailing slash; scheme, query and case ignored. */
export function websiteKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
}

/**
 * The same organisation twice under two ids would be counted twice on every map: ids, names and
 * websites are each unique in the list. `what` names the key in the message.
 */
function once(r: RowReader, column: string, key: string | null, seen: Map<string, Position>, what: string): void {
  if (key === null || key === '') return;
  const first = seen.get(key);
  if (first) r.problem(column, `the ${what} ${quote(r.raw(column))} again (first on line ${first.line})`, `each ${what} once`);
  else seen.set(key, r.at(column));
}

export function readClusters(table: CsvTable, problems: Problem[]): ClusterRow[] {
  const { rows } = readTable(table, CLUSTERS_SPEC, problems);
  const seen = { id: new Map<string, Position>(), name: new Map<string, Position>(), website: new Map<string, Position>() };
  const out: ClusterRow[] = [];
  for (const r of rows) {
    const id = r.text('id', { required: true, pattern: ID_PATTERN, patternText: ID_TEXT });
    once(r, 'id', id, seen.id, 'id');
    const name = r.text('name', { required: true });
    once(r, 'name', name === null ? null : nameKey(name), seen.name, 'name');
    const city = r.text('city', { required: true });
    let country = r.text('country', { required: true });
    if (country !== null && !COUNTRIES.get(country)?.mapped) {
      const hint = country === 'GR' ? ' (Eurostat writes Greece as EL)' : country === 'GB' ? ' (Eurostat writes the UK as UK)' : '';
      r.problem('country', `${quote(country)}${hint}`, 'a Eurostat code of an EU, EFTA or UK country (AT, BE, …, EL, …, UK)');
      country = null;
    }
    const nuts2 = r.text('nuts2', { pattern: /^[A-Z]{2}[A-Z0-9]{2}$/, patternText: 'a NUTS-2 code such as DE71 (or empty to derive it)' });
    const lat = r.number('lat', { min: -90, max: 90, unit: '°' });
    const lon = r.number('lon', { min: -180, max: 180, unit: '°' });
    if ((r.raw('lat') === '') !== (r.raw('lon') === '')) {
      r.problem(r.raw('lat') === '' ? 'lat' : 'lon', 'only one of lat/lon', 'both lat and lon, or neither (then the city is geocoded)');
    }
    if (lat === 0 && lon === 0) r.problem('lat', '(0, 0), a point in the Gulf of Guinea', 'the real coordinates, or empty lat/lon to geocode the city');
    const sector = r.text('sector_label', { required: true });
    const categories = r.list('cluster_category', CATEGORY_SET, 'one of the 51 EOCIC cluster categories');
    const ecosystems = r.list('industrial_ecosystem', ECOSYSTEM_SET, 'one of the 14 EU industrial ecosystems');
    const orgType = r.oneOf('org_type', ORG_TYPES);
    const website = r.url('website');
    once(r, 'website', website === null ? null : websiteKey(website), seen.website, 'website');
    const founded = r.number('founded_year', { min: FIRST_YEAR, max: LAST_YEAR, integer: true });
    const size = readSize(r, founded);
    const status = r.oneOf('status', STATUSES, { required: true });
    const source = r.text('source', { required: true });
    // Every row names the page that confirms it, over https (the site links it from every cluster page).
    const sourceUrl = r.url('source_url', { required: true, https: true });
    if (id === null || name === null || city === null || country === null || sector === null || status === null || source === null || sourceUrl === null) continue;
    out.push({
      cluster: {
        id, name, shortName: r.text('short_name'), city, country, sector, categories, ecosystems,
        website, orgType, founded, ...size, status, source, sourceUrl, note: r.text('note'),
      },
      nuts2, lon, lat,
      gazetteerName: r.text('gazetteer_name'),
      gazetteerAdmin1: r.text('gazetteer_admin1'),
      at: { id: r.at('id'), city: r.at('city'), lat: r.at('lat'), lon: r.at('lon'), nuts2: r.at('nuts2'), country: r.at('country') },
    });
  }
  return out;
}

/**
 * Coordinates (given, or the city's from the gazetteer) and the NUTS-2 region (given and checked,
 * or found by point-in-polygon). A point must lie in its own country: a point that only fits
 * with lat and lon exchanged is reported as swapped.
 */
export function placeClusters(
  rows: readonly ClusterRow[],
  gazetteer: () => Gazetteer,
  regions: RegionIndex,
  problems: Problem[],
): Cluster[] {
  const out: Cluster[] = [];
  for (const row of rows) {
    const { cluster: c, at } = row;
    let lon = row.lon;
    let lat = row.lat;
    if (lon === null || lat === null) {
      if (row.lat !== null || row.lon !== null) continue; // half a coordinate: already reported
      const name = row.gazetteerName ?? c.city;
      const hit = gazetteer().lookup(name, c.country, row.gazetteerAdmin1);
      if (hit.kind === 'unknown') {
        problems.push(problemAt(at.city, `the place ${quote(name)} unknown to the gazetteer in ${c.country}${row.gazetteerAdmin1 ? ` (admin1 ${row.gazetteerAdmin1})` : ''}`,
          'a GeoNames place name (set gazetteer_name to its GeoNames spelling, e.g. "Århus"), or lat/lon'));
        continue;
      }
      if (hit.kind === 'ambiguous') {
        problems.push(problemAt(at.city, `${quote(name)} in several divisions of ${c.country} (admin1 ${hit.admin1.join(', ')})`,
          'gazetteer_admin1 set to the one meant, or lat/lon'));
        continue;
      }
      if (hit.kind === 'spread') {
        const where = hit.places.map((p) => `${p.lat}, ${p.lon}`).join('; ');
        problems.push(problemAt(at.city, `${quote(name)} names ${hit.places.length} places more than ${SAME_PLACE_KM} km apart in one division of ${c.country} (lat, lon: ${where})`,
          'lat/lon of the one meant'));
        continue;
      }
      lon = hit.place.lon;
      lat = hit.place.lat;
    } else if (lat === 0 && lon === 0) {
      continue; // reported while reading
    }
    lon = round(lon, COORD_DECIMALS);
    lat = round(lat, COORD_DECIMALS);
    let region = regions.locate(lon, lat, c.country);
    if (!region) {
      const swapped = regions.locate(lat, lon, c.country);
      const elsewhere = regions.locateAnywhere(lon, lat);
      const found = swapped
        ? `lat ${lat}, lon ${lon}, which lies in ${c.country} only with lat and lon swapped`
        : `lat ${lat}, lon ${lon}, ${elsewhere ? `which lies in ${elsewhere.country} (${elsewhere.id})` : 'outside every mapped region'}`;
      problems.push(problemAt(row.lat !== null ? at.lat : at.city, found, `a point inside ${COUNTRIES.get(c.country)?.name ?? c.country}`));
      continue;
    }
    let nuts2 = region.id;
    if (row.nuts2 !== null) {
      const given = regions.byId.get(row.nuts2);
      if (!given) {
        problems.push(problemAt(at.nuts2, quote(row.nuts2), 'a NUTS-2 2021 code of the mapped countries (or empty to derive it)'));
        continue;
      }
      if (given.country !== c.country) {
        problems.push(problemAt(at.nuts2, `${row.nuts2}, a region of ${given.country}`, `a region of ${c.country}`));
        continue;
      }
      // An explicit code wins over the point: editors may know better than a simplified border.
      nuts2 = given.id;
    }
    out.push({
      id: c.id, name: c.name, shortName: c.shortName, city: c.city, country: c.country, nuts2, lon, lat,
      sector: c.sector, categories: c.categories, ecosystems: c.ecosystems, website: c.website, orgType: c.orgType,
      founded: c.founded, members: c.members, membersFirms: c.membersFirms, employees: c.employees,
      sizeYear: c.sizeYear, sizeSourceUrl: c.sizeSourceUrl, status: c.status, source: c.source, sourceUrl: c.sourceUrl, note: c.note,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
