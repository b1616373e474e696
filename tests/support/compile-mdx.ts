/**
 * Compile an MDX file the way Astro's MDX step does: the frontmatter is read with js-yaml
 * (as Astro does) and handed to plugins in `data.astro.frontmatter`, and the compiler sees
 * the text with the frontmatter blanked out, line numbers kept.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { mdxToJs, type MdastPluginEntry } from 'satteri';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The frontmatter as data (empty object when there is none). */
export function readFrontmatter(source: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(source);
  return match ? ((yaml.load(match[1]!) as Record<string, unknown> | undefined) ?? {}) : {};
}

/** The source with the frontmatter replaced by as many blank lines. */
export function blankFrontmatter(source: string): string {
  return source.replace(FRONTMATTER, (block) => block.replace(/[^\n]/g, ''));
}

/** Compile `file` with the given mdast plugins; resolves to the JS code or rejects with the plugin's error. */
export async function compileMdxFile(file: string, mdastPlugins: MdastPluginEntry[]): Promise<string> {
  const source = readFileSync(file, 'utf8');
  const result = await mdxToJs(blankFrontmatter(source), {
    mdastPlugins,
    fileURL: pathToFileURL(file),
    data: { astro: { frontmatter: readFrontmatter(source), headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return result.code;
}
