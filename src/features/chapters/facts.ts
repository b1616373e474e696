/**
 * Statements the chapters make, computed at build from the data so the sentence and the numbers
 * agree (issue 14, item 2): which regions' unemployment rose most in the crisis and how many of them
 * host a cluster of the list; the industry share of employment where manufacturing clusters are and
 * elsewhere; GDP per inhabitant before and after the crisis; the list's coverage and its cooperation.
 * Pure: inputs in, named facts and chart data out. Chapters cite them with <Fact name="…" /> and
 * <FactChart name="…" />; a name that does not exist fails the build (facts-check.ts).
 */
import type { Cluster, Link, Metric, Network, Region, SeriesFile } from '../../schemas/generated';
import type { StateAidYear } from './state-aid';
import { count } from '../../lib/plural';
import { BAR_LABEL_CHARS } from '../charts/bar-chart';

/** How many regions "rose most" means: the top of the ranking, a number the text reads from here. */
export const SHOCK_TOP = 20;

export interface FactInputs {
  readonly metrics: readonly Metric[];
  series(metricId: string): SeriesFile | null;
  readonly regions: readonly Region[];
  readonly clusters: readonly Cluster[];
  readonly links: readonly Link[];
  readonly networks: readonly Network[];
  /** The ecosystems the manufacturing view counts as manufacturing (src/data/views.ts). */
  readonly manufacturing: readonly string[];
  readonly stateAid: readonly StateAidYear[];
}

/** A source a fact rests on, shown as a link beside it. */
export interface FactSource {
  readonly label: string;
  readonly url: string | null;
}

/** One computed statement: the value (a count, a share, a name) and how it was made. */
export interface Fact {
  readonly name: string;
  /** The number, or null for a fact that is a name (the region that rose most). */
  readonly value: number | null;
  /** As printed: "13", "65.0%", "Attiki". */
  readonly text: string;
  /** What the value is, in a few words (the element's title). */
  readonly what: string;
  /** How it was computed, for the reader: the rule, the year, the inputs. */
  readonly method: string;
  readonly sources: readonly FactSource[];
}

/** A ranked bar chart or a line chart over years, with the table of the same values. */
export type FactChart =
  | { readonly kind: 'bar'; readonly name: string; readonly title: string; readonly description: string; readonly unit: string; readonly decimals?: number; readonly items: readonly { id: string; label: string; shortLabel?: string; value: number; flags?: string }[]; readonly method: string; readonly sources: readonly FactSource[] }
  | { readonly kind: 'line'; readonly name: string; readonly title: string; readonly description: string; readonly unit: string; readonly decimals?: number; readonly years: readonly number[]; readonly series: readonly { id: string; label: string; values: (number | null)[]; flags?: string[] }[]; readonly method: string; readonly sources: readonly FactSource[] };

export interface Facts {
  readonly facts: ReadonlyMap<string, Fact>;
  readonly charts: ReadonlyMap<string, FactChart>;
}

const ONE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function metricSource(metric: Metric | undefined): FactSource[] {
  return metric ? [{ label: metric.datasetCode ? `Eurostat ${metric.datasetCode}` : metric.source, url: metric.sourceUrl }] : [];
}
const LIST_SOURCE: FactSource = { label: 'the atlas’s list of cluster organisations', url: null };

/** One metric's values at one year for NUTS-2 regions only (4-character codes), value not null. */
export function valuesAt(series: SeriesFile | null, year: number | null): Map<string, number> {
  const out = new Map<string, number>();
  if (!series || year === null) return out;
  const i = series.years.indexOf(year);
  if (i < 0) return out;
  for (const [geo, values] of Object.entries(series.values)) {
    const v = values[i];
    if (geo.length === 4 && v !== null && v !== undefined) out.set(geo, v);
  }
  return out;
}

