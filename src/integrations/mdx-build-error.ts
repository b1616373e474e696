/**
 * The error an MDX build check throws: a heading, then one line per problem, each starting
 * with `file:line:column`. Astro's MDX step reads `line` and `column` (and shows `loc`) to
 * point its overlay and build output at the first problem. Shared by the component check and
 * the deep-link check so every MDX error reads the same way.
 */
export interface PlacedLine {
  line: number;
  column: number;
  /** The problem, after the place. */
  text: string;
}

export class MdxBuildError extends Error {
  readonly loc: { file: string; line: number; column: number };
  readonly line: number;
  readonly column: number;
  /** `heading` is followed by ` in <file> (n problems):`. `problems` must not be empty. */
  constructor(name: string, heading: string, file: string, problems: readonly PlacedLine[]) {
    const first = problems[0]!;
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${heading} in ${file} (${count}):\n${problems.map((p) => `  ${file}:${p.line}:${p.column} ${p.text}`).join('\n')}`);
    this.name = name;
    this.loc = { file, line: first.line, column: first.column };
    this.line = first.line;
    this.column = first.column;
  }
}
