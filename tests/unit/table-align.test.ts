import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { alignClass, tableAlignPlugin } from '../../src/lib/table-align.ts';

const TABLE = '| Country | Aid |\n| :--- | ---: |\n| DE | 1.5 |\n';

describe('alignClass', () => {
  it.each([
    ['text-align:right', 'align-right'],
    ['text-align: Center;', 'align-center'],
    ['text-align:left', 'align-left'],
    ['color:red', null],
    ['text-align:right;color:red', null],
    [undefined, null],
  ])('alignClass(%j) is %j', (style, expected) => {
    expect(alignClass(style)).toBe(expected);
  });
});

describe('tableAlignPlugin', () => {
  it('turns GFM column alignment into classes and leaves no inline style', async () => {
    const { html } = await markdownToHtml(TABLE, { hastPlugins: [tableAlignPlugin] });
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-right">Aid</th>');
    expect(html).toContain('<td class="align-left">DE</td>');
  });

  it('works in MDX chapters too', async () => {
    const { code } = await mdxToJs(TABLE, { hastPlugins: [tableAlignPlugin] });
    expect(code).not.toContain('text-align');
    expect(code).toContain('align-right');
  });

  it('is needed: without it the table carries inline styles', async () => {
    const { html } = await markdownToHtml(TABLE);
    expect(html).toMatch(/style="text-align: ?right"/);
  });
});

describe('the global stylesheet', () => {
  it('styles every class the plugin writes', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    for (const side of ['left', 'center', 'right']) {
      expect(css).toMatch(new RegExp(`\\.align-${side}\\s*\\{\\s*text-align:\\s*${side};`));
    }
  });
});
