import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';
import { readSources } from '../../scripts/lib/sources.ts';

const read = (text: string) => {
  const problems: Problem[] = [];
  const result = readSources(parseCsv('sources.csv', text).table, problems);
  return { ...result, problems: problems.map(formatProblem) };
};

describe('readSources', () => {
  it('takes the newest vintage and sorts sources by id', () => {
    const r = read('source_id,name,licence,attribution,vintage,url\nb,B,L,A,2021-01-01,\na,A,L,A,2025-06-30,https://example.org\nc,C,L,A,,\n');
    expect(r.vintage).toBe('2025-06-30');
    expect(r.list.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(r.problems).toEqual([]);
  });
  it('rejects a vintage that is not an ISO date and a file without any vintage', () => {
    expect(read('source_id,name,licence,attribution,vintage\na,A,L,A,30/06/2025\n').problems).toEqual([
      'sources.csv:2:9 — found "30/06/2025", expected an ISO date such as 2025-11-01',
      'sources.csv:1:1 — found no row with a vintage, expected at least one source with an ISO date in `vintage`',
    ]);
  });
});
