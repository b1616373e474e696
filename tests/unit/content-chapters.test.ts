/** The real chapters pass the frontmatter schema and the component check, as the build will run them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Chapter } from '../../src/schemas/chapter';
import { validateComponents } from '../../src/integrations/remark-validate-components';
import { compileMdxFile, readFrontmatter } from '../support/compile-mdx';

const DIR = path.resolve('content/chapters');
const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort();

describe.each(files)('content/chapters/%s', (file) => {
  const full = path.join(DIR, file);

  test('has valid frontmatter', () => {
    const result = Chapter.safeParse(readFrontmatter(readFileSync(full, 'utf8')));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  test('uses the author components with valid props', async () => {
    await expect(compileMdxFile(full, [validateComponents()])).resolves.toContain('MDXContent');
  });
});

test('no two chapters share an order number', () => {
  const orders = files.map((f) => Chapter.parse(readFrontmatter(readFileSync(path.join(DIR, f), 'utf8'))).order);
  expect(new Set(orders).size).toBe(orders.length);
});