/** The median of a list (null when empty): the middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function fact(name: string, value: number | null, text: string, what: string, method: string, sources: readonly FactSource[]): [string, Fact] {
  return [name, { name, value, text, what, method, sources }];
}

/** The crisis shock: regions ranked by the rise in unemployment 2008→2013, and the clusters among them. */
function shockFacts(inputs: FactInputs, withCluster: ReadonlySet<string>, names: ReadonlyMap<string, string>): { facts: [string, Fact][]; chart: FactChart } {
  const metric = inputs.metrics.find((m) => m.id === 'unemp_change_2008_2013');
  const change = valuesAt(inputs.series('unemp_change_2008_2013'), metric?.defaultYear ?? null);
  const ranked = [...change].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked.slice(0, SHOCK_TOP);
  const topWith = top.filter(([geo]) => withCluster.has(geo)).length;
  const allWith = ranked.filter(([geo]) => withCluster.has(geo)).length;
  const rose = ranked.filter(([, v]) => v > 0).length;
  const [first] = ranked;
  const last = top.at(-1);
  // Facts of unemployment alone cite Eurostat; those that count clusters cite the list as well.
  const unemployment = metricSource(metric);
  const sources = [...unemployment, LIST_SOURCE];
  const rule = `Regions ranked by ${metric?.label ?? 'the change in unemployment 2008–2013'}; a region "hosts a cluster" when at least one organisation of the list is located in it.`;
  return {
    facts: [
      fact('shock-regions', ranked.length, WHOLE.format(ranked.length), 'NUTS-2 regions with an unemployment rate for 2008 and 2013', rule, unemployment),
      fact('shock-rose', rose, WHOLE.format(rose), 'regions where unemployment rose from 2008 to 2013', rule, unemployment),
      fact('shock-top', top.length, WHOLE.format(top.length), 'regions in the top of the ranking', rule, unemployment),
      fact('shock-top-with-cluster', topWith, WHOLE.format(topWith), `of the ${top.length} regions where unemployment rose most that host a cluster of the list`, rule, sources),
      fact('shock-top-with-cluster-share', pct(topWith, top.length), `${ONE.format(pct(topWith, top.length))}%`, 'share of the regions where unemployment rose most that host a cluster', rule, sources),
      fact('shock-all-with-cluster-share', pct(allWith, ranked.length), `${ONE.format(pct(allWith, ranked.length))}%`, 'share of all regions with data that host a cluster', rule, sources),
      fact('shock-first', null, first ? (names.get(first[0]) ?? first[0]) : 'no region', 'the region where unemployment rose most', rule, unemployment),
      fact('shock-first-rise', first?.[1] ?? null, first ? `${ONE.format(first[1])} percentage points` : 'no data', 'the largest rise in unemployment, 2008–2013', rule, unemployment),
      fact('shock-top-threshold', last?.[1] ?? null, last ? `${ONE.format(last[1])} percentage points` : 'no data', `the smallest rise among the ${top.length} regions where it rose most`, rule, unemployment),
    ],
    chart: {
      kind: 'bar', name: 'shock-top', unit: 'pp', decimals: metric?.decimals ?? 1, method: rule, sources,
      title: `The ${top.length} regions where unemployment rose most, 2008–2013`,
      description: `Change in the unemployment rate from 2008 to 2013 in percentage points (pp); a name marked ● hosts at least one cluster of the list (${topWith} of ${top.length}).`,
      // The bar carries the mark first, so a long name cut with "…" keeps it; the table keeps the code.
      items: top.map(([geo, v]) => {
        const name = names.get(geo) ?? geo;
        const host = withCluster.has(geo);
        return { id: geo, label: `${name} (${geo})${host ? ' ●' : ''}`, shortLabel: `${host ? '● ' : ''}${name}`, value: v };
      }),
    },
  };
}

/** The recovery: regions where unemployment fell again from 2013 to 2017. */
function recoveryFacts(inputs: FactInputs): [string, Fact][] {
  const metric = inputs.metrics.find((m) => m.id === 'unemp_change_2013_2017');
  const change = valuesAt(inputs.series('unemp_change_2013_2017'), metric?.defaultYear ?? null);
  const fell = [...change.values()].filter((v) => v < 0).length;
  const rule = `Regions with ${metric?.label ?? 'the change in unemployment 2013–2017'} below zero.`;
  return [
    fact('recovery-regions', change.size, WHOLE.format(change.size), 'regions with an unemployment rate for 2013 and 2017', rule, metricSource(metric)),
    fact('recovery-fell', fell, WHOLE.format(fell), 'regions where unemployment fell from 2013 to 2017', rule, metricSource(metric)),
  ];
}

