// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { lineChartSvg } from '../../src/features/charts/index';
import type { LineChartInput } from '../../src/features/charts/types';
import { attachReadout, readoutText, yearSpan } from '../../src/features/map/chart-readout';

const input: LineChartInput = {
  id: 'c', title: 'Unemployment', description: 'd', years: [2008, 2010, 2013], unit: '%',
  series: [{ id: 'ES61', label: 'Andalucía', values: [17.7, 28, 36.2], flags: ['', '', 'u'] }, { id: 'DE21', label: 'Oberbayern', values: [3.2, null, 2.9] }],
};

function figure(): HTMLElement {
  const f = document.createElement('figure');
  f.innerHTML = `<div class="map-chart__svg">${lineChartSvg(input)}</div>`;
  document.body.replaceChildren(f);
  return f;
}

test('yearSpan finds where the line chart renderer puts the first and the last year', () => {
  const span = yearSpan(figure().querySelector('svg')!)!;
  expect(span.left).toBeGreaterThan(0);
  expect(span.right).toBeGreaterThan(span.left);
  expect(span.right).toBeLessThan(560);
});

test('readoutText gives every line\'s value in a year, with flags, and says when there is none', () => {
  expect(readoutText(input, 2)).toBe('2013: Andalucía 36.2% (flag u), Oberbayern 2.9%');
  expect(readoutText(input, 1)).toBe('2010: Andalucía 28%, Oberbayern no value');
});

test('the chart is one tab stop; focus shows the year of the map, the arrows, Home and End move it', () => {
  const f = figure();
  attachReadout(f, input, 2010);
  const svg = f.querySelector('svg')!;
  const text = f.querySelector('.map-chart__readout')!;
  expect(svg.getAttribute('tabindex')).toBe('0');
  expect(text.getAttribute('aria-live')).toBe('polite');
  svg.dispatchEvent(new Event('focus'));
  expect(text.textContent).toMatch(/^2010:/);
  svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
  expect(text.textContent).toMatch(/^2013:/);
  svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
  expect(text.textContent).toMatch(/^2013:/);
  svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home' }));
  expect(text.textContent).toMatch(/^2008:/);
  const rule = svg.querySelector('.map-chart__rule')!;
  expect(Number(rule.getAttribute('x1'))).toBeCloseTo(yearSpan(svg)!.left, 0);
});
