import { describe, expect, it } from 'vitest';
import { checkDeepLink, mapLinkTarget } from '../../src/lib/deep-link-check';
import { createMigrations } from '../../src/features/url-state/url-migrations';
import type { UrlContext } from '../../src/features/url-state/url-state';
import contextFixture from '../fixtures/url-state/context.json';

const fixture: UrlContext = contextFixture;
const contextFor = (view: string): UrlContext | null => (view === '' ? fixture : fixture.views.some((v) => v.id === view) ? { ...fixture, view } : null);

describe('mapLinkTarget', () => {
  it.each([
    ['/maps/overview/?sel=cluster:x#map', '/', { section: 'maps', view: 'overview', search: '?sel=cluster:x', trailingSlash: true }],
    ['/atlas/embed/crisis/', '/atlas/', { section: 'embed', view: 'crisis', search: '', trailingSlash: true }],
    ['/maps/crisis?x=1', '/', { section: 'maps', view: 'crisis', search: '?x=1', trailingSlash: false }],
  ] as const)('reads %s under base %s', (href, base, expected) => {
    expect(mapLinkTarget(href, base)).toEqual(expected);
  });

  it.each(['/chapters/x/', 'maps/overview/', 'https://other.example/maps/overview/', '/maps/overview/extra/', 'mailto:a@b'])('is null for %s', (href) => {
    expect(mapLinkTarget(href, '/')).toBeNull();
  });
});

describe('checkDeepLink', () => {
  const target = (search: string, view = 'overview') => ({ section: 'maps' as const, view, search, trailingSlash: true });

  it('accepts a canonical link', () => {
    expect(checkDeepLink(target('?sel=cluster:minalogic&country=DE,FR'), contextFor)).toEqual([]);
  });

  it('reports duplicates once, by name', () => {
    expect(checkDeepLink(target('?country=FR&country=DE'), contextFor)).toEqual(['parameter “country” is given more than once']);
  });

  it('asks for the current id when a retired one is used', () => {
    const migrations = createMigrations([], { cluster: [['old-minalogic', 'minalogic']] });
    expect(checkDeepLink(target('?sel=cluster:old-minalogic'), contextFor, migrations)).toEqual(['cluster id “old-minalogic” is retired; write “minalogic”']);
  });
});
