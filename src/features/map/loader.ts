/**
 * The only script a map page loads up front (a few hundred bytes): it makes the tables sortable
 * and loads the live map (MapLibre and the map client) when a map comes near the viewport.
 */
import { enableSorting } from './table';

const roots = [...document.querySelectorAll<HTMLElement>('[data-map]')];
for (const root of roots) {
  const table = root.querySelector<HTMLTableElement>('.map-table');
  if (table) enableSorting(table);
}

function start(root: HTMLElement): void {
  root.dataset['mapState'] = 'loading';
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
  for (const root of roots) io.observe(root.querySelector('.map__frame') ?? root);
} else {
  roots.forEach(start);
}
