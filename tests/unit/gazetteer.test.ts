import { describe, expect, it } from 'vitest';
import { buildGazetteer, distanceKm, normaliseName } from '../../scripts/lib/gazetteer.ts';

const places = [
  { name: 'Malmö', lat: '55.60587', lng: '13.00073', country: 'SE', admin1: '27' },
  { name: 'Athens', lat: '37.98376', lng: '23.72784', country: 'GR', admin1: 'ESYE31' },
  { name: 'Rovereto', lat: '45.89', lng: '11.04', country: 'IT', admin1: '17' },
  { name: 'Rovereto', lat: '44.95', lng: '10.95', country: 'IT', admin1: '05' },
  // England is one GeoNames division: Farnborough in Warwickshire and in Hampshire, 100 km apart.
  { name: 'Farnborough', lat: '52.14289', lng: '-1.36926', country: 'GB', admin1: 'ENG' },
  { name: 'Farnborough', lat: '51.29424', lng: '-0.75565', country: 'GB', admin1: 'ENG' },
  // Two entries of one town a few hundred metres apart (the town and its seat) are one place.
  { name: 'Trnava', lat: '48.37741', lng: '17.58723', country: 'SK', admin1: '07' },
  { name: 'Trnava', lat: '48.3774', lng: '17.5889', country: 'SK', admin1: '07' },
];
const g = buildGazetteer(places);

describe('gazetteer', () => {
  it('normaliseName folds case, accents and spaces', () => {
    expect(normaliseName('  Malmö  Stad ')).toBe('malmo stad');
  });
  it('finds a place without its accents', () => {
    expect(g.lookup('Malmo', 'SE')).toEqual({ kind: 'found', place: { name: 'Malmö', lat: 55.60587, lon: 13.00073, admin1: '27' } });
  });
  it('maps the Eurostat code EL to the ISO code GR of the gazetteer', () => {
    expect(g.lookup('Athens', 'EL').kind).toBe('found');
  });
  it('reports a homonym in two divisions as ambiguous unless admin1 picks one', () => {
    expect(g.lookup('Rovereto', 'IT')).toEqual({ kind: 'ambiguous', admin1: ['05', '17'] });
    expect(g.lookup('Rovereto', 'IT', '17')).toMatchObject({ kind: 'found', place: { lat: 45.89 } });
  });
  it('reports homonyms far apart in one division, so the editor gives lat/lon, and takes near ones as one place', () => {
    const hit = g.lookup('Farnborough', 'UK');
    expect(hit.kind).toBe('spread');
    expect(hit.kind === 'spread' && hit.places.map((p) => p.lat)).toEqual([52.14289, 51.29424]);
    expect(g.lookup('Trnava', 'SK')).toMatchObject({ kind: 'found', place: { lat: 48.37741 } });
  });
  it('measures great-circle distances in km', () => {
    expect(distanceKm({ lat: 52.14289, lon: -1.36926 }, { lat: 51.29424, lon: -0.75565 })).toBeCloseTo(103.5, 0);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.19, 1);
  });
  it('does not find a place in another country', () => {
    expect(g.lookup('Malmö', 'DK')).toEqual({ kind: 'unknown' });
  });
});
