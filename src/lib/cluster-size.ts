/**
 * How big a cluster organisation is, in the words the site uses everywhere: the counts a page
 * states, the year they refer to, and how many rows of the list have a size at all. Pure and
 * browser-safe; the counts themselves are validated by the pipeline (scripts/lib/clusters.ts).
 */
import type { Cluster } from '../schemas/generated';
import { count } from './plural';

type Sized = Pick<Cluster, 'members' | 'membersFirms' | 'employees' | 'sizeYear'>;

const en = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** `600 members (2023)`, `600 members, 450 of them firms (2023)`, `40,000 employees in member firms (2021)`; null when no count is known. */
export function sizeText(c: Sized): string | null {
  const parts: string[] = [];
  if (c.members !== null) {
    parts.push(`${count(c.members, 'member', 'members', en.format(c.members))}${c.membersFirms !== null ? `, ${en.format(c.membersFirms)} of them firms` : ''}`);
  } else if (c.membersFirms !== null) {
    parts.push(count(c.membersFirms, 'member firm', 'member firms', en.format(c.membersFirms)));
  }
  if (c.employees !== null) parts.push(`${en.format(c.employees)} employees in member firms`);
  if (parts.length === 0) return null;
  return `${parts.join('; ')}${c.sizeYear !== null ? ` (${c.sizeYear})` : ''}`;
}

export interface SizeCoverage {
  /** Rows with a sourced member count (members_total). */
  withMembers: number;
  total: number;
}

/** How many rows carry a member count: the only rows whose marker size means anything. */
export function sizeCoverage(clusters: readonly Pick<Cluster, 'members'>[]): SizeCoverage {
  return { withMembers: clusters.filter((c) => c.members !== null).length, total: clusters.length };
}

export interface CountryCoverage {
  id: string;
  name: string;
  /** Cluster organisations of this list in the country; 0 = none in this list (a gap, not a fact about the country). */
  total: number;
  withMembers: number;
  needsCheck: number;
}

/** One row per mapped country, in the order given, including those the list has none for. */
export function coverageByCountry(
  clusters: readonly Pick<Cluster, 'country' | 'members' | 'status'>[],
  countries: readonly { id: string; name: string }[],
): CountryCoverage[] {
  return countries.map(({ id, name }) => {
    const here = clusters.filter((c) => c.country === id);
    return {
      id, name, total: here.length,
      withMembers: here.filter((c) => c.members !== null).length,
      needsCheck: here.filter((c) => c.status === 'needs_check').length,
    };
  });
}

/** "none in this list", "1 organisation", "40 organisations". */
export function countText(n: number, one = 'organisation', many = `${one}s`): string {
  return n === 0 ? 'none in this list' : count(n, one, many, en.format(n));
}
