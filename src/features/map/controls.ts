/**
 * The reader's controls (server-rendered in MapFigure.astro, hidden until the map runs): the
 * toolbar's metric menu and search, the Filters drawer (layers, link kinds, filters), and the
 * buttons on the map (reset, full screen, outermost-region insets). Each control writes to the
 * store or moves the camera; `render` reflects the state back (Back/Forward, URL restore).
 */
import type { MapContext } from './context';
import { el } from './details';
import type { UiState } from './store';

type ListKey = 'ecosystems' | 'categories' | 'countries' | 'layers' | 'links';

export interface ControlHooks {
  reset(): void;
  jumpTo(bounds: [[number, number], [number, number]]): void;
  select(id: string): void;
}

const MAX_RESULTS = 8;

/** Full screen: the figure covers the window (an embed: its frame); Escape or the button leaves. */
function wireFullscreen(ctx: MapContext): void {
  const button = ctx.$<HTMLButtonElement>('.map-ctl__fullscreen');
  if (!button) return;
  const set = (on: boolean) => {
    ctx.root.classList.toggle('is-fullscreen', on);
    document.documentElement.classList.toggle('has-fullscreen-map', on);
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? 'Exit full screen' : 'Full screen';
    ctx.map.resize();
  };
  button.addEventListener('click', () => set(!ctx.root.classList.contains('is-fullscreen')));
  ctx.root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && ctx.root.classList.contains('is-fullscreen')) set(false);
  });
}

/** The drawer closes on Escape and on a click outside it, like a menu (it covers part of the map). */
function wireDrawer(root: HTMLElement): void {
  const drawer = root.querySelector<HTMLDetailsElement>('details.map-drawer');
  if (!drawer) return;
  document.addEventListener('pointerdown', (e) => {
    if (drawer.open && !drawer.contains(e.target as Node)) drawer.open = false;
  });
  drawer.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !drawer.open) return;
    drawer.open = false;
    drawer.querySelector<HTMLElement>('summary')?.focus();
  });
}

export function wireControls(ctx: MapContext, hooks: ControlHooks): (s: UiState) => void {
  const { root, store } = ctx;
  wireDrawer(root);
  const clusters = ctx.data.clusters;
  const q = <T extends Element>(sel: string) => [...root.querySelectorAll<T>(sel)];
  wireFullscreen(ctx);

  // Checkbox groups hold the state's lists as they are: for layers and link kinds a box is "shown";
  // for filters a box is "only these", and no box ticked means no filter (everything shown).
  for (const box of q<HTMLInputElement>('input[type=checkbox][data-list]')) {
    box.addEventListener('change', () => {
      const key = box.dataset['list'] as ListKey;
      const on = q<HTMLInputElement>(`input[type=checkbox][data-list="${key}"]`).filter((b) => b.checked).map((b) => b.value);
      store.update({ [key]: on } as Partial<UiState>, 'user');
    });
  }
  for (const button of q<HTMLButtonElement>('button[data-all]')) {
    button.addEventListener('click', () => store.update({ [button.dataset['all'] as ListKey]: [] } as Partial<UiState>, 'user'));
  }
  const metric = root.querySelector<HTMLSelectElement>('select[name=metric]');
  metric?.addEventListener('change', () => store.update({ metric: metric.value }, 'user'));
  root.querySelector('.map-ctl__reset')?.addEventListener('click', () => hooks.reset());
  for (const b of q<HTMLButtonElement>('button[data-bounds]')) {
    b.addEventListener('click', () => hooks.jumpTo(JSON.parse(b.dataset['bounds'] ?? '[[0,0],[0,0]]') as [[number, number], [number, number]]));
  }

  // Search: a list of buttons under the field; Enter picks the first match.
  const input = root.querySelector<HTMLInputElement>('.map-search input');
  const results = root.querySelector<HTMLElement>('.map-search__results');
  const status = root.querySelector<HTMLElement>('.map-search__status');
  const matches = (text: string) => {
    const t = text.trim().toLowerCase();
    if (t.length < 2) return [];
    return clusters.filter((c) => c.name.toLowerCase().includes(t) || c.city.toLowerCase().includes(t)).slice(0, MAX_RESULTS);
  };
  input?.addEventListener('input', () => {
    const found = matches(input.value);
    results?.replaceChildren(...found.map((c) => {
      const b = el('button', 'map-search__result', c.name, el('span', 'map-search__where', ` ${c.city}, ${c.country}`)) as HTMLButtonElement;
      b.type = 'button';
      b.addEventListener('click', () => {
        // The list closes on a choice (it would cover the map and the details).
        results?.replaceChildren();
        if (status) status.textContent = `Selected ${c.name}.`;
        hooks.select(c.id);
      });
      return el('li', '', b);
    }));
    if (status) status.textContent = input.value.trim().length < 2 ? '' : `${found.length === MAX_RESULTS ? `${MAX_RESULTS}+` : found.length} matching clusters`;
  });
  input?.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const first = matches(input.value)[0];
    if (!first) return;
    results?.replaceChildren();
    hooks.select(first.id);
  });

  return (s: UiState) => {
    for (const box of q<HTMLInputElement>('input[type=checkbox][data-list]')) {
      box.checked = s[box.dataset['list'] as ListKey].includes(box.value);
    }
    const active = s.ecosystems.length + s.categories.length + s.countries.length;
    for (const d of q<HTMLElement>('[data-filter-count]')) d.textContent = active > 0 ? `(${active})` : '';
    for (const d of q<HTMLElement>('[data-filter-state]')) {
      const key = d.dataset['filterState'] as ListKey;
      const n = s[key].length;
      d.textContent = n === 0 ? 'all' : `${n} selected`;
    }
    if (metric && s.metric) metric.value = s.metric;
    for (const key of ['regions', 'links'] as const) {
      // Controls that only matter for a visible layer are disabled when it is off.
      for (const c of q<HTMLInputElement | HTMLSelectElement>(`[data-needs-layer="${key}"]`)) c.disabled = !s.layers.includes(key);
    }
  };
}
