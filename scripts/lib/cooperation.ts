/**
 * Cooperation inputs → networks and declared links.
 *
 *   data/networks.csv         one row per cross-border network
 *   data/network_members.csv  one row per (network, cluster) membership, with evidence
 *   data/links.csv            explicit links, each with its own evidence
 *
 * Declared links = memberships turned into pairs (a star around the network's coordinator when it
 * has one, otherwise every pair; cross-country pairs only, since the report's axis is cross-border
 * cooperation) plus the explicit links, which win where both name the same pair.
 */
import type { Link, Network, Status } from '../../src/schemas/generated.ts';
import type { CsvTable } from './csv.ts';
import { type Position, type Problem, problemAt, quote } from './problems.ts';
import { readTable, type TableSpec } from './table.ts';
import { CLUSTER_CATEGORIES, STATUSES } from './vocabulary.ts';

export const NETWORKS_SPEC: TableSpec = {
  required: ['network_id', 'name', 'status', 'source'],
  optional: ['field', 'year_start', 'coordinator_id', 'url'],
};
export const MEMBERS_SPEC: TableSpec = {
  required: ['network_id', 'cluster_id', 'role', 'status', 'evidence'],
  optional: ['year_joined', 'evidence_url'],
};
export const LINKS_SPEC: TableSpec = {
  required: ['link_id', 'source_id', 'target_id', 'link_type', 'status', 'source'],
  optional: ['network_id', 'field', 'year_start', 'source_url'],
};

const ROLES = ['coordinator', 'founding_member', 'member'] as const;
const LINK_TYPES = ['network_comembership', 'bilateral_agreement', 'joint_project', 'escp', 'eurocluster', 'editorial'] as const;
const LINK_STATUSES = [...STATUSES, 'derived_from_membership'] as const;
const CATEGORY_SET = new Set(CLUSTER_CATEGORIES);
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LINK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Minimal view of a cluster the joins need. */
export interface ClusterRef {
  id: string;
  country: string;
}

