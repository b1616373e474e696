/**
 * The build-time check of <Fact name> and <FactChart name>: a name the build does not compute fails
 * with the chapter's file:line and the names that exist. The facts are computed only when a chapter
 * uses one (they read the generated data).
 */
import type { Facts } from '../features/chapters/facts';
import type { ElementCheck } from './remark-validate-components';

/** A check of the `name` prop against `facts()`'s facts (kind "facts") or charts. */
export function factNameCheck(facts: () => Facts, kind: 'facts' | 'charts'): ElementCheck {
  return ({ props, dynamic }) => {
    const name = props['name'];
    if (typeof name !== 'string' || dynamic.has('name')) return [];
    const known = facts()[kind];
    if (known.has(name)) return [];
    return [{ prop: 'name', found: JSON.stringify(name), expected: `expected one of the ${kind === 'facts' ? 'facts' : 'charts'} the build computes: ${[...known.keys()].join(', ')}` }];
  };
}
