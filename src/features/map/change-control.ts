/**
 * "Change from one year to another": a switch and two year menus, offered for every metric with
 * two or more years. While it is on, the map shows the change (change-metric.ts) and the year
 * slider rests. Like every control it only reports what the reader chose; `render` shows the state.
 */
import type { YearRange } from '../url-state/time-params';
import { el } from './details';

export interface ChangeControl {
  readonly element: HTMLElement;
  render(years: readonly number[], change: YearRange | null): void;
}

/** The range a reader gets on first switching the change map on: the first year to the last. */
export const firstRange = (years: readonly number[]): YearRange => ({ from: years[0]!, to: years[years.length - 1]! });

function yearSelect(id: string, text: string): { label: HTMLElement; select: HTMLSelectElement } {
  const select = document.createElement('select');
  select.id = id;
  select.className = 'map-change__year';
  const label = el('label', 'map-change__pick', text);
  label.setAttribute('for', id);
  return { label, select };
}

export function createChangeControl(id: string, pick: (change: YearRange | null) => void): ChangeControl {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `${id}-change`;
  const toggle = el('label', 'map-change__toggle', box, ' Change between two years');
  toggle.setAttribute('for', box.id);
  const from = yearSelect(`${id}-change-from`, 'from');
  const to = yearSelect(`${id}-change-to`, 'to');
  const element = el('div', 'map-change', toggle, from.label, from.select, to.label, to.select);
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', 'Change map');
  element.hidden = true;
  let years: readonly number[] = [];

  const chosen = (): YearRange | null => {
    if (!box.checked) return null;
    const [a, b] = [Number(from.select.value), Number(to.select.value)];
    if (a === b) return null;
    return { from: Math.min(a, b), to: Math.max(a, b) };
  };
  box.addEventListener('change', () => pick(box.checked ? firstRange(years) : null));
  for (const s of [from.select, to.select]) {
    s.addEventListener('change', () => {
      // Picking the same year twice would leave no change to show: move the other end.
      if (from.select.value === to.select.value) {
        const other = s === from.select ? to.select : from.select;
        const i = years.indexOf(Number(s.value));
        other.value = String(years[s === from.select ? Math.min(i + 1, years.length - 1) : Math.max(i - 1, 0)]);
        if (other.value === s.value) other.value = String(years[s === from.select ? i - 1 : i + 1]);
      }
      pick(chosen());
    });
  }

  return {
    element,
    render(ys, change) {
      if (ys.join() !== years.join()) {
        const opts = (sel: HTMLSelectElement) => sel.replaceChildren(...ys.map((y) => Object.assign(document.createElement('option'), { value: String(y), textContent: String(y) })));
        opts(from.select);
        opts(to.select);
      }
      years = ys;
      element.hidden = ys.length < 2;
      box.checked = change !== null;
      const range = change ?? (ys.length >= 2 ? firstRange(ys) : null);
      if (range) {
        from.select.value = String(range.from);
        to.select.value = String(range.to);
      }
      from.select.disabled = change === null;
      to.select.disabled = change === null;
    },
  };
}
