// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createYearControl, PLAY_STEP_MS, REDUCED_STEP_MS } from '../../src/features/map/year-control';

const YEARS = [2006, 2007, 2008, 2010, 2013];
let picks: [number, boolean][];
let said: string[];
let reduced = false;

function control() {
  const c = createYearControl('m', { pick: (y, playing) => void picks.push([y, playing]), announce: (t) => void said.push(t), reducedMotion: () => reduced });
  document.body.replaceChildren(c.element);
  c.render(YEARS, null);
  const q = <T extends HTMLElement>(s: string) => c.element.querySelector<T>(s)!;
  return { c, input: q<HTMLInputElement>('input[type=range]'), buttons: [...c.element.querySelectorAll('button')] as HTMLButtonElement[] };
}

beforeEach(() => {
  picks = [];
  said = [];
  reduced = false;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

test('the slider runs over the years, labelled, with the year as its value text, on the latest year by default', () => {
  const { c, input } = control();
  expect(c.element.hidden).toBe(false);
  expect(input.min).toBe('0');
  expect(input.max).toBe('4');
  expect(input.value).toBe('4');
  expect(input.getAttribute('aria-valuetext')).toBe('2013');
  expect(document.getElementById(input.getAttribute('aria-labelledby')!)?.textContent).toBe('Year');
});

test('moving the slider picks that year and announces it; years need not be consecutive', () => {
  const { input } = control();
  input.value = '3';
  input.dispatchEvent(new Event('input'));
  expect(picks).toEqual([[2010, false]]);
  expect(said).toEqual(['Year 2010']);
});

test('the step buttons move one year and are disabled at the ends', () => {
  const { c, buttons } = control();
  const [prev, next] = buttons as [HTMLButtonElement, HTMLButtonElement];
  expect(next.disabled).toBe(true);
  prev.click();
  expect(picks).toEqual([[2010, false]]);
  c.render(YEARS, 2006);
  expect(prev.disabled).toBe(true);
  expect(next.disabled).toBe(false);
});

test('nothing plays on its own; Play steps at least four years a second from the first year when at the last, and stops on the last', () => {
  const { buttons } = control();
  const play = buttons[2]!;
  vi.advanceTimersByTime(5000);
  expect(picks).toEqual([]);
  play.click();
  expect(play.getAttribute('aria-pressed')).toBe('true');
  expect(picks).toEqual([[2006, true]]);
  vi.advanceTimersByTime(PLAY_STEP_MS * 4);
  expect(picks.map((p) => p[0])).toEqual([2006, 2007, 2008, 2010, 2013]);
  expect(play.getAttribute('aria-pressed')).toBe('false');
  expect(said.at(-1)).toBe('Stopped at 2013');
  expect(1000 / PLAY_STEP_MS).toBeGreaterThanOrEqual(4);
});

test('under reduced motion Play steps once every 1.5 s', () => {
  reduced = true;
  const { c, buttons } = control();
  c.render(YEARS, 2006);
  buttons[2]!.click();
  vi.advanceTimersByTime(REDUCED_STEP_MS - 1);
  expect(picks).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(picks).toEqual([[2007, true]]);
});

test('Pause, or the reader moving the slider, stops playing', () => {
  const { c, input, buttons } = control();
  c.render(YEARS, 2006);
  buttons[2]!.click();
  vi.advanceTimersByTime(PLAY_STEP_MS);
  input.value = '0';
  input.dispatchEvent(new Event('input'));
  expect(c.playing()).toBe(false);
  const n = picks.length;
  vi.advanceTimersByTime(PLAY_STEP_MS * 3);
  expect(picks.length).toBe(n);
});

test('render shows the state it is given and hides the control for a metric of one year', () => {
  const { c, input } = control();
  c.render(YEARS, 2008);
  expect(input.value).toBe('2');
  expect(picks).toEqual([]);
  c.render([2013], null);
  expect(c.element.hidden).toBe(true);
});
