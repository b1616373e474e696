import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderViewSvg, windForD3 } from '../../src/lib/svg-render';
import { View } from '../../src/schemas/view';
import { loadMapFixture } from '../fixtures/map/load';

const data = loadMapFixture('small');
const dir = join(import.meta.dirname, '../fixtures/map/small');
// Both link kinds drawn (the default is declared only), so the snapshot shows the dashed suggested line.
const base = { description: 'D', metric: 'share', extent: [[-25, 34], [35, 71.5]], filters: { linkKinds: ['declared', 'suggested'] } };
const regionsView = View.parse({ ...base, id: 'regions', title: 'Regions <&> "clusters"', layers: ['regions', 'clusters', 'links'], regionLevel: 2, colorBy: 'ecosystem' });

/** Round every number to an integer so the snapshot survives floating-point noise between platforms. */
const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));

/** Compare with the stored snapshot; on mismatch write `<name>-changed.svg` beside it for review. */
function expectSnapshot(name: string, svg: string) {
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  // A missing snapshot is written once locally for review; in CI it is a failure.
  if (!existsSync(file)) {
    if (process.env['CI']) throw new Error(`snapshot ${file} is missing`);
    writeFileSync(file, svg);
  }
  const expected = readFileSync(file, 'utf8');
  if (normalise(expected) !== normalise(svg)) writeFileSync(changed, svg);
  expect(normalise(svg)).toBe(normalise(expected));
}

test('renderViewSvg draws the fixture view as the stored snapshot', () => {
  expectSnapshot('expected-regions', renderViewSvg(regionsView, data));
});

test('renderViewSvg escapes data-derived text', () => {
  const svg = renderViewSvg(regionsView, data);
  expect(svg).toContain('<title id="m-regions-t">Regions &lt;&amp;&gt; &quot;clusters&quot;</title>');
  expect(svg).toContain('<title>Beta &lt;b&gt;Valley&lt;/b&gt;</title>');
  expect(svg).not.toContain('<b>');
});

test('renderViewSvg draws one marker per visible cluster, the outermost one in an inset', () => {
  const svg = renderViewSvg(regionsView, data);
  expect(svg.match(/<circle [^>]*><title>/g)?.length).toBe(5);
  expect(svg).toContain('>Canarias</text>');
});

test('renderViewSvg hatches regions without data and fills zero with the first class colour', () => {
  const svg = renderViewSvg(regionsView, data);
  expect(svg).toContain('fill="url(#m-regions-nodata)"');
  expect(svg).toContain('fill="#fee5d9"');
});

test('renderViewSvg draws declared links solid and suggested links dashed', () => {
  const svg = renderViewSvg(regionsView, data);
  expect(svg).toMatch(/stroke="#1f3a5f" stroke-width="1.6" stroke-opacity/);
  expect(svg).toMatch(/stroke="#c2571a" stroke-width="1.1" stroke-dasharray="4 3"/);
});

test('renderViewSvg is deterministic', () => {
  expect(renderViewSvg(regionsView, data)).toBe(renderViewSvg(regionsView, data));
});

test('renderViewSvg highlights a requested cluster with a black outline', () => {
  const svg = renderViewSvg(regionsView, data, { highlight: { cluster: 'gamma' }, panel: false, width: 400, height: 300 });
  expect(svg).toMatch(/<circle [^>]*stroke="#000"[^>]*><title>Gamma Mobility<\/title>/);
  expect(svg).toContain('viewBox="0 0 400 300"');
});

test('renderViewSvg draws the highlighted cluster last, haloed and named, so a locator shows which dot it is about', () => {
  const svg = renderViewSvg(regionsView, data, { highlight: { cluster: 'gamma' }, panel: false, width: 400, height: 300 });
  const overlay = /<g class="highlight">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  expect(overlay).toMatch(/<text [^>]*paint-order="stroke"[^>]*>Gamma Mobility<\/text>/);
  // On top: nothing but the clip group's end follows the overlay.
  expect(svg.indexOf('<g class="highlight">')).toBeGreaterThan(svg.lastIndexOf('<title>Alpha'));
  expect(renderViewSvg(regionsView, data, { panel: false, width: 400, height: 300 })).not.toContain('class="highlight"');
});

test('windForD3 reverses a counter-clockwise polygon and leaves a clockwise one alone', () => {
  const de = data.geo.countries.features.find((f) => f.id === 'DE')!;
  const fr = data.geo.countries.features.find((f) => f.id === 'FR')!;
  expect(windForD3(fr)).toBe(fr);
  expect(windForD3(de)).not.toBe(de);
});
