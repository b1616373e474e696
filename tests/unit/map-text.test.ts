import { expect, test } from 'vitest';
import { clusterCaption, legendHeading, legendSource, legendTitle, metricColumnLabel, regionCaption } from '../../src/features/map/map-text';

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

test('legendTitle does not repeat a unit the label names, nor put brackets in brackets', () => {
  expect(legendTitle({ ...m, label: 'Change in unemployment rate, 2008–2013 (the shock), percentage points', unit: 'percentage points' })).toBe('Change in unemployment rate, 2008–2013 (the shock), percentage points');
  expect(legendTitle({ ...m, label: 'Employment in industry (including energy), % of total employment', unit: '% of employment' })).toBe('Employment in industry (including energy), % of total employment');
  expect(legendTitle({ ...m, label: 'Employment specialisation: information and communication (J)', unit: 'location quotient (EU28 = 1)' })).toBe('Employment specialisation: information and communication (J), location quotient (EU28 = 1)');
});

test('legendHeading names the year shown unless the label names its own period; a chosen change range always shows', () => {
  expect(legendHeading(m, 2013, null)).toBe('Unemployment rate, 2013');
  const shock = { ...m, label: 'Change in unemployment rate, 2008–2013 (the shock), percentage points', unit: 'percentage points' };
  expect(legendHeading(shock, 2013, null)).toBe(shock.label);
  expect(legendHeading(m, 2013, { from: 2008, to: 2013 })).toBe('Unemployment rate, 2008–2013');
});
