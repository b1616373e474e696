import { describe, expect, it } from 'vitest';
import { chaptersMentioning, clustersIn, httpUrl, paddedExtent, partnersOf, shortTitle, viewFor } from '../../src/lib/entity-pages';
import { views } from '../../src/data/views';
import { cluster, link, network, region } from '../support/atlas-rows';

const clusters = [cluster('minalogic', { name: 'Minalogic' }), cluster('bbb', { name: 'Bbb', country: 'DE', nuts2: 'DE21' }), cluster('aaa', { name: 'Aaa', country: 'DE', nuts2: 'DE21' })];

describe('partnersOf', () => {
  it('splits declared and suggested partners, names the network, sorts by name and drops duplicates', () => {
    const links = [
      link('L1', 'minalogic', 'bbb', { networkId: 'se' }),
      link('L2', 'aaa', 'minalogic', { networkId: 'se' }),
      link('L3', 'minalogic', 'bbb', { networkId: 'se' }),
      link('s:aaa:minalogic', 'aaa', 'minalogic', { kind: 'suggested' }),
      link('L9', 'aaa', 'bbb'),
    ];
    const p = partnersOf(clusters[0]!, links, clusters, [network('se', { name: 'Silicon Europe' })]);
    expect(p.declared.map((x) => [x.cluster.id, x.network])).toEqual([['aaa', 'Silicon Europe'], ['bbb', 'Silicon Europe']]);
    expect(p.suggested.map((x) => x.cluster.id)).toEqual(['aaa']);
  });
});

describe('clustersIn', () => {
  it('finds clusters by country code at level 0 and by NUTS-2 code at level 2', () => {
    expect(clustersIn(region('DE'), clusters).map((c) => c.id)).toEqual(['aaa', 'bbb']);
    expect(clustersIn(region('FRK2'), clusters).map((c) => c.id)).toEqual(['minalogic']);
  });

});

describe('chaptersMentioning', () => {
  const chapters = [
    { id: 'a', title: 'A', body: 'Clusters in Rhône-Alpes such as Minalogic.' },
    { id: 'b', title: 'B', body: 'The FRK2 region and FR in general; Minalogical is not a name.' },
  ];
  it('matches whole words and ignores codes shorter than three characters', () => {
    expect(chaptersMentioning(chapters, ['Minalogic']).map((c) => c.id)).toEqual(['a']);
    expect(chaptersMentioning(chapters, ['FRK2', 'FR']).map((c) => c.id)).toEqual(['b']);
    expect(chaptersMentioning(chapters, ['FR'])).toEqual([]);
  });

  it('treats names as text, not patterns', () => {
    expect(chaptersMentioning(chapters, ['Rhône-Alpes (x'])).toEqual([]);
  });
});

describe('paddedExtent', () => {
  it('grows a point to the minimum size and clamps to the world', () => {
    expect(paddedExtent([[5, 45], [5, 45]], 0, { lon: 10, lat: 6 })).toEqual([[0, 42], [10, 48]]);
    expect(paddedExtent([[178, 88], [179, 89]], 1)).toEqual([[173.5, 85.5], [180, 89]]);
  });
});

describe('viewFor', () => {
  it('prefers the named view when it can show the selection', () => {
    expect(viewFor(views, { kind: 'cluster' }, 'cooperation')?.id).toBe('cooperation');
    expect(viewFor(views, { kind: 'region', level: 2 }, 'cooperation')?.regionLevel).toBe(2);
  });
});

describe('httpUrl', () => {
  it.each([
    ['https://www.minalogic.com', 'https://www.minalogic.com/'],
    [' http://a.example/x ', 'http://a.example/x'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['www.minalogic.com', null],
    [null, null],
  ])('keeps %j as %j', (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });
});

describe('shortTitle', () => {
  it('keeps a name that fits, else uses the short name, else cuts at a word with an ellipsis', () => {
    expect(shortTitle('Minalogic', null)).toBe('Minalogic');
    expect(shortTitle('BioM Biotech Cluster Development (Munich Biotech Cluster)', 'BioM')).toBe('BioM');
    const cut = shortTitle('GAIA – Cluster of Knowledge and Technology Industries of the Basque Country', null);
    expect(cut).toBe('GAIA – Cluster of Knowledge and Technology…');
    // 54 characters with an ampersand: as written in the page (&amp;) the full title would pass 70.
    const amp = 'Center for Transportation & Logistics Neuer Adler e.V.';
    expect(`${shortTitle(amp, null).replace(/&/g, '&amp;')} · Cluster Atlas`.length).toBeLessThanOrEqual(70);
    expect(cut.length).toBeLessThanOrEqual(54);
  });
});
