/**
 * Turn a failed props validation into editor-facing problems: which prop, what was found,
 * what was expected. Shared by the build-time MDX check and by the components themselves,
 * so both speak the same words.
 */
import type { z } from 'astro/zod';

export interface PropProblem {
  /** The prop as written in MDX; "(props)" when the problem is about the props as a whole. */
  prop: string;
  /** The value found, quoted as an author would write it, or "(missing)". */
  found: string;
  /** What would be accepted, starting with "expected". */
  expected: string;
}

/** A value as an author would recognise it: strings in quotes, other literals as written. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return `{${String(value)}}`;
  return `{${JSON.stringify(value)}}`;
}

function valueAt(props: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = props;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Edits (insert, delete, replace one character) between two short names, case ignored. */
function editDistance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length]!;
}

/** " (did you mean "keyMessages"?)" for a name within two edits of a known one, else "". */
export function didYouMean(name: string, known: readonly string[]): string {
  const best = known.map((k) => ({ k, d: editDistance(name, k) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 2 ? ` (did you mean "${best.k}"?)` : '';
}

/** One problem per wrong prop; unknown props list the props the component takes. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], props: Record<string, unknown>, knownProps: readonly string[]): PropProblem[] {
  return issues.flatMap((issue): PropProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        prop: key,
        found: showValue(props[key]),
        expected: `expected only the props ${knownProps.join(', ')}; there is no prop "${key}"${didYouMean(key, knownProps)}`,
      }));
    }
    const prop = issue.path.map(String).join('.') || '(props)';
    return [{ prop, found: showValue(valueAt(props, issue.path)), expected: issue.message }];
  });
}

/** Known props of an object schema (or of the object inside a refinement). */
export function propNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape) return Object.keys(shape);
  const inner = (schema as unknown as { def?: { in?: z.ZodType; schema?: z.ZodType } }).def;
  const wrapped = inner?.in ?? inner?.schema;
  return wrapped ? propNames(wrapped) : [];
}

/**
 * One line per problem: `<Stat> prop "value": found "abc"; expected a number …`.
 * Two special subjects: component "frontmatter" (a frontmatter field that disagrees with the
 * text) and prop "(component)" (a tag that is not a known component).
 */
export function formatProblem(component: string, problem: PropProblem): string {
  if (component === 'frontmatter') return `frontmatter field "${problem.prop}": found ${problem.found}; ${problem.expected}`;
  if (problem.prop === '(component)') return `<${component}> is not a known component; ${problem.expected}`;
  return `<${component}> prop "${problem.prop}": found ${problem.found}; ${problem.expected}`;
}

/**
 * Validate a component's props where it renders (the second line of defence: the MDX check
 * already ran with the file and line). Astro passes slot content separately, never as a prop.
 */
export function parseProps<S extends z.ZodType>(component: string, schema: S, props: Record<string, unknown>): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const lines = describeIssues(result.error.issues, props, propNames(schema)).map((p) => `  ${formatProblem(component, p)}`);
  throw new Error(`Invalid props for <${component}>:\n${lines.join('\n')}`);
}
