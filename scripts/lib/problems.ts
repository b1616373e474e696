/**
 * One shape for every input problem the pipeline finds, so that all of them can be listed at once
 * as `file:line:column — found X, expected Y` and the run stops with a non-zero exit code.
 */

export interface Problem {
  /** Path as the editor knows it (relative to the data folder when possible). */
  file: string;
  /** 1-based line; 1 for file-level problems. */
  line: number;
  /** 1-based column in characters; 1 for line-level problems. */
  column: number;
  /** What the input holds, quoted as text (never interpreted). */
  found: string;
  /** What would have been accepted. */
  expected: string;
}

/** Where a value came from, for problems raised after parsing (joins, geocoding, links). */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export function problemAt(at: Position, found: string, expected: string): Problem {
  return { file: at.file, line: at.line, column: at.column, found, expected };
}

/** Quote input text for a message: JSON escapes make control characters and quotes visible. */
export function quote(text: string, max = 80): string {
  const clipped = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(clipped);
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} — found ${p.found}, expected ${p.expected}`;
}

/** Sort by file, line, column so the list reads top to bottom and is stable between runs. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.found.localeCompare(b.found),
  );
}

/** Thrown when inputs are invalid; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    super(`${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the input data:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'InputError';
    this.problems = sorted;
  }
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
