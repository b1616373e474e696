/**
 * Pure helpers for the search page's results (src/pages/search.astro): no DOM, so they are
 * unit-tested in Node. Pagefind returns excerpts as HTML: the page text, HTML-escaped, with
 * the matched words wrapped in <mark>. We never assign that string to innerHTML; we split it
 * into text segments and build the DOM from them.
 */

export interface ExcerptSegment {
  text: string;
  /** True for a matched word (shown in <mark>). */
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references Pagefind writes (&amp; &lt; &#39; &#x27; …); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Split an excerpt into plain and marked segments; any other tag is dropped, its text kept. */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const lower = part.toLowerCase();
    if (lower === '<mark>') mark = true;
    else if (lower === '</mark>') mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, mark });
    }
  }
  return segments;
}

/** What kind of page a result is, from its site path (the base path already removed). */
export function resultKind(path: string): string {
  if (path.startsWith('/chapters/')) return 'Chapter';
  if (path.startsWith('/clusters/')) return 'Cluster';
  if (path.startsWith('/regions/')) return 'Region';
  if (path.startsWith('/maps/')) return 'Map';
  return 'Page';
}

/** The query a reader typed, from the page URL (`?q=`); trimmed, at most 200 characters. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}

/** Lower case without diacritics, so "Pôle" and "pole" compare equal. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Whether a result's highlighted words belong to the query. When a query word is in no page,
 * Pagefind 1.6 falls back to the longest start of it that some page has: "Bayern" then matches
 * the short name "BA" (Pôle Mer BA), "Bayernqq" too. A highlighted word counts when it shares
 * with a query word at least 60% of that word, and never fewer than 3 letters — enough for
 * "Milano" → "Milan" or "Lyon" → "Lyonbiopôle", not for "Bayern" → "BA". A result with no
 * highlighted word (a match in its title only) is kept: there is nothing to judge it by.
 */
export function matchesQuery(query: string, segments: readonly ExcerptSegment[]): boolean {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  // Pagefind marks a whole token, punctuation included: "(ITC4)." → "itc4".
  const marked = segments.filter((s) => s.mark).map((s) => fold(s.text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  if (marked.length === 0 || words.length === 0) return true;
  return marked.some((m) => words.some((w) => sharedPrefix(w, m) >= Math.min(w.length, Math.max(3, Math.ceil(0.6 * w.length)))));
}
