/**
 * Build-time check of the components used in MDX chapters.
 *
 * Astro renders a component without knowing which chapter called it, so a wrong prop would
 * only say "<Stat>: …". This plugin runs while each MDX file is compiled, reads the JSX
 * props of known components (without executing anything) and fails the build with
 * `file:line:column`, the component, the prop, what was found and what was expected.
 *
 * Astro 7 compiles MDX with Sätteri by default, which runs mdast plugins (the remark
 * equivalent) written as visitor objects; the file is registered in astro.config.mjs via
 * `mdx({ processor: satteri({ mdastPlugins: [validateComponents()] }) })`.
 *
 * Checks are a registry so other features can add theirs (e.g. deep links checking a
 * `<MapLink state="…">`): `registerElementCheck(checks, 'MapLink', fn)` or
 * `registerDocumentCheck(checks, fn)`, then `validateComponents({ checks })`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import type { z } from 'astro/zod';
import { COMPONENT_PROPS } from '../schemas/components';
import { describeIssues, formatProblem, propNames, type PropProblem } from '../schemas/prop-issues';
import { readJsxProps, type JsxProps } from './jsx-props';
import { MdxBuildError } from './mdx-build-error';
import { dataValueCheck } from './data-value-check';
import { generatedDataSource } from '../lib/chapter-data';
import type { DataSource } from '../lib/data-values';
import { factNameCheck } from './fact-check';
import { generatedFacts } from '../features/chapters/facts-data';
import type { Facts } from '../features/chapters/facts';

/** One JSX element of a known component, as the checks see it. Lines and columns are 1-based, in the file as saved. */
export interface ElementUse extends JsxProps {
  component: string;
  line: number;
  column: number;
}

/** Everything a document-level check may look at. */
export interface DocumentUse {
  /** All uses of registered components, in document order. */
  elements: readonly ElementUse[];
  /** The file's frontmatter (empty for MDX without one). */
  frontmatter: Record<string, unknown>;
  /** The file as saved, to place frontmatter problems on their line. */
  source: string;
}

/** 1-based line of a top-level frontmatter field, or 1 when it is not found. */
export function frontmatterLine(source: string, field: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? 1 : index + 1;
}

/** A problem found by a check, placed at an element (or at line 1 for the frontmatter). */
export interface Problem extends PropProblem {
  component: string;
  line: number;
  column: number;
}

export type ElementCheck = (use: ElementUse) => PropProblem[];
export type DocumentCheck = (doc: DocumentUse) => Problem[];

export interface CheckRegistry {
  /** Component name → the checks run on each of its uses. */
  elements: Map<string, ElementCheck[]>;
  /** Checks over the whole file (e.g. frontmatter against the elements used). */
  documents: DocumentCheck[];
}

export function registerElementCheck(registry: CheckRegistry, component: string, check: ElementCheck): CheckRegistry {
  registry.elements.set(component, [...(registry.elements.get(component) ?? []), check]);
  return registry;
}

export function registerDocumentCheck(registry: CheckRegistry, check: DocumentCheck): CheckRegistry {
  registry.documents.push(check);
  return registry;
}

/**
 * A check from a props schema. Props given as non-literal expressions (or possibly through
 * a spread) cannot be read at build time, so issues about them are left to the component.
 */
export function schemaCheck(schema: z.ZodType): ElementCheck {
  const known = propNames(schema);
  return ({ props, dynamic, spread }) => {
    const result = schema.safeParse(props);
    if (result.success) return [];
    const unknowable = (prop: string) => dynamic.has(prop) || (spread && !(prop in props));
    const issues = result.error.issues
      .map((issue) => (issue.code === 'unrecognized_keys' ? { ...issue, keys: issue.keys.filter((k) => !dynamic.has(k)) } : issue))
      .filter((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.length > 0 : !unknowable(String(issue.path[0] ?? ''))));
    return describeIssues(issues, props, known);
  };
}

/**
 * The maps a chapter declares in its frontmatter (`mapViews`) must be the maps it places,
 * so the chapter list, search and "maps in this chapter" never disagree with the text.
 * Runs only on files whose frontmatter has `mapViews` (chapters).
 */
export const mapViewsMatchFrontmatter: DocumentCheck = ({ elements, frontmatter, source }) => {
  const declared = frontmatter['mapViews'];
  if (!Array.isArray(declared)) return [];
  const uses = elements.filter((e) => e.component === 'MapView' && typeof e.props['view'] === 'string');
  const placed = new Set(uses.map((e) => String(e.props['view'])));
  const problems: Problem[] = uses
    .filter((e) => !declared.includes(e.props['view']))
    .map((e) => ({
      component: 'MapView', line: e.line, column: e.column, prop: 'view', found: JSON.stringify(e.props['view']),
      expected: `expected a view listed in the frontmatter field mapViews (${declared.join(', ') || 'empty'}); add it there`,
    }));
  for (const view of declared) {
    if (!placed.has(String(view))) {
      problems.push({
        component: 'frontmatter', line: frontmatterLine(source, 'mapViews'), column: 1, prop: 'mapViews', found: JSON.stringify(view),
        expected: `expected a matching <MapView view="${String(view)}" /> in the text; place one, or remove "${String(view)}" from mapViews`,
      });
    }
  }
  return problems;
};

