/**
 * Build-time refusal of script in MDX chapters (rules in script-refusals.ts): a `<script>`, an
 * `on…=` attribute, a `javascript:` link or a raw-HTML prop fails the build with the chapter's
 * `file:line:column` and what was found — before the page exists, not only in the browser's CSP.
 *
 * A Sätteri mdast plugin, registered first in astro.config.mjs (before the component and deep-link
 * checks), run on MDX and Markdown files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import { MdxBuildError, type PlacedLine } from './mdx-build-error';
import { codeRefusals, elementRefusals, urlRefusals, type Refusal } from './script-refusals';

/** The build error: one line per refusal, each starting with file:line:column. */
export class ScriptInChapterError extends MdxBuildError {
  constructor(file: string, problems: readonly PlacedLine[]) {
    super('ScriptInChapterError', 'Script in a chapter', file, problems);
  }
}

type Positioned = { readonly position?: { readonly start?: { readonly line: number; readonly column: number } | undefined } | undefined };

export interface RefuseScriptOptions {
  /** Paths in messages are relative to this folder (the project root by default). */
  readonly root?: string;
}

function displayPath(ctx: PluginFactoryContext, root: string): string {
  if (!ctx.fileURL) return '(unnamed MDX)';
  return path.relative(root, fileURLToPath(ctx.fileURL)).split(path.sep).join('/');
}

/** An element's attributes as name and string value; an expression value is checked as code. */
function attributesOf(node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>): { plain: { name: string; value: string | null }[]; code: string[] } {
  const plain: { name: string; value: string | null }[] = [];
  const code: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') code.push(attribute.value);
    else if (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string') plain.push({ name: attribute.name, value: attribute.value ?? null });
    else {
      plain.push({ name: attribute.name, value: null });
      code.push(attribute.value.value);
    }
  }
  return { plain, code };
}

/** The Sätteri mdast plugin (a factory: each compiled file gets its own list of refusals). */
export function refuseScript(options: RefuseScriptOptions = {}): MdastPluginEntry {
  const root = options.root ?? process.cwd();
  return (ctx: PluginFactoryContext) => {
    if (ctx.sourceFormat !== 'mdx' && ctx.sourceFormat !== 'markdown') return null;
    const problems: PlacedLine[] = [];
    const place = (node: Positioned, refusals: readonly Refusal[]) => {
      const start = node.position?.start;
      for (const r of refusals) problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, text: `found ${r.found}; ${r.expected}` });
    };
    const element = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
      const { plain, code } = attributesOf(node);
      place(node, [...elementRefusals(node.name, plain), ...code.flatMap(codeRefusals)]);
    };
    const code = (node: Positioned & { readonly value: string }) => place(node, codeRefusals(node.value));
    return defineMdastPlugin({
      name: 'cluster-atlas:refuse-script',
      options: { position: true },
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      mdxFlowExpression: code,
      mdxTextExpression: code,
      mdxjsEsm: code,
      html: (node) => place(node, /<\s*script\b|\son[a-z]+\s*=|javascript\s*:/i.test(node.value) ? [{ found: 'raw HTML with a script, an event handler or a javascript: address', expected: 'expected text, Markdown and the author components of CONTRIBUTING.md: a chapter may not run scripts in the reader’s browser' }] : []),
      link: (node) => place(node, urlRefusals(node.url)),
      image: (node) => place(node, urlRefusals(node.url)),
      definition: (node) => place(node, urlRefusals(node.url)),
      after() {
        if (problems.length === 0) return;
        problems.sort((a, b) => a.line - b.line || a.column - b.column);
        throw new ScriptInChapterError(displayPath(ctx, root), problems);
      },
    });
  };
}