/** Unordered pair key: A–B and B–A are the same link. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

interface Membership {
  networkId: string;
  clusterId: string;
  role: (typeof ROLES)[number];
  status: Status;
  evidence: string;
  evidenceUrl: string | null;
}

export interface Cooperation {
  networks: Network[];
  declared: Link[];
}

export function readCooperation(
  tables: { networks: CsvTable; members: CsvTable; links: CsvTable },
  clusters: ReadonlyMap<string, ClusterRef>,
  problems: Problem[],
): Cooperation {
  const clusterAt = (id: string | null, at: Position, what: string): boolean => {
    if (id === null) return false;
    if (clusters.has(id)) return true;
    problems.push(problemAt(at, `${what} ${quote(id)}, which is not in clusters.csv`, 'the id of a cluster in clusters.csv'));
    return false;
  };

  // Networks.
  const networkRows = readTable(tables.networks, NETWORKS_SPEC, problems).rows;
  const networks = new Map<string, { row: Omit<Network, 'memberIds'>; at: Position }>();
  for (const r of networkRows) {
    const id = r.text('network_id', { required: true, pattern: ID_PATTERN, patternText: 'a lower-case slug such as `eacp`' });
    if (id !== null && networks.has(id)) r.problem('network_id', `the id ${quote(id)} again`, 'each network once');
    const name = r.text('name', { required: true });
    const field = r.text('field');
    if (field !== null && !CATEGORY_SET.has(field)) r.problem('field', quote(field), 'one of the 51 EOCIC cluster categories');
    const yearStart = r.number('year_start', { min: 1900, max: 2100, integer: true });
    const coordinatorId = r.text('coordinator_id');
    if (coordinatorId !== null) clusterAt(coordinatorId, r.at('coordinator_id'), 'the coordinator');
    const url = r.url('url');
    const status = r.oneOf('status', STATUSES, { required: true });
    const source = r.text('source', { required: true });
    if (id === null || name === null || status === null || source === null || networks.has(id)) continue;
    networks.set(id, { row: { id, name, field, yearStart, coordinatorId, url, status, source }, at: r.at('network_id') });
  }

  // Memberships.
  const members = new Map<string, Membership[]>();
  const seenMember = new Set<string>();
  for (const r of readTable(tables.members, MEMBERS_SPEC, problems).rows) {
    const networkId = r.text('network_id', { required: true });
    if (networkId !== null && !networks.has(networkId)) r.problem('network_id', `the network ${quote(networkId)}, which is not in networks.csv`, 'a network_id of networks.csv');
    const clusterId = r.text('cluster_id', { required: true });
    const known = clusterAt(clusterId, r.at('cluster_id'), 'the cluster');
    const role = r.oneOf('role', ROLES, { required: true });
    r.number('year_joined', { min: 1900, max: 2100, integer: true });
    const status = r.oneOf('status', STATUSES, { required: true });
    const evidence = r.text('evidence', { required: true });
    const evidenceUrl = r.url('evidence_url');
    if (networkId === null || clusterId === null || !known || !networks.has(networkId) || role === null || status === null || evidence === null) continue;
    const key = `${networkId}\u0000${clusterId}`;
    if (seenMember.has(key)) {
      r.problem('cluster_id', `${quote(clusterId)} a second time in ${quote(networkId)}`, 'each membership once');
      continue;
    }
    seenMember.add(key);
    members.set(networkId, [...(members.get(networkId) ?? []), { networkId, clusterId, role, status, evidence, evidenceUrl }]);
  }

  const networkList: Network[] = [...networks.values()]
    .map(({ row }) => ({ ...row, memberIds: (members.get(row.id) ?? []).map((m) => m.clusterId).sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const { row, at } of networks.values()) {
    if (row.coordinatorId && !(members.get(row.id) ?? []).some((m) => m.clusterId === row.coordinatorId)) {
      problems.push(problemAt(at, `the coordinator ${quote(row.coordinatorId)} without a membership row`, `a row in network_members.csv for ${row.id}, ${row.coordinatorId}`));
    }
  }

  // Explicit links.
  const explicit = new Map<string, Link>();
  const linkIds = new Map<string, number>();
  for (const r of readTable(tables.links, LINKS_SPEC, problems).rows) {
    const id = r.text('link_id', { required: true, pattern: LINK_ID_PATTERN, patternText: 'letters, digits, `-`, `_` or `.`, such as L001' });
    if (id !== null) {
      const first = linkIds.get(id);
      if (first !== undefined) r.problem('link_id', `the id ${quote(id)} again (first on line ${first})`, 'each link id once');
      else linkIds.set(id, r.line);
    }
    const source = r.text('source_id', { required: true });
    const target = r.text('target_id', { required: true });
    const sourceOk = clusterAt(source, r.at('source_id'), 'the cluster');
    const targetOk = clusterAt(target, r.at('target_id'), 'the cluster');
    const type = r.oneOf('link_type', LINK_TYPES, { required: true });
    const networkId = r.text('network_id');
    if (networkId !== null && !networks.has(networkId)) r.problem('network_id', `the network ${quote(networkId)}, which is not in networks.csv`, 'a network_id of networks.csv or empty');
    const field = r.text('field');
    if (field !== null && !CATEGORY_SET.has(field)) r.problem('field', quote(field), 'one of the 51 EOCIC cluster categories');
    r.number('year_start', { min: 1900, max: 2100, integer: true });
    const status = r.oneOf('status', LINK_STATUSES, { required: true });
    const evidence = r.text('source', { required: true });
    const sourceUrl = r.url('source_url');
    if (source !== null && source === target) {
      r.problem('target_id', `a link from ${quote(source)} to itself`, 'two different clusters');
      continue;
    }
    if (id === null || source === null || target === null || !sourceOk || !targetOk || type === null || status === null || evidence === null) continue;
    const key = pairKey(source, target);
    const twin = explicit.get(key);
    if (twin) {
      r.problem('source_id', `the pair ${source}–${target} again (link ${twin.id}${twin.source === source ? '' : ', written the other way round'})`, 'each pair of clusters once, in either direction');
      continue;
    }
    explicit.set(key, { id, source, target, kind: 'declared', type, networkId, field, status, evidence, sourceUrl });
  }

  // Memberships → pairs; explicit rows win on the same pair.
  const declared = new Map(explicit);
  for (const network of networkList) {
    const list = members.get(network.id) ?? [];
    const pairs: [Membership, Membership][] = [];
    const hub = network.coordinatorId ? list.find((m) => m.clusterId === network.coordinatorId) : undefined;
    if (hub) for (const m of list) if (m !== hub) pairs.push([hub, m]);
    if (!hub) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.push([list[i]!, list[j]!]);
    for (const [a, b] of pairs) {
      if (clusters.get(a.clusterId)!.country === clusters.get(b.clusterId)!.country) continue;
      const key = pairKey(a.clusterId, b.clusterId);
      if (declared.has(key)) continue;
      const [s, t] = a.clusterId < b.clusterId ? [a, b] : [b, a];
      declared.set(key, {
        id: `m:${network.id}:${s.clusterId}:${t.clusterId}`,
        source: s.clusterId,
        target: t.clusterId,
        kind: 'declared',
        type: 'network_comembership',
        networkId: network.id,
        field: network.field,
        status: a.status === 'needs_check' || b.status === 'needs_check' ? 'needs_check' : 'derived_from_membership',
        // One page often evidences both memberships: its quote is given once, not twice.
        evidence: `Both members of ${network.name}: ${s.evidence === t.evidence ? s.evidence : `${s.evidence} / ${t.evidence}`}`,
        sourceUrl: t.evidenceUrl ?? s.evidenceUrl,
      });
    }
  }
  return { networks: networkList, declared: [...declared.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
