import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeClusters, readClusters } from '../../scripts/lib/clusters.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { buildGazetteer } from '../../scripts/lib/gazetteer.ts';
import { indexRegions, readTopoLayer } from '../../scripts/lib/geo.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';

const regions = indexRegions(readTopoLayer('n', readFileSync('data/geo/nuts2.topo.json', 'utf8'), 'nuts2', [])!.shapes);
const gazetteer = buildGazetteer([
  { name: 'Dresden', lat: '51.05089', lng: '13.73832', country: 'DE', admin1: '13' },
  { name: 'Århus', lat: '56.15674', lng: '10.21076', country: 'DK', admin1: '82' },
]);
const HEADER = 'id,name,city,country,nuts2,lat,lon,gazetteer_name,cluster_category,industrial_ecosystem,website,founded_year,status,source,sector_label,source_url,members_total,members_firms,employees,size_year,size_source_url';

function place(rows: string) {
  const problems: Problem[] = [];
  // Rows may end at sector_label: the page is then https://s.example/ and the size columns are empty.
  const full = rows.trim().split('\n').map((r) => (r.split(',').length === 21 ? r : `${r},https://s.example/,,,,,`)).join('\n');
  const parsed = parseCsv('c.csv', `${HEADER}\n${full}\n`);
  problems.push(...parsed.problems);
  const read = readClusters(parsed.table, problems);
  const placed = placeClusters(read, () => gazetteer, regions, problems);
  return { placed, problems: problems.map(formatProblem) };
}

describe('clusters', () => {
  it('geocodes a city, uses a gazetteer alias and derives the NUTS-2 region', () => {
    const { placed, problems } = place('b,B,Dresden,DE,,,,,Automotive|Plastics,Digital,https://b.example/,2001,compiled,s,x\na,A,Aarhus,DK,,,,Århus,,,,,needs_check,s,x\n');
    expect(problems).toEqual([]);
    expect(placed.map((c) => [c.id, c.nuts2, c.lat, c.lon, c.categories])).toEqual([
      ['a', 'DK04', 56.1567, 10.2108, []],
      ['b', 'DED2', 51.0509, 13.7383, ['Automotive', 'Plastics']],
    ]);
    expect(placed[1]).toMatchObject({ website: 'https://b.example/', founded: 2001, status: 'compiled', ecosystems: ['Digital'] });
  });

  it('keeps given coordinates (rounded) and a given NUTS-2 code of the same country', () => {
    const { placed } = place('a,A,Somewhere,DE,DED4,51.123456,13.654321,,,,,,compiled,s,x\n');
    expect(placed[0]).toMatchObject({ lat: 51.1235, lon: 13.6543, nuts2: 'DED4' });
  });

  it('reports only one of lat/lon, an unknown category and ecosystem, and a malformed id', () => {
    expect(place('A_1,A,Dresden,DE,,51,,,Rockets,Space,,,compiled,s,x\n').problems).toEqual([
      'c.csv:2:1 — found "A_1", expected a lower-case slug such as `aerospace-valley` (a–z, 0–9, single hyphens)',
      'c.csv:2:22 — found only one of lat/lon, expected both lat and lon, or neither (then the city is geocoded)',
      'c.csv:2:24 — found "Rockets", expected one of the 51 EOCIC cluster categories (see data/README.md)',
      'c.csv:2:32 — found "Space", expected one of the 14 EU industrial ecosystems (see data/README.md)',
    ]);
  });

  it("names the country a point falls in when it is not the row's country", () => {
    // Dresden's coordinates on a row that says Poland.
    expect(place('a,A,Dresden,PL,,51.0509,13.7383,,,,,,compiled,s,x\n').problems).toEqual([
      'c.csv:2:17 — found lat 51.0509, lon 13.7383, which lies in DE (DED2), expected a point inside Poland',
    ]);
  });

  it('keeps a member count with its firms, employees, year and the page that states it', () => {
    const { placed, problems } = place('a,A,Dresden,DE,,,,,,,,2000,compiled,s,x,https://s.example/,500,450,60000,2024,https://s.example/members\n');
    expect(problems).toEqual([]);
    expect(placed[0]).toMatchObject({ members: 500, membersFirms: 450, employees: 60000, sizeYear: 2024, sizeSourceUrl: 'https://s.example/members', sourceUrl: 'https://s.example/' });
  });

  it('reads a row without counts as size unknown: every size field null', () => {
    const { placed } = place('a,A,Dresden,DE,,,,,,,,,compiled,s,x\n');
    expect(placed[0]).toMatchObject({ members: null, membersFirms: null, employees: null, sizeYear: null, sizeSourceUrl: null });
  });
});
