import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Metric, RegionsFile } from '../../src/schemas/generated';
import { yearTable } from '../../src/features/map/year-table';
import { checkSeries } from '../../src/features/map/series-loader';
import type { MapRegion } from '../../src/features/map/map-data';
import type { z } from 'astro/zod';

const file = JSON.parse(readFileSync('public/data/regions.json', 'utf8')) as z.infer<typeof RegionsFile>;
const metric = file.metrics.find((m) => m.id === 'unemp_rate')! as Metric;
const series = checkSeries(JSON.parse(readFileSync('public/data/series/unemp_rate.json', 'utf8')), 'unemp_rate.json');
const regions: MapRegion[] = file.regions.filter((r) => r.level === 2).map((r) => ({ id: r.id, level: 2, name: r.name, country: r.country, values: {}, flags: {}, periods: {} }));

test('the table of a year shows each region\'s cell of the series file, highest first', () => {
  const year = series.years[2]!;
  const t = yearTable(regions, metric, series, year, null, 'NUTS-2 regions');
  expect(t.head).toEqual([`Value ${year}`]);
  expect(t.caption).toContain(`in ${year}`);
  for (const row of t.rows.slice(0, 40)) {
    const i = series.years.indexOf(year);
    expect(row.cells[0]!.value).toBe(series.values[row.id]?.[i] ?? null);
    expect(row.cells[0]!.flags).toBe(series.flags[row.id]?.[i] ?? '');
  }
  const values = t.rows.map((r) => r.cells[0]!.value).filter((v): v is number => v !== null);
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('the table of a change shows the two years and the difference in points, largest rise first', () => {
  const [from, to] = [series.years[2]!, series.years[7]!];
  const t = yearTable(regions, metric, series, null, { from, to }, 'NUTS-2 regions');
  expect(t.head).toEqual([String(from), String(to), 'Change (pp)']);
  const top = t.rows[0]!;
  const [a, b] = [series.values[top.id]![2]!, series.values[top.id]![7]!];
  expect(top.cells.map((c) => c.value)).toEqual([a, b, Math.round((b - a) * 100) / 100]);
});

test('without the series the table shows the default year the regions carry', () => {
  const withValue: MapRegion[] = [{ ...regions[0]!, values: { unemp_rate: 7.5 }, flags: { unemp_rate: 'b' } }];
  const t = yearTable(withValue, metric, undefined, 2010, null, 'NUTS-2 regions');
  expect(t.head).toEqual([`Value ${metric.defaultYear}`]);
  expect(t.rows[0]!.cells[0]).toEqual({ text: '7.5%', flags: 'b', value: 7.5 });
});
