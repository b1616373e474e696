/**
 * Fixture folders as test cases (house habit 5): each folder under `dir` holds an `input.mdx` and the
 * `expected.txt` outcome — "ok" or the build error. On a mismatch the new outcome is written beside it
 * as `expected-changed.txt` (git-ignored) for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** The outcome of compiling a case: "ok\n" or the error message and a newline. */
export async function compileOutcome(compile: () => Promise<unknown>): Promise<string> {
  try {
    await compile();
    return 'ok\n';
  } catch (error) {
    return `${(error as Error).message}\n`;
  }
}

/** One test per case folder of `dir`; `outcome(name)` compiles the case and returns what happened. */
export function describeFixtureCases(title: string, dir: string, outcome: (name: string) => Promise<string>): void {
  describe(title, () => {
    for (const name of readdirSync(dir).sort()) {
      test(name, async () => {
        const caseDir = path.join(dir, name);
        const actual = await outcome(name);
        const expectedFile = path.join(caseDir, 'expected.txt');
        const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : null;
        if (actual !== expected) writeFileSync(path.join(caseDir, 'expected-changed.txt'), actual);
        expect(actual).toBe(expected);
      });
    }
  });
}
