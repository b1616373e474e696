import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryOfNuts, MAPPED_COUNTRIES, toEurostat, toIso2 } from '../../scripts/lib/countries.ts';

describe('countries', () => {
  it('maps Eurostat EL/UK to ISO GR/GB and back, leaving other codes alone', () => {
    expect(['EL', 'UK', 'DE'].map(toIso2)).toEqual(['GR', 'GB', 'DE']);
    expect(['GR', 'GB', 'DE'].map(toEurostat)).toEqual(['EL', 'UK', 'DE']);
  });
  it('countryOfNuts reads the country of a NUTS code of any level', () => {
    expect(['DE71', 'EL30', 'FRY1', 'AT'].map(countryOfNuts)).toEqual(['DE', 'EL', 'FR', 'AT']);
  });
  it('maps the EU27, EFTA and the UK: 32 countries', () => {
    expect(MAPPED_COUNTRIES).toHaveLength(32);
    expect(MAPPED_COUNTRIES).toEqual(expect.arrayContaining(['EL', 'UK', 'NO', 'CH', 'IS', 'LI', 'MT', 'CY']));
    expect(COUNTRIES.get('BA')?.mapped).toBe(false);
  });
  it('uses the ISO numeric codes world-atlas writes, zero-padded', () => {
    expect(COUNTRIES.get('AT')?.isoNumeric).toBe('040');
    expect(COUNTRIES.get('XK')?.isoNumeric).toBeNull();
  });
});
