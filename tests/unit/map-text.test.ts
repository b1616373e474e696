import { expect, test } from 'vitest';
import { clusterCaption, legendSource, legendTitle, metricColumnLabel, regionCaption } from '../../src/features/map/map-text';

const m = { label: 'Unemployment rate', unit: '%', source: 'Eurostat lfst_r_lfu3rt', vintage: '2024-05-02', status: 'needs_check' as const };

test('legendTitle leaves out a bare % unit and keeps any other', () => {
  expect(legendTitle(m)).toBe('Unemployment rate');
  expect(legendTitle({ ...m, label: 'GDP per inhabitant', unit: 'PPS' })).toBe('GDP per inhabitant (PPS)');
});

test('legendSource names source, vintage and status in words', () => {
  expect(legendSource(m)).toBe('Source: Eurostat lfst_r_lfu3rt, 2024-05-02. Status: needs check.');
  expect(legendSource({ ...m, vintage: null })).toBe('Source: Eurostat lfst_r_lfu3rt. Status: needs check.');
});

test('clusterCaption says how many clusters the filters leave', () => {
  expect(clusterCaption('Clusters across Europe', 35)).toBe('Clusters on the map “Clusters across Europe” (35 shown). Choose a name to highlight it on the map.');
});

test('regionCaption and metricColumnLabel name the level and the metric', () => {
  expect(regionCaption(0, m)).toMatch(/^Countries by Unemployment rate, highest first/);
  expect(regionCaption(2, m)).toMatch(/^NUTS-2 regions by Unemployment rate/);
  expect(metricColumnLabel(0, m)).toBe('Unemployment rate (country)');
  expect(metricColumnLabel(2, m)).toBe('Unemployment rate (region)');
});
