/**
 * How big a cluster organisation is, in the words the site uses everywhere: the counts a page
 * states, the year they refer to, and how many rows of the list have a size at all. Pure and
 * browser-safe; the counts themselves are validated by the pipeline (scripts/lib/clusters.ts).
 */
import type { Cluster } from '../schemas/generated';

type Sized = Pick<Cluster, 'members' | 'membersFirms' | 'employees' | 'sizeYear'>;

const en = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** `600 members (2023)`, `600 members, 450 of them firms (2023)`, `40,000 employees in member firms (2021)`; null when no count is known. */
export function sizeText(c: Sized): string | null {
  const parts: string[] = [];
  if (c.members !== null) {
    parts.push(`${en.format(c.members)} ${c.members === 1 ? 'member' : 'members'}${c.membersFirms !== null ? `, ${en.format(c.membersFirms)} of them firms` : ''}`);
  } else if (c.membersFirms !== null) {
    parts.push(`${en.format(c.membersFirms)} member ${c.membersFirms === 1 ? 'firm' : 'firms'}`);
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

/** `member count known for 93 of 212` — the claim legends and summaries may make, and no more. */
export function coverageText({ withMembers, total }: SizeCoverage): string {
  return `member count known for ${en.format(withMembers)} of ${en.format(total)}`;
}
