/**
 * The only script a map page loads up front (about a kilobyte): it makes the tables sortable and
 * loads the live map (MapLibre and the map client) when a map comes near the viewport. A figure
 * with `data-start="interaction"` (an embed in someone else's article) keeps its picture until
 * the reader touches, clicks, scrolls over or tabs into it, as lite embeds do: the host page pays
 * for MapLibre only when its reader wants the map.
 */
import { enableSorting } from './table';

const roots = [...document.querySelectorAll<HTMLElement>('[data-map]')];
for (const root of roots) {
  const table = root.querySelector<HTMLTableElement>('.map-table');
  if (table) enableSorting(table);
  // "Skip to the map" lands on the live canvas when there is one (the frame otherwise).
  const frame = root.querySelector<HTMLElement>('.map__frame');
  document.querySelector(`a.map__skip[href="#${frame?.id ?? ''}"]`)?.addEventListener('click', (e) => {
    const canvas = root.querySelector<HTMLElement>('.maplibregl-canvas');
    if (!canvas) return;
    e.preventDefault();
    canvas.focus();
  });
}

// Paper shows every legend and table, folded or not.
window.addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('.map details.map__legend, .map details.map-regions')) d.open = true;
});

function start(root: HTMLElement): void {
  if (root.dataset['mapState'] !== 'static') return;
  root.dataset['mapState'] = 'loading';
  // MapLibre is requested with the client, not once the client has arrived and run (boot.ts
  // imports it again and gets this module): one round of fetch and compile less before the map.
  void import('maplibre-gl').catch(() => undefined);
  import('./client')
    .then((m) => m.startMap(root, roots.length === 1))
    .catch((err: unknown) => {
      root.dataset['mapState'] = 'error';
      const msg = root.querySelector<HTMLElement>('.map__message');
      if (msg) {
        msg.hidden = false;
        msg.textContent = 'The interactive map could not be loaded. The summary, the table and the picture still show its data.';
      }
      console.warn('map: client failed to load', err);
    });
}

const FIRST_TOUCH = ['pointerdown', 'focusin', 'wheel', 'keydown'] as const;

function startOnInteraction(root: HTMLElement): void {
  const go = () => {
    for (const type of FIRST_TOUCH) root.removeEventListener(type, go);
    root.querySelector('.map__start')?.remove();
    start(root);
  };
  for (const type of FIRST_TOUCH) root.addEventListener(type, go, { passive: true });
  root.querySelector('.map__start')?.addEventListener('click', go);
}

const byView = roots.filter((r) => r.dataset['start'] !== 'interaction');
roots.filter((r) => r.dataset['start'] === 'interaction').forEach(startOnInteraction);
if ('IntersectionObserver' in window) {
  // 200 px ahead of the viewport: the map is usually ready when the reader reaches it.
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      io.unobserve(e.target);
      const root = (e.target as HTMLElement).closest<HTMLElement>('[data-map]');
      if (root) start(root);
    }
  }, { rootMargin: '200px 0px' });
  for (const root of byView) io.observe(root.querySelector('.map__frame') ?? root);
} else {
  byView.forEach(start);
}
