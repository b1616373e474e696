// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { clusterDetails, safeLink, swatch } from '../../src/features/map/details';
import { loadMapFixture } from '../fixtures/map/load';

const data = loadMapFixture('small');
const byId = new Map(data.clusters.map((c) => [c.id, c]));

test('safeLink makes links of http(s) URLs only and opens them without referrer', () => {
  const a = safeLink('https://example.org/x', 'site') as HTMLAnchorElement;
  expect(a.tagName).toBe('A');
  expect(a.rel).toBe('noopener noreferrer');
  expect(safeLink('javascript:alert(1)', 'bad')).toBe('bad');
  expect(safeLink('not a url', 'text')).toBe('text');
  expect(safeLink(null, 'none')).toBe('none');
});

test('cluster details show markup in names as text, never as elements', () => {
  const beta = byId.get('beta')!;
  const box = document.createElement('div');
  box.append(...clusterDetails(beta, data, byId, 'h'));
  expect(box.querySelector('h3')!.textContent).toBe('Beta <b>Valley</b>');
  expect(box.querySelector('b')).toBeNull();
});

test('cluster details list declared partners apart from suggested ones, with the network name (its members’ evidence is on the cluster pages)', () => {
  const alpha = byId.get('alpha')!;
  const box = document.createElement('div');
  box.append(...clusterDetails(alpha, data, byId, 'h'));
  const headings = [...box.querySelectorAll('h4')].map((h) => h.textContent);
  expect(headings).toEqual(['Declared partners', 'Suggested partners (same field, not an existing partnership)']);
  expect(box.querySelector('ul li')!.textContent).toBe('Gamma Mobility (DE) — Network One');
  expect(box.textContent).toContain('Members120');
});

test('swatch draws a filled key, with a hatch for no data, as SVG without style attributes', () => {
  const plain = swatch('#123456', false);
  expect(plain.querySelector('rect')!.getAttribute('fill')).toBe('#123456');
  expect(plain.querySelector('path')).toBeNull();
  const none = swatch('#d9d9d9', true);
  expect(none.querySelector('path')).not.toBeNull();
  expect(none.outerHTML).not.toContain('style=');
});
