import { describe, expect, it } from 'vitest';
import { countText, coverageByCountry, sizeCoverage, sizeText } from '../../src/lib/cluster-size.ts';

const none = { members: null, membersFirms: null, employees: null, sizeYear: null };

describe('cluster-size', () => {
  it('sizeText(c) is null when no count is known', () => {
    expect(sizeText(none)).toBeNull();
  });

  it('sizeText(c) names members, firms among them, employees and the year the counts refer to', () => {
    expect(sizeText({ ...none, members: 600, sizeYear: 2023 })).toBe('600 members (2023)');
    expect(sizeText({ members: 1200, membersFirms: 950, employees: 40000, sizeYear: 2021 })).toBe('1,200 members, 950 of them firms; 40,000 employees in member firms (2021)');
    expect(sizeText({ ...none, membersFirms: 1, sizeYear: 2020 })).toBe('1 member firm (2020)');
    expect(sizeText({ ...none, members: 1, sizeYear: 2020 })).toBe('1 member (2020)');
  });

  it('sizeCoverage counts only rows with a member count (0 is a count)', () => {
    expect(sizeCoverage([{ members: 10 }, { members: null }, { members: 0 }])).toEqual({ withMembers: 2, total: 3 });
  });
});

describe('coverageByCountry', () => {
  it('gives every country a row, zero where the list has none, with counts of sized and unchecked rows', () => {
    const clusters = [
      { country: 'FR', members: 10, status: 'compiled' as const },
      { country: 'FR', members: null, status: 'needs_check' as const },
      { country: 'DE', members: null, status: 'compiled' as const },
    ];
    expect(coverageByCountry(clusters, [{ id: 'CY', name: 'Cyprus' }, { id: 'FR', name: 'France' }])).toEqual([
      { id: 'CY', name: 'Cyprus', total: 0, withMembers: 0, needsCheck: 0 },
      { id: 'FR', name: 'France', total: 2, withMembers: 1, needsCheck: 1 },
    ]);
  });

  it('countText reads zero as "none in this list", never "0 organisations"', () => {
    expect([0, 1, 40].map((n) => countText(n))).toEqual(['none in this list', '1 organisation', '40 organisations']);
  });
});
