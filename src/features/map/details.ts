/**
 * Tooltip and details panel contents, built from DOM nodes with textContent only: every string
 * here comes from the data, so nothing is ever parsed as markup. External links are checked to be
 * http(s) and open with rel="noopener noreferrer".
 */
import type { Metric } from '../../schemas/generated';
import type { MapCluster, MapData, MapLink, MapRegion } from './map-data';
import { formatValue } from './map-format';
import { statusLabel } from './map-table';

type Child = Node | string;

export function el(tag: string, className?: string, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** The status badge, same classes as src/components/StatusBadge.astro. */
export function badge(status: MapCluster['status']): HTMLElement {
  return el('span', `badge badge--${status}`, statusLabel(status));
}

/** An external link, or plain text when the URL is not http(s) (e.g. a `javascript:` value). */
export function safeLink(url: string | null, text: string): Child {
  if (!url) return text;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return text;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return text;
  const a = document.createElement('a');
  a.href = parsed.href;
  a.rel = 'noopener noreferrer';
  a.textContent = text;
  return a;
}

function row(dl: HTMLElement, term: string, ...value: Child[]): void {
  dl.append(el('dt', '', term), el('dd', '', ...value));
}

export function clusterTooltip(c: MapCluster): HTMLElement[] {
  const out = [el('strong', '', c.name), el('span', '', ` ${c.city}, ${c.country}`)];
  if (c.status === 'needs_check' || c.status === 'illustrative') out.push(document.createTextNode(' ') as unknown as HTMLElement, badge(c.status));
  return out;
}

/** The region's name and value; `when` ("2013", "2008–2013") names the year shown when there are several. */
export function regionTooltip(r: MapRegion, metric: Metric | null, when = ''): HTMLElement[] {
  const v = metric ? r.values[metric.id] ?? null : null;
  const flags = metric ? r.flags[metric.id] : undefined;
  return [el('strong', '', r.name), el('span', '', metric ? `${when ? ` (${when})` : ''}: ${formatValue(v, metric.unit, metric.decimals)}${flags ? ` (flag ${flags})` : ''}` : '')];
}

/** Partners of a cluster: declared links first (with network and evidence), then suggested ones. */
function partners(c: MapCluster, data: MapData, byId: ReadonlyMap<string, MapCluster>): HTMLElement | null {
  const mine = data.links.filter((l) => l.source === c.id || l.target === c.id);
  if (mine.length === 0) return null;
  const networks = new Map(data.networks.map((n) => [n.id, n.name]));
  const wrap = el('div', 'map-details__partners');
  for (const kind of ['declared', 'suggested'] as const) {
    const list = mine.filter((l) => l.kind === kind);
    if (list.length === 0) continue;
    wrap.append(el('h4', '', kind === 'declared' ? 'Declared partners' : 'Suggested partners (same field, not an existing partnership)'));
    const ul = el('ul');
    for (const l of list.slice(0, 12)) ul.append(el('li', '', ...partnerItem(l, c, byId, networks)));
    if (list.length > 12) ul.append(el('li', '', `and ${list.length - 12} more`));
    wrap.append(ul);
  }
  return wrap;
}

function partnerItem(l: MapLink, c: MapCluster, byId: ReadonlyMap<string, MapCluster>, networks: ReadonlyMap<string, string>): Child[] {
  const other = byId.get(l.source === c.id ? l.target : l.source);
  const name = other ? `${other.name} (${other.country})` : (l.source === c.id ? l.target : l.source);
  const via = l.networkId ? networks.get(l.networkId) ?? l.networkId : l.field;
  const out: Child[] = [name];
  if (via) out.push(` — ${via}`);
  if (l.evidence) out.push(`; ${l.evidence}`);
  return out;
}

export function clusterDetails(c: MapCluster, data: MapData, byId: ReadonlyMap<string, MapCluster>, headingId: string): HTMLElement[] {
  const dl = el('dl', 'map-details__facts');
  row(dl, 'City', `${c.city}, ${c.country}`);
  row(dl, 'Sector', c.sector);
  if (c.category) row(dl, 'Category', c.category);
  if (c.ecosystems.length) row(dl, 'Ecosystems', c.ecosystems.join(', '));
  row(dl, 'Members', c.members === null ? 'not known' : `${c.members.toLocaleString('en')}${c.sizeYear === null ? '' : ` (${c.sizeYear})`}`);
  if (c.website) row(dl, 'Website', safeLink(c.website, c.website));
  row(dl, 'Status', badge(c.status));
  // The page each row was checked against is linked from the cluster's own page (linked below the
  // panel): 305 source URLs were a fifth of the map's default data (≈ 12 KiB brotli).
  row(dl, 'Source', `${c.source}. The page it was checked against is linked on the cluster’s page.`);
  const h = el('h3', 'map-details__title', c.name);
  h.id = headingId;
  const out = [h, dl];
  const p = partners(c, data, byId);
  if (p) out.push(p);
  return out;
}

export function regionDetails(r: MapRegion, metrics: readonly Metric[], headingId: string): HTMLElement[] {
  const h = el('h3', 'map-details__title', r.name);
  h.id = headingId;
  const dl = el('dl', 'map-details__facts');
  row(dl, 'Code', r.id);
  for (const m of metrics) {
    const v = r.values[m.id] ?? null;
    const bits = [formatValue(v, m.unit, m.decimals)];
    if (r.periods[m.id]) bits.push(`(${r.periods[m.id]})`);
    if (r.flags[m.id]) bits.push(`flag ${r.flags[m.id]}`);
    row(dl, m.label, `${bits.join(' ')} — `, safeLink(m.sourceUrl, m.source), m.vintage ? `, ${m.vintage}` : '');
  }
  return [h, dl];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A legend key like Swatch.astro draws on the server: a filled box, hatched for "no data". */
export function swatch(color: string, noData: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of [['class', 'map-legend__key'], ['width', '18'], ['height', '14'], ['viewBox', '0 0 18 14'], ['aria-hidden', 'true'], ['focusable', 'false']]) svg.setAttribute(k!, v!);
  const rect = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of [['x', '1'], ['y', '1'], ['width', '16'], ['height', '12'], ['fill', color], ['stroke', '#8a8a8a'], ['stroke-width', '0.5']]) rect.setAttribute(k!, v!);
  svg.append(rect);
  if (noData) {
    const hatch = document.createElementNS(SVG_NS, 'path');
    for (const [k, v] of [['d', 'M1 9l8-8M5 13l12-12M13 13l4-4'], ['stroke', '#8c8c8c'], ['stroke-width', '1.5']]) hatch.setAttribute(k!, v!);
    svg.append(hatch);
  }
  return svg;
}
