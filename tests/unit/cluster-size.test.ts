import { describe, expect, it } from 'vitest';
import { coverageText, sizeCoverage, sizeText } from '../../src/lib/cluster-size.ts';

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

  it('sizeCoverage counts only rows with a member count, and coverageText says "known for N of M"', () => {
    const cov = sizeCoverage([{ members: 10 }, { members: null }, { members: 0 }]);
    expect(cov).toEqual({ withMembers: 2, total: 3 });
    expect(coverageText(cov)).toBe('member count known for 2 of 3');
  });
});
