import { describe, expect, it } from 'vitest';
import { buildGazetteer, normaliseName } from '../../scripts/lib/gazetteer.ts';

const places = [
  { name: 'Malmö', lat: '55.60587', lng: '13.00073', country: 'SE', admin1: '27' },
  { name: 'Athens', lat: '37.98376', lng: '23.72784', country: 'GR', admin1: 'ESYE31' },
  { name: 'Rovereto', lat: '45.89', lng: '11.04', country: 'IT', admin1: '17' },
  { name: 'Rovereto', lat: '44.95', lng: '10.95', country: 'IT', admin1: '05' },
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
  it('does not find a place in another country', () => {
    expect(g.lookup('Malmö', 'DK')).toEqual({ kind: 'unknown' });
  });
});
