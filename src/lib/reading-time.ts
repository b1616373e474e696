/**
 * Reading time of a chapter from its MDX source.
 * 200 words per minute: the usual figure for attentive reading of non-fiction on screen
 * (studies put adult silent reading at 175–300 wpm; policy prose sits at the slow end).
 */
export const WORDS_PER_MINUTE = 200;

/**
 * Words a reader sees: MDX import/export lines, JSX tags, HTML comments, link targets and
 * Markdown punctuation are not words. Component props written as text (e.g. a figure
 * caption) are not counted either; they are a small share of a chapter.
 */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/^(import|export)\s.*$/gm, '') // MDX module lines
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '') // comments
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX/HTML tags
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/^\[\^[^\]]+\]:/gm, '') // footnote definition labels
    .replace(/\[\^[^\]]+\]/g, '') // footnote references
    .replace(/[#*_>`~|[\]]/g, ' '); // Markdown punctuation
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, rounded up, at least 1. */
export function readingMinutes(mdx: string, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(mdx) / wordsPerMinute));
}
