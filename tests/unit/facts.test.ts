import { describe, expect, it } from 'vitest';
import { computeFacts, median, networkShortName, SHOCK_TOP, valuesAt, type FactInputs } from '../../src/features/chapters/facts';
import { parseStateAid } from '../../src/features/chapters/state-aid';
import type { SeriesFile } from '../../src/schemas/generated';
import { cluster, link, metric, network, region } from '../support/atlas-rows';

/** 25 regions RG00…RG24 whose unemployment rose by 24, 23, … 0 points; RG00 and RG03 host clusters. */
const codes = Array.from({ length: 25 }, (_, i) => `RG${String(i).padStart(2, '0')}`);
const SERIES: Record<string, SeriesFile> = {
  unemp_change_2008_2013: { indicator: 'unemp_change_2008_2013', years: [2013], values: Object.fromEntries(codes.map((c, i) => [c, [24 - i]])), flags: {} },
  unemp_change_2013_2017: { indicator: 'unemp_change_2013_2017', years: [2017], values: { RG00: [-3], RG01: [1], RG02: [null] }, flags: {} },
  industry_share: { indicator: 'industry_share', years: [2015], values: { RG00: [30], RG01: [20], RG02: [10], RG03: [12], RG04: [14], DE: [22] }, flags: {} },
  gdp_pps_hab: { indicator: 'gdp_pps_hab', years: [2008, 2013, 2022], values: { RG00: [100, 90, 95], RG01: [100, 110, 120], EU27_2020: [25300, 26000, 35400] }, flags: {} },
};
const inputs: FactInputs = {
  metrics: [
    metric('unemp_change_2008_2013', { unit: 'percentage points', years: [2013], defaultYear: 2013, datasetCode: 'tgs00010' }),
    metric('unemp_change_2013_2017', { years: [2017], defaultYear: 2017 }),
    metric('industry_share', { unit: '% of employment', years: [2015], defaultYear: 2015 }),
    metric('gdp_pps_hab', { years: [2008, 2013, 2022], defaultYear: 2022 }),
  ],
  series: (id) => SERIES[id] ?? null,
  regions: codes.map((c) => region(c, { name: `Region ${c}` })),
  clusters: [
    cluster('a', { nuts2: 'RG00', country: 'FR', ecosystems: ['Textile'] }),
    cluster('b', { nuts2: 'RG03', country: 'FR', ecosystems: ['Digital'] }),
    cluster('c', { nuts2: 'RG03', country: 'DE', ecosystems: ['Aerospace & Defence'] }),
  ],
  links: [link('L1', 'a', 'c'), link('s', 'a', 'b', { kind: 'suggested' })],
  networks: [network('n', { memberIds: ['a', 'c'] })],
  manufacturing: ['Textile', 'Aerospace & Defence'],
  stateAid: parseStateAid('state_aid.csv', 'year,total_bn_eur,pct_gdp,coverage,edition,source,source_url,status,rdi_bn_eur\n2019,134.6,0.81,EU,2020,Scoreboard 2020,https://ec.europa.eu/x,official,13.9\n2014,101.2,0.72,EU28,2015,Scoreboard 2015,https://ec.europa.eu/x,official,\n'),
};
const { facts, charts } = computeFacts(inputs);
const value = (name: string) => facts.get(name)?.value;
const text = (name: string) => facts.get(name)?.text;

describe('computeFacts: the crisis shock', () => {
  it(`ranks the regions by the rise and counts the clusters among the top ${SHOCK_TOP}`, () => {
    expect([value('shock-regions'), value('shock-rose'), value('shock-top'), value('shock-top-with-cluster')]).toEqual([25, 24, 20, 2]);
    expect([text('shock-top-with-cluster-share'), text('shock-all-with-cluster-share')]).toEqual(['10.0%', '8.0%']);
    expect([text('shock-first'), text('shock-first-rise'), text('shock-top-threshold')]).toEqual(['Region RG00', '24.0 percentage points', '5.0 percentage points']);
  });

  it('draws the top of the ranking as a bar chart, marking the regions with a cluster', () => {
    const chart = charts.get('shock-top');
    expect(chart?.kind).toBe('bar');
    if (chart?.kind !== 'bar') return;
    expect(chart.items).toHaveLength(20);
    expect(chart.items.slice(0, 4).map((i) => i.label)).toEqual(['Region RG00 (RG00) ●', 'Region RG01 (RG01)', 'Region RG02 (RG02)', 'Region RG03 (RG03) ●']);
  });
});