/** Industry's share of employment: the median where manufacturing clusters are, and elsewhere. */
function industryFacts(inputs: FactInputs): [string, Fact][] {
  const metric = inputs.metrics.find((m) => m.id === 'industry_share');
  const year = metric?.defaultYear ?? null;
  const share = valuesAt(inputs.series('industry_share'), year);
  const manufacturing = new Set(inputs.clusters.filter((c) => c.nuts2 && c.ecosystems.some((e) => inputs.manufacturing.includes(e))).map((c) => c.nuts2!));
  const inGroup = [...share].filter(([geo]) => manufacturing.has(geo)).map(([, v]) => v);
  const others = [...share].filter(([geo]) => !manufacturing.has(geo)).map(([, v]) => v);
  const [a, b] = [median(inGroup), median(others)];
  const rule = `Median of ${metric?.label ?? 'the industry share of employment'} in ${year ?? '–'} over NUTS-2 regions with at least one cluster of a manufacturing ecosystem (${inputs.manufacturing.join(', ')}), and over all other regions with data.`;
  const sources = [...metricSource(metric), LIST_SOURCE];
  const asShare = (v: number | null) => (v === null ? 'no data' : `${ONE.format(v)}%`);
  return [
    fact('industry-year', year, String(year ?? '–'), 'the year of the industry share compared', rule, sources),
    fact('industry-median-manufacturing', a, asShare(a), 'median industry share of employment in regions with a manufacturing cluster', rule, sources),
    fact('industry-median-others', b, asShare(b), 'median industry share of employment in the other regions', rule, sources),
    fact('industry-regions-manufacturing', inGroup.length, WHOLE.format(inGroup.length), 'regions with a manufacturing cluster and data', rule, sources),
    fact('industry-regions-others', others.length, WHOLE.format(others.length), 'other regions with data', rule, sources),
  ];
}

/** GDP per inhabitant: regions lower in 2013 than in 2008, and still lower in the latest year. */
function gdpFacts(inputs: FactInputs): { facts: [string, Fact][]; chart: FactChart } {
  const metric = inputs.metrics.find((m) => m.id === 'gdp_pps_hab');
  const series = inputs.series('gdp_pps_hab');
  const latest = metric?.defaultYear ?? null;
  const [y2008, y2013, yLast] = [valuesAt(series, 2008), valuesAt(series, 2013), valuesAt(series, latest)];
  const both = [...y2008.keys()].filter((g) => y2013.has(g));
  const fell = both.filter((g) => y2013.get(g)! < y2008.get(g)!).length;
  const stillBelow = [...y2008.keys()].filter((g) => yLast.has(g) && yLast.get(g)! < y2008.get(g)!).length;
  const rule = `Regions whose ${metric?.label ?? 'GDP per inhabitant'} was lower in 2013 (and in ${latest ?? '–'}) than in 2008. PPS are current-price purchasing power standards, so a fall is a fall against the EU price level, not in real output.`;
  const sources = metricSource(metric);
  const eu = series?.values['EU27_2020'] ?? [];
  return {
    facts: [
      fact('gdp-latest-year', latest, String(latest ?? '–'), 'the latest year of GDP per inhabitant', rule, sources),
      fact('gdp-regions-2008-2013', both.length, WHOLE.format(both.length), 'regions with GDP per inhabitant for 2008 and 2013', rule, sources),
      fact('gdp-fell-2008-2013', fell, WHOLE.format(fell), 'regions with a lower GDP per inhabitant (PPS) in 2013 than in 2008', rule, sources),
      fact('gdp-below-2008-latest', stillBelow, WHOLE.format(stillBelow), `regions still below their 2008 GDP per inhabitant (PPS) in ${latest ?? '–'}`, rule, sources),
    ],
    chart: {
      kind: 'line', name: 'gdp-eu', unit: 'PPS per inhabitant', method: 'As published by Eurostat for the EU27 (2020 composition).', sources,
      title: 'GDP per inhabitant in the EU27, in purchasing power standards',
      description: `EU27 (2020 composition), ${series?.years[0] ?? ''}–${series?.years.at(-1) ?? ''}: the dip of 2009 and the years it took to pass the 2008 level.`,
      years: series?.years ?? [],
      series: [{ id: 'EU27_2020', label: 'EU27', values: [...eu], ...(series?.flags['EU27_2020'] ? { flags: [...series.flags['EU27_2020']] } : {}) }],
    },
  };
}

