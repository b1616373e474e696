import { describe, expect, it } from 'vitest';
import { pairKey, readCooperation } from '../../scripts/lib/cooperation.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { formatProblem, type Problem } from '../../scripts/lib/problems.ts';

const clusters = new Map(
  [['hub', 'DE'], ['a', 'FR'], ['b', 'IT'], ['c', 'DE'], ['d', 'ES']].map(([id, country]) => [id!, { id: id!, country: country! }]),
);
const NET = 'network_id,name,field,coordinator_id,status,source\n';
const MEM = 'network_id,cluster_id,role,status,evidence,evidence_url\n';
const LINK = 'link_id,source_id,target_id,link_type,network_id,status,source\n';

function run(networks: string, members: string, links = LINK) {
  const problems: Problem[] = [];
  const t = (name: string, text: string) => parseCsv(name, text).table;
  const result = readCooperation({ networks: t('networks.csv', networks), members: t('network_members.csv', members), links: t('links.csv', links) }, clusters, problems);
  return { ...result, problems: problems.map(formatProblem) };
}

describe('readCooperation', () => {
  it('pairKey is the same for A–B and B–A', () => {
    expect(pairKey('a', 'b')).toBe(pairKey('b', 'a'));
  });

  it('turns memberships into a star around the coordinator, cross-country pairs only', () => {
    const r = run(`${NET}n1,Net,,hub,compiled,src\n`, `${MEM}n1,hub,coordinator,compiled,e,\nn1,a,member,compiled,e,https://example.org/a\nn1,b,member,needs_check,e,\nn1,c,member,compiled,e,\n`);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((l) => [l.id, l.status])).toEqual([
      ['m:n1:a:hub', 'derived_from_membership'],
      ['m:n1:b:hub', 'needs_check'],
    ]);
    expect(r.networks[0]!.memberIds).toEqual(['a', 'b', 'c', 'hub']);
  });

  it('links every pair when a network has no coordinator', () => {
    const r = run(`${NET}n1,Net,,,compiled,src\n`, `${MEM}n1,a,member,compiled,e,\nn1,b,member,compiled,e,\nn1,d,member,compiled,e,\n`);
    expect(r.declared.map((l) => l.id)).toEqual(['m:n1:a:b', 'm:n1:a:d', 'm:n1:b:d']);
  });

  it("gives a pair's evidence once when one page evidences both memberships, both when they differ", () => {
    const r = run(`${NET}n1,Net,,,compiled,src\n`, `${MEM}n1,a,member,compiled,same page,\nn1,b,member,compiled,same page,\nn1,d,member,compiled,own page,\n`);
    expect(r.declared.map((l) => [l.id, l.evidence])).toEqual([
      ['m:n1:a:b', 'Both members of Net: same page'],
      ['m:n1:a:d', 'Both members of Net: same page / own page'],
      ['m:n1:b:d', 'Both members of Net: same page / own page'],
    ]);
  });

  it('lets an explicit link win over the membership-derived link of the same pair', () => {
    const r = run(`${NET}n1,Net,,,compiled,src\n`, `${MEM}n1,a,member,compiled,e,\nn1,b,member,compiled,e,\n`, `${LINK}L7,b,a,joint_project,n1,needs_check,Project X\n`);
    expect(r.declared.map((l) => [l.id, l.type, l.status])).toEqual([['L7', 'joint_project', 'needs_check']]);
  });

  it('reports a coordinator without a membership row, a duplicate membership and an unknown network', () => {
    const r = run(`${NET}n1,Net,,hub,compiled,src\n`, `${MEM}n1,a,member,compiled,e,\nn1,a,member,compiled,e,\nn9,b,member,compiled,e,\n`);
    expect(r.problems).toEqual([
      'network_members.csv:3:4 — found "a" a second time in "n1", expected each membership once',
      'network_members.csv:4:1 — found the network "n9", which is not in networks.csv, expected a network_id of networks.csv',
      'networks.csv:2:1 — found the coordinator "hub" without a membership row, expected a row in network_members.csv for n1, hub',
    ]);
  });

  it('reports a network id and a link id used twice', () => {
    const r = run(`${NET}n1,Net,,,compiled,src\nn1,Again,,,compiled,src\n`, MEM, `${LINK}L1,a,b,joint_project,,compiled,P\nL1,a,d,joint_project,,compiled,P\n`);
    expect(r.problems).toEqual([
      'networks.csv:3:1 — found the id "n1" again, expected each network once',
      'links.csv:3:1 — found the id "L1" again (first on line 2), expected each link id once',
    ]);
  });
});