/**
 * The checks the site ships with: every author component's props schema, mapViews consistency, and
 * <DataValue> references against the generated data and <Fact>/<FactChart> names against the computed
 * facts (or `dataSource` and `facts`, for tests).
 */
export function defaultChecks(dataSource: () => DataSource = generatedDataSource, facts: () => Facts = generatedFacts): CheckRegistry {
  const registry: CheckRegistry = { elements: new Map(), documents: [] };
  for (const [name, schema] of Object.entries(COMPONENT_PROPS)) registerElementCheck(registry, name, schemaCheck(schema));
  registerElementCheck(registry, 'DataValue', dataValueCheck(dataSource));
  registerElementCheck(registry, 'Fact', factNameCheck(facts, 'facts'));
  registerElementCheck(registry, 'FactChart', factNameCheck(facts, 'charts'));
  return registerDocumentCheck(registry, mapViewsMatchFrontmatter);
}

/** Run the checks over the collected uses; pure, so tests need no compiler. */
export function runChecks(registry: CheckRegistry, doc: DocumentUse): Problem[] {
  const fromElements = doc.elements.flatMap((use) =>
    (registry.elements.get(use.component) ?? []).flatMap((check) => check(use).map((p) => ({ ...p, component: use.component, line: use.line, column: use.column }))),
  );
  const fromDocument = registry.documents.flatMap((check) => check(doc));
  return [...fromElements, ...fromDocument].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The build error: one line per problem, each starting with file:line:column. */
export class ComponentPropsError extends MdxBuildError {
  constructor(file: string, problems: readonly Problem[]) {
    super('ComponentPropsError', 'Invalid MDX components', file, problems.map((p) => ({ line: p.line, column: p.column, text: formatProblem(p.component, p) })));
  }
}

/**
 * A capitalised tag is a component. Chapters get the author components from the chapter
 * page, so a name that is neither registered nor imported/exported in the file is a typo
 * (MDX would otherwise fail only at render time, without a line number).
 */
export function unknownComponents(uses: readonly Problem[], esm: readonly string[], known: readonly string[]): Problem[] {
  return uses
    .filter((use) => !esm.some((block) => new RegExp(`\\b${use.component}\\b`).test(block)))
    .map((use) => ({ ...use, expected: `expected one of the components ${known.join(', ')}, or one imported at the top of the file` }));
}

export interface ValidateOptions {
  checks?: CheckRegistry;
  /** Paths in messages are relative to this folder (the project root by default). */
  root?: string;
}

/** The file as an editor knows it: relative to the project root. */
function displayPath(ctx: PluginFactoryContext, root: string): string {
  if (!ctx.fileURL) return '(unnamed MDX)';
  return path.relative(root, fileURLToPath(ctx.fileURL)).split(path.sep).join('/');
}

/**
 * The file as saved. Astro hands the compiler the text with the frontmatter blanked out
 * (line numbers kept), so frontmatter lines are read from disk when the file exists.
 */
function savedSource(ctx: PluginFactoryContext): string {
  if (!ctx.fileURL) return ctx.source;
  try {
    return readFileSync(fileURLToPath(ctx.fileURL), 'utf8');
  } catch {
    return ctx.source;
  }
}

/** The Sätteri mdast plugin (a factory, so each compiled file gets its own list of uses). */
export function validateComponents(options: ValidateOptions = {}): MdastPluginEntry {
  const registry = options.checks ?? defaultChecks();
  const root = options.root ?? process.cwd();
  return (ctx: PluginFactoryContext) => {
    if (ctx.sourceFormat !== 'mdx') return null;
    const file = displayPath(ctx, root);
    const elements: ElementUse[] = [];
    const unknown: Problem[] = [];
    const esm: string[] = [];
    const collect = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
      const start = node.position?.start;
      const at = { line: start?.line ?? 1, column: start?.column ?? 1 };
      if (!node.name) return;
      if (registry.elements.has(node.name)) elements.push({ component: node.name, ...at, ...readJsxProps(node.attributes) });
      else if (/^[A-Z][A-Za-z0-9]*$/.test(node.name)) unknown.push({ component: node.name, ...at, prop: '(component)', found: `<${node.name}>`, expected: '' });
    };
    return defineMdastPlugin({
      name: 'cluster-atlas:validate-components',
      options: { position: true },
      mdxJsxFlowElement: collect,
      mdxJsxTextElement: collect,
      mdxjsEsm(node) {
        esm.push(node.value);
      },
      after(_root, visit) {
        const astro = (visit.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
        const problems = [
          ...unknownComponents(unknown, esm, [...registry.elements.keys()]),
          ...runChecks(registry, { elements, frontmatter: astro?.frontmatter ?? {}, source: savedSource(ctx) }),
        ].sort((a, b) => a.line - b.line || a.column - b.column);
        if (problems.length > 0) throw new ComponentPropsError(file, problems);
      },
    });
  };
}
