/**
 * Country codes used across the pipeline.
 *
 * Eurostat writes Greece as `EL` and the United Kingdom as `UK`; ISO 3166-1 alpha-2 (and the GeoNames
 * gazetteer) write `GR` and `GB`. Every other European code is the same in both systems. Inputs and
 * outputs of this project use the Eurostat codes; `toIso2` is only for talking to the gazetteer.
 */

export interface CountryInfo {
  /** Eurostat code (EL, UK, …). */
  code: string;
  /** English short name shown to readers. */
  name: string;
  /** ISO 3166-1 numeric code as world-atlas writes it (zero-padded string); null where it has none. */
  isoNumeric: string | null;
  /** True for countries whose NUTS-2 regions the atlas maps (EU27, EFTA and the United Kingdom). */
  mapped: boolean;
}

const EU27 = 'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

const TABLE: readonly (readonly [string, string, string | null])[] = [
  ['AL', 'Albania', '008'], ['AT', 'Austria', '040'], ['BE', 'Belgium', '056'], ['BG', 'Bulgaria', '100'],
  ['CH', 'Switzerland', '756'], ['CY', 'Cyprus', '196'], ['CZ', 'Czechia', '203'], ['DE', 'Germany', '276'],
  ['DK', 'Denmark', '208'], ['EE', 'Estonia', '233'], ['EL', 'Greece', '300'], ['ES', 'Spain', '724'],
  ['FI', 'Finland', '246'], ['FR', 'France', '250'], ['HR', 'Croatia', '191'], ['HU', 'Hungary', '348'],
  ['IE', 'Ireland', '372'], ['IS', 'Iceland', '352'], ['IT', 'Italy', '380'], ['LI', 'Liechtenstein', '438'],
  ['LT', 'Lithuania', '440'], ['LU', 'Luxembourg', '442'], ['LV', 'Latvia', '428'], ['ME', 'Montenegro', '499'],
  ['MK', 'North Macedonia', '807'], ['MT', 'Malta', '470'], ['NL', 'Netherlands', '528'], ['NO', 'Norway', '578'],
  ['PL', 'Poland', '616'], ['PT', 'Portugal', '620'], ['RO', 'Romania', '642'], ['RS', 'Serbia', '688'],
  ['SE', 'Sweden', '752'], ['SI', 'Slovenia', '705'], ['SK', 'Slovakia', '703'], ['TR', 'Türkiye', '792'],
  ['UK', 'United Kingdom', '826'],
  // Background countries: drawn for context, outside the NUTS classification.
  ['AD', 'Andorra', '020'], ['AM', 'Armenia', '051'], ['AZ', 'Azerbaijan', '031'], ['BA', 'Bosnia and Herzegovina', '070'],
  ['BY', 'Belarus', '112'], ['DZ', 'Algeria', '012'], ['EG', 'Egypt', '818'], ['FO', 'Faroe Islands', '234'],
  ['GE', 'Georgia', '268'], ['GG', 'Guernsey', '831'], ['GL', 'Greenland', '304'], ['IL', 'Israel', '376'],
  ['IM', 'Isle of Man', '833'], ['IQ', 'Iraq', '368'], ['IR', 'Iran', '364'], ['JE', 'Jersey', '832'],
  ['JO', 'Jordan', '400'], ['KZ', 'Kazakhstan', '398'], ['LB', 'Lebanon', '422'], ['LY', 'Libya', '434'],
  ['MA', 'Morocco', '504'], ['MC', 'Monaco', '492'], ['MD', 'Moldova', '498'], ['PS', 'Palestine', '275'],
  ['RU', 'Russia', '643'], ['SA', 'Saudi Arabia', '682'], ['SM', 'San Marino', '674'], ['SY', 'Syria', '760'],
  ['TN', 'Tunisia', '788'], ['UA', 'Ukraine', '804'], ['VA', 'Vatican City', '336'],
  // Further background, for the land around Europe the live map may show (derive-geometry LAND_BBOX).
  ['AE', 'United Arab Emirates', '784'], ['AF', 'Afghanistan', '004'], ['BH', 'Bahrain', '048'], ['CA', 'Canada', '124'],
  ['EH', 'Western Sahara', '732'], ['KW', 'Kuwait', '414'], ['ML', 'Mali', '466'], ['MR', 'Mauritania', '478'],
  ['OM', 'Oman', '512'], ['PK', 'Pakistan', '586'], ['PM', 'Saint Pierre and Miquelon', '666'], ['QA', 'Qatar', '634'],
  ['TJ', 'Tajikistan', '762'], ['TM', 'Turkmenistan', '795'], ['UZ', 'Uzbekistan', '860'],
  // Kosovo has no ISO numeric code; world-atlas leaves its id empty and names it "Kosovo".
  ['XK', 'Kosovo', null],
];

const MAPPED = new Set([...EU27, 'IS', 'LI', 'NO', 'CH', 'UK']);

export const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(
  TABLE.map(([code, name, isoNumeric]) => [code, { code, name, isoNumeric, mapped: MAPPED.has(code) }]),
);

/** Eurostat codes of the countries whose clusters and NUTS-2 regions the atlas covers. */
export const MAPPED_COUNTRIES: readonly string[] = [...MAPPED].sort();

/** Eurostat → ISO alpha-2 (for the GeoNames gazetteer). */
export function toIso2(code: string): string {
  if (code === 'EL') return 'GR';
  if (code === 'UK') return 'GB';
  return code;
}

/** ISO alpha-2 (or an already-Eurostat code) → Eurostat code. */
export function toEurostat(code: string): string {
  if (code === 'GR') return 'EL';
  if (code === 'GB') return 'UK';
  return code;
}

/** Country code of a NUTS code of any level (`DE71` → `DE`); also maps a stray GR/GB prefix. */
export function countryOfNuts(nuts: string): string {
  return toEurostat(nuts.slice(0, 2));
}
