/**
 * The year control of a map whose metric has several years: a native range input over the years
 * (so Home, End, the arrows and Page Up/Down work as every browser and screen reader knows them),
 * step buttons either side, and Play/Pause. Nothing plays on its own. Play steps five years a
 * second; with prefers-reduced-motion it steps once every 1.5 s instead, and never animates.
 *
 * The slider runs over the indices of the years (they need not be consecutive: 1999, 2003, 2008);
 * `aria-valuetext` gives the year itself. The control only reports picks; the store decides, and
 * `render` shows whatever the state says (a link, Back/Forward, Reset).
 */
import { el } from './details';

/** Play speed in ms per year: five years a second, above the floor of four with room for timer slack. */
export const PLAY_STEP_MS = 200;
/** Under prefers-reduced-motion: slow enough to read each map before the next replaces it. */
export const REDUCED_STEP_MS = 1500;

export interface YearControlHooks {
  /** The reader chose a year (slider, a step button, or a step of Play). */
  pick(year: number, playing: boolean): void;
  /** Text for the map's live region. */
  announce(text: string): void;
  reducedMotion(): boolean;
}

export interface YearControl {
  readonly element: HTMLElement;
  /** Show `year` of `years` (null or fewer than two years hides the control). */
  render(years: readonly number[], year: number | null, disabled?: boolean): void;
  /** Stop playing (e.g. the reader switched metric). */
  stop(): void;
  readonly playing: () => boolean;
}

function button(className: string, text: string, label?: string): HTMLButtonElement {
  const b = el('button', `button button--ghost ${className}`, text) as HTMLButtonElement;
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  return b;
}

export function createYearControl(id: string, hooks: YearControlHooks): YearControl {
  const label = el('span', 'map-year__label', 'Year');
  label.id = `${id}-year-label`;
  const input = document.createElement('input');
  input.type = 'range';
  input.className = 'map-year__input';
  input.id = `${id}-year`;
  input.min = '0';
  input.step = '1';
  input.setAttribute('aria-labelledby', label.id);
  const prev = button('map-year__step', '‹', 'Previous year');
  const next = button('map-year__step', '›', 'Next year');
  const value = el('output', 'map-year__value');
  value.setAttribute('for', input.id);
  value.setAttribute('aria-hidden', 'true'); // the slider's valuetext says it already
  const play = button('map-year__play', 'Play');
  play.setAttribute('aria-pressed', 'false');
  const element = el('div', 'map-year', label, prev, input, next, value, play);
  element.setAttribute('role', 'group');
  element.setAttribute('aria-labelledby', label.id);
  element.hidden = true;

  let years: readonly number[] = [];
  let index = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const show = (i: number) => {
    index = Math.max(0, Math.min(years.length - 1, i));
    const year = years[index];
    input.value = String(index);
    input.setAttribute('aria-valuetext', String(year ?? ''));
    value.textContent = String(year ?? '');
    prev.disabled = index === 0 || input.disabled;
    next.disabled = index === years.length - 1 || input.disabled;
  };
  const choose = (i: number, playing: boolean) => {
    const before = index;
    show(i);
    if (index === before && !playing) return;
    hooks.pick(years[index]!, playing);
    if (!playing) hooks.announce(`Year ${years[index]}`);
  };
  const stop = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
    hooks.announce(`Stopped at ${years[index]}`);
  };
  const tick = () => {
    choose(index + 1, true);
    // Stop on reaching the last year (not one interval later): the last map stays, Play is offered again.
    if (index >= years.length - 1) stop();
    else timer = setTimeout(tick, hooks.reducedMotion() ? REDUCED_STEP_MS : PLAY_STEP_MS);
  };
  const start = () => {
    // From the last year, Play starts over at the first.
    if (index >= years.length - 1) choose(0, true);
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    hooks.announce(`Playing from ${years[index]}`);
    timer = setTimeout(tick, hooks.reducedMotion() ? REDUCED_STEP_MS : PLAY_STEP_MS);
  };

  input.addEventListener('input', () => {
    stop();
    choose(Number(input.value), false);
  });
  prev.addEventListener('click', () => {
    stop();
    choose(index - 1, false);
  });
  next.addEventListener('click', () => {
    stop();
    choose(index + 1, false);
  });
  play.addEventListener('click', () => (timer === null ? start() : stop()));

  return {
    element,
    render(ys, year, disabled = false) {
      const same = ys.length === years.length && ys.every((y, i) => y === years[i]);
      years = ys;
      element.hidden = ys.length < 2;
      if (!same) {
        input.max = String(Math.max(0, ys.length - 1));
        stop();
      }
      input.disabled = disabled;
      play.disabled = disabled;
      if (disabled) stop();
      const i = year === null ? ys.length - 1 : ys.indexOf(year);
      show(i < 0 ? ys.length - 1 : i);
    },
    stop,
    playing: () => timer !== null,
  };
}
