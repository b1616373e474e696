/**
 * A small DataSource for tests of the chapters' figures (src/lib/data-values.ts): two indicators,
 * a few places and years, one flagged value. Shared by the resolver's unit tests and the MDX
 * fixture cases of <DataValue>.
 */
import type { DataSource } from '../../src/lib/data-values';
import type { SeriesFile } from '../../src/schemas/generated';
import type { Facts } from '../../src/features/chapters/facts';
import { metric } from './atlas-rows';

const SERIES: Record<string, SeriesFile> = {
  unemp_rate: {
    indicator: 'unemp_rate',
    years: [2008, 2013, 2017],
    values: { EL30: [6.7, 27.2, 20.4], ES61: [17.7, 36.2, null], DE21: [3.0, 3.1, 2.2] },
    flags: { ES61: ['', 'b', ''], DE21: ['', 'b', 'u'] },
  },
  gdp_pps_hab: {
    indicator: 'gdp_pps_hab',
    years: [2008, 2013],
    values: { EU27_2020: [26000, 27000], EL30: [30000, 24000] },
    flags: {},
  },
};

export const fixtureSource: DataSource = {
  metrics: [
    metric('unemp_rate', { label: 'Unemployment rate', unit: '%', years: [2008, 2013, 2017], defaultYear: 2017, datasetCode: 'tgs00010', sourceUrl: 'https://ec.europa.eu/eurostat/databrowser/view/tgs00010/default/table' }),
    metric('gdp_pps_hab', { label: 'GDP per inhabitant, PPS', unit: 'PPS per inhabitant', years: [2008, 2013], defaultYear: 2013, datasetCode: 'nama_10r_3gdp' }),
    metric('clusters', { label: 'Cluster organisations', unit: 'clusters', years: [], defaultYear: null }),
  ],
  series: (id) => SERIES[id] ?? null,
  geoName: (code) => ({ EL30: 'Attiki', ES61: 'Andalucía', DE21: 'Oberbayern', EU27_2020: 'EU27 (2020 composition)' })[code] ?? null,
};

/** Two facts and one chart name, for the MDX checks of <Fact> and <FactChart>. */
export const fixtureFacts: Facts = {
  facts: new Map(['clusters-total', 'shock-top'].map((name) => [name, { name, value: 1, text: '1', what: name, method: 'fixture', sources: [] }])),
  charts: new Map([['shock-top', { kind: 'bar', name: 'shock-top', title: 'T', description: 'D', unit: '', items: [], method: 'fixture', sources: [] }]]),
};
