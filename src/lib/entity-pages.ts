/**
 * What the cluster pages (/clusters/<id>/) and region pages (/regions/<id>/) show, derived from
 * the generated data. Pure: data in, page facts out (the .astro pages only lay them out).
 */
import type { Cluster, Link, Network, Region } from '../schemas/generated';
import type { Bounds, View } from '../schemas/view';

/** A partner of a cluster through one link. */
export interface Partner {
  readonly cluster: Cluster;
  readonly link: Link;
  /** Network name for a declared link through a network. */
  readonly network: string | null;
}

/** Declared partners (evidence-backed) and suggested ones (same field, another country), sorted by name. */
export function partnersOf(cluster: Cluster, links: readonly Link[], clusters: readonly Cluster[], networks: readonly Network[]) {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const networkName = new Map(networks.map((n) => [n.id, n.name]));
  const partners = (kind: Link['kind']): Partner[] => {
    const seen = new Set<string>();
    const out: Partner[] = [];
    for (const link of links) {
      if (link.kind !== kind || (link.source !== cluster.id && link.target !== cluster.id)) continue;
      const other = byId.get(link.source === cluster.id ? link.target : link.source);
      if (!other || seen.has(`${other.id}|${link.networkId ?? ''}`)) continue;
      seen.add(`${other.id}|${link.networkId ?? ''}`);
      out.push({ cluster: other, link, network: link.networkId ? (networkName.get(link.networkId) ?? link.networkId) : null });
    }
    return out.sort((a, b) => a.cluster.name.localeCompare(b.cluster.name, 'en') || a.cluster.id.localeCompare(b.cluster.id));
  };
  return { declared: partners('declared'), suggested: partners('suggested') };
}

/** Clusters located in a region: by country code (level 0) or NUTS-2 code (level 2), sorted by name. */
export function clustersIn(region: Pick<Region, 'id' | 'level'>, clusters: readonly Cluster[]): Cluster[] {
  return clusters
    .filter((c) => (region.level === 0 ? c.country === region.id : c.nuts2 === region.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}

/** A chapter as the mention finder needs it. */
export interface ChapterText {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Chapters whose text names one of `terms` as a whole word (case-sensitive: "Lombardia", "FRK2").
 * Terms shorter than 3 characters are ignored: two-letter codes ("FR", "DE") match ordinary words.
 */
export function chaptersMentioning(chapters: readonly ChapterText[], terms: readonly string[]): ChapterText[] {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 3))];
  if (usable.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return chapters.filter((c) => pattern.test(c.body));
}

/**
 * Extent for a locator picture: `bounds` padded by `pad` degrees (at least `min` degrees across,
 * so a small region keeps its neighbours for context), clamped to the world.
 */
export function paddedExtent([[w, s], [e, n]]: Bounds, pad: number, min: { lon: number; lat: number } = { lon: 10, lat: 6 }): Bounds {
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const halfLon = Math.max((e - w) / 2 + pad, min.lon / 2);
  const halfLat = Math.max((n - s) / 2 + pad, min.lat / 2);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [[clamp(cx - halfLon, -180, 179), clamp(cy - halfLat, -89, 89)], [clamp(cx + halfLon, -179, 180), clamp(cy + halfLat, -89, 89)]];
}

/** The first view that can show a selection of this kind (clusters layer, or regions at this level). */
export function viewFor(views: readonly View[], selection: { kind: 'cluster' } | { kind: 'region'; level: 0 | 2 }, prefer?: string): View | undefined {
  const fits = (v: View) => (selection.kind === 'cluster' ? v.layers.includes('clusters') : v.layers.includes('regions') && v.regionLevel === selection.level);
  return views.find((v) => v.id === prefer && fits(v)) ?? views.find(fits);
}

/**
 * The URL if it is an absolute http(s) address, else null. The pipeline validates URLs already;
 * this second check keeps a `javascript:` or `data:` value out of an href should one ever slip through.
 */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A page title short enough for search results: " · Cluster Atlas" (16 characters) is appended and
 * titles over 70 characters are cut by search engines (and flagged by html-validate), so names over
 * `max` use the short name, or are cut at a word boundary with "…". The h1 keeps the full name.
 * html-validate counts the title as written, entities included (`&amp;` is 5), hence 50, not 54.
 */
export function shortTitle(name: string, shortName: string | null, max = 50): string {
  if (name.length <= max) return name;
  if (shortName && shortName.length <= max) return shortName;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const wholeWord = name.charAt(max - 1) === ' ' || space <= max / 2;
  return `${(wholeWord ? cut : cut.slice(0, space)).replace(/[\s,;:–—-]+$/, '')}…`;
}
