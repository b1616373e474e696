// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import type { YearRange } from '../../src/features/url-state/time-params';
import { createChangeControl } from '../../src/features/map/change-control';

function control() {
  const picks: (YearRange | null)[] = [];
  const c = createChangeControl('m', (r) => void picks.push(r));
  document.body.replaceChildren(c.element);
  c.render([2006, 2008, 2013, 2017], null);
  const [from, to] = [...c.element.querySelectorAll('select')] as [HTMLSelectElement, HTMLSelectElement];
  return { c, picks, box: c.element.querySelector<HTMLInputElement>('input[type=checkbox]')!, from, to };
}

test('switching the change map on picks the first year to the last', () => {
  const { box, picks, from } = control();
  expect(from.disabled).toBe(true);
  box.checked = true;
  box.dispatchEvent(new Event('change'));
  expect(picks).toEqual([{ from: 2006, to: 2017 }]);
});

test('the year menus pick a range, earlier year first, and never the same year twice', () => {
  const { c, picks, from, to } = control();
  c.render([2006, 2008, 2013, 2017], { from: 2006, to: 2017 });
  from.value = '2013';
  from.dispatchEvent(new Event('change'));
  expect(picks.at(-1)).toEqual({ from: 2013, to: 2017 });
  to.value = '2008';
  to.dispatchEvent(new Event('change'));
  expect(picks.at(-1)).toEqual({ from: 2008, to: 2013 });
  c.render([2006, 2008, 2013, 2017], { from: 2008, to: 2013 });
  to.value = '2008';
  to.dispatchEvent(new Event('change'));
  expect(picks.at(-1)).toEqual({ from: 2006, to: 2008 });
});

test('render shows the state, and the control hides for a metric with one year', () => {
  const { c, box, from, to } = control();
  c.render([2006, 2008, 2013, 2017], { from: 2008, to: 2013 });
  expect([box.checked, from.value, to.value, from.disabled]).toEqual([true, '2008', '2013', false]);
  c.render([2013], null);
  expect(c.element.hidden).toBe(true);
});
