/**
 * Small, fully specified rows of the generated-data contract for unit tests of pure modules
 * (downloads, entity pages): each test states only the fields it is about.
 */
import type { Cluster, Link, Manifest, Metric, Network, Region } from '../../src/schemas/generated';

export const cluster = (id: string, over: Partial<Cluster> = {}): Cluster => ({
  id, name: id.replace(/-/g, ' '), shortName: null, city: 'Grenoble', country: 'FR', nuts2: 'FRK2', lon: 5.72, lat: 45.19,
  sector: 'Microelectronics', categories: ['Information Technology and Analytical Instruments'], ecosystems: ['Electronics'],
  website: null, orgType: null, founded: null, members: null, membersFirms: null, employees: null, sizeYear: null, sizeSourceUrl: null, status: 'compiled', source: 'Fixture', sourceUrl: 'https://example.org/fixture', note: null, ...over,
});

export const link = (id: string, source: string, target: string, over: Partial<Link> = {}): Link => ({
  id, source, target, kind: 'declared', type: 'network_comembership', networkId: null, field: null, status: 'compiled', evidence: null, sourceUrl: null, ...over,
});

export const network = (id: string, over: Partial<Network> = {}): Network => ({
  id, name: id.toUpperCase(), field: null, yearStart: null, coordinatorId: null, url: null, memberIds: [], status: 'compiled', source: 'Fixture', ...over,
});

export const region = (id: string, over: Partial<Region> = {}): Region => ({
  id, level: id.length === 2 ? 0 : 2, name: id, country: id.slice(0, 2), centroid: [5, 45], values: {}, clustersByCategory: {}, indicators: {}, ...over,
});

export const metric = (id: string, over: Partial<Metric> = {}): Metric => ({
  id, label: id, unit: '', levels: [0, 2], breaks: [], colors: ['#ccc'], noDataColor: '#eee', source: 'Fixture', sourceUrl: null,
  vintage: '2024', status: 'official', datasetCode: null, years: [2024], defaultYear: 2024, note: null, ...over,
});

export const manifest = (over: Partial<Manifest> = {}): Manifest => ({
  generator: 'test', vintage: '2026-11-20', contentHash: '0', counts: {}, files: [],
  sources: [{ id: 'list', name: 'Cluster list', licence: 'CC BY 4.0', attribution: 'Cluster Atlas', url: null }], ...over,
});
