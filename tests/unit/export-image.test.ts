import { expect, test } from 'vitest';
import { geometryPath, mapSvg } from '../../src/features/map/export-image';

/** A plain equirectangular frame: 10 px per degree, north up. */
const project = ([lon, lat]: [number, number]): [number, number] => [lon * 10, (60 - lat) * 10];
const square = { type: 'Polygon' as const, coordinates: [[[1, 59], [2, 59], [2, 58], [1, 58], [1, 59]]] };

test('geometryPath projects the rings and drops those outside the frame', () => {
  expect(geometryPath(square, project, 100, 100)).toBe('M10,10L20,10L20,20L10,20L10,10Z');
  const far = { type: 'Polygon' as const, coordinates: [[[50, 59], [51, 59], [51, 58], [50, 59]]] };
  expect(geometryPath(far, project, 100, 100)).toBe('');
});

test('mapSvg draws the frame in the given colours, hatches no data, and escapes every text', () => {
  const svg = mapSvg(
    { width: 100, height: 100, title: 'Map <script>', legendTitle: 'Rate & year', legend: [{ color: '#123456', label: 'under 5%', noData: false }, { color: '#d9d9d9', label: 'No data', noData: true }], source: 'Source: "Eurostat"' },
    [square], [{ geometry: square, fill: '#123456', noData: false }, { geometry: square, fill: '', noData: true }], [{ lon: 1.5, lat: 58.5, r: 4, color: '#332288' }], project,
  );
  expect(svg).toContain('fill="#123456"');
  expect(svg).toContain('fill="url(#nodata)"');
  expect(svg).toContain('<circle cx="15" cy="15" r="4"');
  expect(svg).toContain('Map &lt;script&gt;');
  expect(svg).toContain('Rate &amp; year');
  expect(svg).not.toContain('<script');
});