/** The list itself: organisations, countries, ecosystems; clusters by country as a chart. */
function listFacts(inputs: FactInputs, names: ReadonlyMap<string, string>): { facts: [string, Fact][]; chart: FactChart } {
  const byCountry = new Map<string, number>();
  for (const c of inputs.clusters) byCountry.set(c.country, (byCountry.get(c.country) ?? 0) + 1);
  const ecosystems = new Set(inputs.clusters.flatMap((c) => c.ecosystems));
  const ranked = [...byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rule = 'Counted from the list of cluster organisations compiled by the editors; the list is not a census of Europe’s clusters.';
  const n = inputs.clusters.length;
  return {
    facts: [
      fact('clusters-total', n, WHOLE.format(n), 'cluster organisations in the list', rule, [LIST_SOURCE]),
      fact('clusters-countries', byCountry.size, WHOLE.format(byCountry.size), 'countries with at least one organisation in the list', rule, [LIST_SOURCE]),
      fact('clusters-ecosystems', ecosystems.size, WHOLE.format(ecosystems.size), 'industrial ecosystems the organisations are assigned to', rule, [LIST_SOURCE]),
      fact('clusters-top-country', null, ranked[0] ? (names.get(ranked[0][0]) ?? ranked[0][0]) : 'none', 'the country with most organisations in the list', rule, [LIST_SOURCE]),
    ],
    chart: {
      kind: 'bar', name: 'clusters-by-country', unit: 'clusters', method: rule, sources: [LIST_SOURCE],
      title: 'Cluster organisations in the list, by country',
      description: `${n} organisations in ${byCountry.size} countries. The counts say where the list is thick or thin, not how many clusters each country has.`,
      items: ranked.map(([code, count]) => ({ id: code, label: names.get(code) ?? code, value: count })),
    },
  };
}

/**
 * A network's name short enough for a bar: the part before " – " or " (" ("DREAM – Digital Resilient…"
 * → "DREAM"); a name still longer than a bar label takes its id when the id is an acronym
 * ("European Aerospace Cluster Partnership" → "EACP").
 */
export function networkShortName(nw: Pick<Network, 'id' | 'name'>): string {
  const short = nw.name.split(/ – | \(/)[0]!.trim();
  return short.length > BAR_LABEL_CHARS - 4 && /^[a-z0-9]{2,6}$/.test(nw.id) ? nw.id.toUpperCase() : short;
}

/** Cooperation: the networks and the declared links between organisations in different countries. */
function cooperationFacts(inputs: FactInputs): { facts: [string, Fact][]; chart: FactChart } {
  const byId = new Map(inputs.clusters.map((c) => [c.id, c]));
  const declared = inputs.links.filter((l) => l.kind === 'declared');
  const countries = new Set(declared.flatMap((l) => [byId.get(l.source)?.country, byId.get(l.target)?.country]).filter((c): c is string => !!c));
  const members = new Set(inputs.networks.flatMap((nw) => nw.memberIds));
  const rule = 'Declared links are partnerships a network’s own member list documents (see Data & sources); suggested links are not counted.';
  const sources: FactSource[] = [{ label: 'Cluster Atlas cooperation networks and memberships (data/networks.csv, data/network_members.csv)', url: null }];
  // A network with two or more organisations of the list is one that joins places on the map.
  const joining = inputs.networks
    .map((nw) => ({ nw, ids: nw.memberIds.filter((id) => byId.has(id)) }))
    .filter((x) => x.ids.length >= 2)
    .map((x) => ({ ...x, countries: new Set(x.ids.map((id) => byId.get(id)!.country)).size }))
    .sort((a, b) => b.ids.length - a.ids.length || b.countries - a.countries || a.nw.name.localeCompare(b.nw.name));
  return {
    facts: [
      fact('networks', inputs.networks.length, WHOLE.format(inputs.networks.length), 'cross-border cluster networks recorded', rule, sources),
      fact('network-members', members.size, WHOLE.format(members.size), 'organisations of the list that belong to one of them', rule, sources),
      fact('declared-links', declared.length, WHOLE.format(declared.length), 'declared links between organisations in different countries', rule, sources),
      fact('declared-countries', countries.size, WHOLE.format(countries.size), 'countries joined by at least one declared link', rule, sources),
      fact('networks-joining', joining.length, WHOLE.format(joining.length), 'networks with two or more organisations of the list among their members', rule, sources),
    ],
    chart: {
      kind: 'bar', name: 'networks-by-members', unit: 'organisations', method: rule, sources,
      title: 'Organisations of the list in each cooperation network',
      description: `The ${joining.length} networks with two or more organisations of the list among their published members, ranked; the table under the chart gives each network's full name and the number of countries those members come from. The counts say how much of each network the list holds, not how large the network is.`,
      items: joining.map((x) => ({ id: x.nw.id, label: `${x.nw.name} (${count(x.countries, 'country', 'countries')})`, shortLabel: networkShortName(x.nw), value: x.ids.length })),
    },
  };
}

/** The State aid Scoreboard figures, from data/state_aid.csv. */
function stateAidFacts(rows: readonly StateAidYear[]): { facts: [string, Fact][]; chart: FactChart } {
  const latest = rows.at(-1);
  const sources = latest ? [{ label: latest.source, url: latest.sourceUrl }] : [];
  const rule = 'As published in the Scoreboard edition named per year (data/state_aid.csv); definitions changed between editions.';
  const bn = (v: number | null) => (v === null ? 'not given' : `${ONE.format(v)} bn EUR`);
  return {
    facts: [
      fact('state-aid-latest-year', latest?.year ?? null, String(latest?.year ?? '–'), 'the latest year of expenditure in the Scoreboard figures held', rule, sources),
      fact('state-aid-latest-total', latest?.totalBn ?? null, bn(latest?.totalBn ?? null), 'total State aid in the latest year', rule, sources),
      fact('state-aid-latest-gdp', latest?.pctGdp ?? null, latest ? `${latest.pctGdp.toFixed(2)}% of GDP` : 'not given', 'State aid relative to GDP in the latest year', rule, sources),
      fact('state-aid-latest-rdi', latest?.rdiBn ?? null, bn(latest?.rdiBn ?? null), 'State aid for research, development and innovation in the latest year', rule, sources),
      fact('state-aid-latest-rdi-share', latest?.rdiBn ? pct(latest.rdiBn, latest.totalBn) : null, latest?.rdiBn ? `${ONE.format(pct(latest.rdiBn, latest.totalBn))}%` : 'not given', 'research, development and innovation’s share of State aid', rule, sources),
      fact('state-aid-latest-gber', latest?.blockExemptedShare ?? null, latest?.blockExemptedShare !== null && latest ? `${ONE.format(latest.blockExemptedShare!)}%` : 'not given', 'share of new aid measures under the block exemption', rule, sources),
    ],
    chart: {
      kind: 'line', name: 'state-aid', unit: 'bn EUR', decimals: 1, method: rule, sources: rows.length > 0 ? [{ label: 'European Commission, State aid Scoreboards (editions per year in the table)', url: rows[0]!.sourceUrl }] : [],
      title: 'Total State aid by year of expenditure, billion EUR',
      description: 'Excluding railways and most services of general economic interest; the 2014–2017 totals include aid to agriculture and fisheries, the later ones do not, so read the line as an order of magnitude.',
      years: rows.map((r) => r.year),
      series: [{ id: 'state-aid', label: 'State aid', values: rows.map((r) => r.totalBn) }],
    },
  };
}

/** Every fact and chart the chapters may cite. */
export function computeFacts(inputs: FactInputs): Facts {
  const names = new Map(inputs.regions.map((r) => [r.id, r.name]));
  const withCluster = new Set(inputs.clusters.map((c) => c.nuts2).filter((g): g is string => !!g));
  const shock = shockFacts(inputs, withCluster, names);
  const gdp = gdpFacts(inputs);
  const list = listFacts(inputs, names);
  const coop = cooperationFacts(inputs);
  const aid = stateAidFacts(inputs.stateAid);
  return {
    facts: new Map([...shock.facts, ...recoveryFacts(inputs), ...industryFacts(inputs), ...gdp.facts, ...list.facts, ...coop.facts, ...aid.facts]),
    charts: new Map([shock.chart, gdp.chart, list.chart, coop.chart, aid.chart].map((c) => [c.name, c])),
  };
}
