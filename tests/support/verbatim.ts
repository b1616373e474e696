/**
 * Does a text repeat the report's seed? The chapters must convey the seed in our own words,
 * so two checks: no seed sentence of 8 words or more appears whole, and no run of 8
 * consecutive seed words appears anywhere (which also catches a pasted half-sentence).
 *
 * Texts are compared as lower-case words: punctuation, quotes, line breaks and Markdown
 * emphasis between words do not hide a copy. Pass text, not HTML (tag names would count as words).
 */

/** Shortest sentence (in words) that counts: shorter ones are headings and stock phrases. */
export const MIN_SENTENCE_WORDS = 8;
/** Longest run of consecutive seed words a text may share with the seed. */
export const MAX_SHARED_RUN = MIN_SENTENCE_WORDS - 1;

/** Lower-case words; curly apostrophes count as straight ones, hyphens and other marks split words. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Marks a boundary no sentence crosses (a heading, a bullet). */
const BREAK = '\u0000';
/** A list marker at the start of a line: "-", "•", the seed's Symbol-font bullet, "1.", "a.". */
const LIST_MARKER = /^\s*(?:[-\u2022\uf0b7]|\d+\.|[a-z]\.)\s+/u;

/**
 * The seed's sentences of at least MIN_SENTENCE_WORDS words, whitespace normalised. A
 * sentence ends at . ! ? or ; and never runs across a heading (a line in capitals) or a
 * list bullet. Blank lines do not end a sentence: the seed breaks some sentences across
 * paragraphs, and a word hyphenated across a line break is joined again.
 */
export function seedSentences(seed: string): string[] {
  return seed
    .replace(/-[ \t]*\n\s*/g, '-')
    .split('\n')
    .map((line) => (/^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(line.trim()) ? BREAK : line.replace(LIST_MARKER, BREAK)))
    .join(' ')
    .replace(/[\u2022\uf0b7]/gu, BREAK)
    .split(new RegExp(`${BREAK}|(?<=[.!?;])\\s+`, 'u'))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => words(sentence).length >= MIN_SENTENCE_WORDS);
}

/** Seed sentences that appear whole (as words) in `text`. */
export function verbatimSentences(seed: string, text: string): string[] {
  const haystack = ` ${words(text).join(' ')} `;
  return seedSentences(seed).filter((sentence) => haystack.includes(` ${words(sentence).join(' ')} `));
}

/** Runs of more than MAX_SHARED_RUN consecutive seed words found in `text`, longest first, each once. */
export function sharedRuns(seed: string, text: string, longerThan = MAX_SHARED_RUN): string[] {
  const n = longerThan + 1;
  const seedWords = words(seed.replace(/-\s*\n\s*/g, '-'));
  const grams = new Set<string>();
  for (let i = 0; i + n <= seedWords.length; i++) grams.add(seedWords.slice(i, i + n).join(' '));
  const textWords = words(text);
  const runs = new Set<string>();
  let i = 0;
  while (i + n <= textWords.length) {
    if (!grams.has(textWords.slice(i, i + n).join(' '))) {
      i++;
      continue;
    }
    let end = i + n;
    while (end < textWords.length && grams.has(textWords.slice(end - n + 1, end + 1).join(' '))) end++;
    runs.add(textWords.slice(i, end).join(' '));
    i = end;
  }
  return [...runs].sort((a, b) => b.length - a.length);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The readable text of an HTML page: scripts, styles and JSON data blocks dropped, every tag
 * turned into a space (so words from adjacent elements never join), entities decoded.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? entity;
    });
}