describe('computeFacts: recovery, industry, GDP', () => {
  it('counts the regions where unemployment fell after 2013', () => {
    expect([value('recovery-regions'), value('recovery-fell')]).toEqual([2, 1]);
  });

  it('compares the median industry share of regions with a manufacturing cluster with the others, NUTS-2 only', () => {
    // RG00 (Textile) is manufacturing; RG03 hosts an aerospace cluster too. Others: RG01, RG02, RG04.
    expect([value('industry-median-manufacturing'), value('industry-median-others'), value('industry-regions-manufacturing'), value('industry-regions-others')]).toEqual([21, 14, 2, 3]);
  });

  it('counts regions whose GDP per inhabitant fell in the crisis and those still below 2008 in the latest year', () => {
    expect([value('gdp-regions-2008-2013'), value('gdp-fell-2008-2013'), value('gdp-below-2008-latest'), value('gdp-latest-year')]).toEqual([2, 1, 1, 2022]);
  });
});

describe('computeFacts: the list, cooperation and State aid', () => {
  it('counts the list, the networks and the declared links across countries', () => {
    expect([value('clusters-total'), value('clusters-countries'), text('clusters-top-country')]).toEqual([3, 2, 'FR']);
    expect([value('networks'), value('network-members'), value('declared-links'), value('declared-countries')]).toEqual([1, 2, 1, 2]);
  });

  it('ranks the networks joining two or more organisations of the list, with the countries they come from', () => {
    expect(value('networks-joining')).toBe(1);
    const chart = charts.get('networks-by-members');
    expect(chart?.kind === 'bar' && chart.items.map((i) => [i.label, i.value])).toEqual([['N (2 countries)', 2]]);
  });

  it('shortens a network name for its bar: the part before a dash or bracket, or its acronym id', () => {
    expect(networkShortName({ id: 'dream-eurocluster', name: 'DREAM – Digital Resilient Europe for Advanced Manufacturing' })).toBe('DREAM');
    expect(networkShortName({ id: 'eacp', name: 'European Aerospace Cluster Partnership' })).toBe('EACP');
    expect(networkShortName({ id: 'silicon-europe', name: 'Silicon Europe Alliance' })).toBe('Silicon Europe Alliance');
  });

  it('reads the State aid figures of the latest year, sorted by year', () => {
    expect([value('state-aid-latest-year'), text('state-aid-latest-total'), text('state-aid-latest-gdp'), text('state-aid-latest-rdi-share')]).toEqual([2019, '134.6 bn EUR', '0.81% of GDP', '10.3%']);
    const chart = charts.get('state-aid');
    expect(chart?.kind === 'line' && chart.years).toEqual([2014, 2019]);
  });
});

describe('helpers', () => {
  it('median takes the middle value or the mean of the two middle ones, and null for none', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, null]);
  });

  it('valuesAt keeps NUTS-2 codes with a value in that year', () => {
    expect([...valuesAt(SERIES['industry_share']!, 2015).keys()]).toEqual(['RG00', 'RG01', 'RG02', 'RG03', 'RG04']);
    expect(valuesAt(SERIES['industry_share']!, 2010).size).toBe(0);
  });

  it('parseStateAid stops on a bad cell with file:line:column', () => {
    expect(() => parseStateAid('data/state_aid.csv', 'year,total_bn_eur,pct_gdp,coverage,edition,source,source_url,status\n2019,lots,0.81,EU,2020,S,https://ec.europa.eu/,official\n'))
      .toThrow(/data\/state_aid\.csv:2:6 — found "lots"/);
  });
});
