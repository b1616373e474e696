/**
 * Every point the report must cover (issue 3, section 1), the chapter that covers it and
 * phrases that prove it: each phrase must appear in that chapter (compared as words, so
 * markup and punctuation do not matter). Checked against the MDX sources by
 * tests/unit/content-coverage.test.ts and against the built pages by
 * tests/e2e/report-coverage.spec.ts. When you rewrite a passage, update its phrases here.
 */
export interface ChecklistPoint {
  /** The point, in the words of the issue. */
  point: string;
  /** Chapter id (file name in content/chapters/, address /chapters/<id>/). */
  chapter: string;
  /** Phrases that must all appear in the chapter. */
  proof: readonly string[];
}

export const CHAPTER_IDS = ['main-messages', 'bottom-up-clusters', 'reindustrialisation', 'policies', 'inter-clustering', 'crisis-response'] as const;

export const CHECKLIST: readonly ChecklistPoint[] = [
  // Main messages
  { chapter: 'main-messages', point: 'Wealth depends on framework conditions for entrepreneurship, innovation and industrial development', proof: ['framework conditions', 'entrepreneurship, innovation and the development of industry'] },
  { chapter: 'main-messages', point: 'Clusters at the core: synergies between companies, knowledge infrastructures and skills', proof: ['companies, knowledge infrastructures', 'and the development of skills', 'synergies'] },
  { chapter: 'main-messages', point: 'The three axes of the strategy', proof: ['A strategy on three axes', 'Axis 1', 'Axis 2', 'Axis 3'] },
  // Bottom-up, market-driven clusters and entrepreneurship
  { chapter: 'bottom-up-clusters', point: 'Bottom-up, market-driven clusters', proof: ['bottom-up', 'market-driven phenomenon'] },
  { chapter: 'bottom-up-clusters', point: 'Clusters as the tool to foster entrepreneurship', proof: ['the key tool for fostering entrepreneurship'] },
  { chapter: 'bottom-up-clusters', point: 'Help start-ups grow fast', proof: ['Helping start-ups grow fast'] },
  { chapter: 'bottom-up-clusters', point: 'Drive product and process innovation', proof: ['Driving product and process innovation'] },
  { chapter: 'bottom-up-clusters', point: 'The entrepreneurial mindset', proof: ['sufficiently developed entrepreneurial mindset'] },
  // Re-industrialisation of manufacturing basins
  { chapter: 'reindustrialisation', point: 'Support for manufacturing clusters, especially in the crisis', proof: ['manufacturing clusters', 'especially in the crisis'] },
  { chapter: 'reindustrialisation', point: "Europe's territory still marked by manufacturing basins", proof: ['marked by manufacturing basins'] },
  { chapter: 'reindustrialisation', point: 'Modernising the traditional model with new techniques and technologies', proof: ['modernised with new techniques and technologies'] },
  { chapter: 'reindustrialisation', point: 'Building on the existing industrial model', proof: ['the existing industrial model', 'Modernise, but build on what exists'] },
  // Policies
  { chapter: 'policies', point: 'EU programmes exist but sit inside broader innovation or regional strategies', proof: ['several programmes already exist', 'broader strategies for innovation or for regional development'] },
  { chapter: 'policies', point: 'They may miss an integrated cluster strategy', proof: ['truly integrated cluster strategy'] },
  { chapter: 'policies', point: 'Coordination among EU policies', proof: ['Coordination among EU policies', 'better coordination and interaction'] },
  { chapter: 'policies', point: '(a) EU Budget: reallocation towards innovation', proof: ['(a) EU Budget', 'shift a substantial share of its resources towards innovation'] },
  { chapter: 'policies', point: '(a) EU Budget: more ambitious and consistent financing instruments', proof: ['more ambitious and more consistent financing instruments'] },
  { chapter: 'policies', point: '(b) State Aid: new possibilities for Member States', proof: ['(b) State aid', 'Member States new possibilities'] },
  { chapter: 'policies', point: '(b) State Aid: low uptake so far', proof: ['Member States have made little use of them'] },
  { chapter: 'policies', point: '(c) IPR: differing practices discourage trans-national clustering', proof: ['(c) Intellectual property rights', 'discourage trans-national clustering'] },
  { chapter: 'policies', point: '(c) IPR: harmonisation and simplification', proof: ['Harmonising and simplifying', 'globally competitive clusters'] },
  // Inter-clustering and international cooperation
  { chapter: 'inter-clustering', point: 'European clusters are small and lack critical mass', proof: ['lack the critical mass'] },
  { chapter: 'inter-clustering', point: 'Cooperation among clusters of the same field', proof: ['close cooperation and interaction among clusters active in the same field'] },
  { chapter: 'inter-clustering', point: 'Sharing research experts and knowledge infrastructures', proof: ['share research experts and knowledge infrastructures', 'enter markets that were out of reach'] },
  { chapter: 'inter-clustering', point: 'Business opportunities', proof: ['Business opportunities'] },
  { chapter: 'inter-clustering', point: 'Best practice', proof: ['Exchange of good practice'] },
  { chapter: 'inter-clustering', point: 'Wider networks', proof: ['Access to a wider network'] },
  { chapter: 'inter-clustering', point: 'Fewer internal-market barriers', proof: ['internal-market barriers to keep falling'] },
  { chapter: 'inter-clustering', point: 'A stronger business environment', proof: ['make the business environment stronger'] },
  // Clusters in response to the financial crisis
  { chapter: 'crisis-response', point: 'Clusters alleviate the crisis and raise innovation potential and competitiveness in the medium term', proof: ['soften its impact', 'medium term', 'innovation potential and competitiveness'] },
  { chapter: 'crisis-response', point: 'Re-industrialisation as a motor for employment and regional development', proof: ['motor for creating jobs and for regional development'] },
  { chapter: 'crisis-response', point: 'Restructuring: new companies and business models in regions hit by mine and steel-mill closures', proof: ['Clusters can facilitate restructuring', 'closure of mines and steel mills', 'new firms and new ways of doing business'] },
  { chapter: 'crisis-response', point: 'Restructuring: comparative advantages of regions', proof: ['comparative advantages of their regions'] },
  { chapter: 'crisis-response', point: 'Entrepreneurship: self-employment as an alternative to unemployment', proof: ['setting up their own company as an alternative to unemployment'] },
  { chapter: 'crisis-response', point: 'Entrepreneurship: clusters as incubators', proof: ['Clusters as incubators'] },
  { chapter: 'crisis-response', point: 'Entrepreneurship: start-up finance when risk aversion is high and capital scarce', proof: ['start-up financing', 'more risk-averse and external capital scarcer'] },
  { chapter: 'crisis-response', point: 'Targeted support: survival of firms', proof: ['Clusters allow support to be better targeted', 'survival rate'] },
  { chapter: 'crisis-response', point: 'Targeted support: faster growth of firms', proof: ['grow faster'] },
  { chapter: 'crisis-response', point: 'Targeted support: concentrating public investment where entrepreneurs, skills and research already cluster', proof: ['many entrepreneurs, skilled employees and research facilities in one place', 'Concentrating public investment on clusters'] },
  { chapter: 'crisis-response', point: 'Innovation and skills: company–research partnerships', proof: ['Partnerships between companies and research institutions'] },
  { chapter: 'crisis-response', point: 'Innovation and skills: green and low-carbon goals', proof: ['green and low-carbon objectives'] },
  { chapter: 'crisis-response', point: 'Innovation and skills: a specialised workforce', proof: ['specialised workforce', 'skills development'] },
];

/** Points whose phrases are missing from `chapterText(chapter)`; `normalise` turns text into comparable words. */
export function uncovered(
  points: readonly ChecklistPoint[],
  chapterText: (chapter: string) => string,
  normalise: (text: string) => string[],
): { point: string; chapter: string; missing: string[] }[] {
  return points.flatMap((item) => {
    const haystack = ` ${normalise(chapterText(item.chapter)).join(' ')} `;
    const missing = item.proof.filter((phrase) => !haystack.includes(` ${normalise(phrase).join(' ')} `));
    return missing.length > 0 ? [{ point: item.point, chapter: item.chapter, missing }] : [];
  });
}
