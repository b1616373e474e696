/**
 * Both colour themes of src/styles/global.css meet WCAG 2.2 AA for every text/background
 * pair the site uses: 4.5:1 for text, 3:1 for focus outlines and non-text UI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast.ts';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

/** Custom properties declared in the first block that follows `opening`. */
function tokens(opening: string): Record<string, string> {
  const start = css.indexOf(opening);
  if (start === -1) throw new Error(`global.css has no "${opening}" block`);
  const body = css.slice(start, css.indexOf('}', css.indexOf(':root', start)));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

const light = tokens(':root {');
const dark = { ...light, ...tokens('@media (prefers-color-scheme: dark)') };

/** [foreground, background, minimum ratio, where the pair appears] */
const PAIRS: [string, string, number, string][] = [
  ['text', 'bg', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'header, footer, cards'],
  ['muted', 'bg', 4.5, 'lead, meta line'],
  ['muted', 'surface', 4.5, 'footer text, TOC title'],
  ['accent', 'bg', 4.5, 'links'],
  ['accent', 'surface', 4.5, 'links in header, footer, TOC'],
  ['accent', 'callout-bg', 4.5, 'links in key-message callouts'],
  ['text', 'callout-bg', 4.5, 'key-message text'],
  ['official-fg', 'official-bg', 4.5, 'official badge'],
  ['compiled-fg', 'compiled-bg', 4.5, 'compiled badge'],
  ['check-fg', 'check-bg', 4.5, 'needs-check badge, search highlights'],
  ['illus-fg', 'illus-bg', 4.5, 'illustrative badge'],
  ['focus', 'bg', 3, 'focus outline'],
  ['focus', 'surface', 3, 'focus outline in header and footer'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_theme, colours) => {
  it.each(PAIRS)('--%s on --%s reaches %s:1 (%s)', (fg, bg, min) => {
    const [a, b] = [colours[fg], colours[bg]];
    expect(a, `--${fg} is defined`).toBeDefined();
    expect(b, `--${bg} is defined`).toBeDefined();
    expect(contrastRatio(a!, b!)).toBeGreaterThanOrEqual(min);
  });
});

describe('contrastRatio', () => {
  it('contrastRatio of black on white is 21 and of a colour on itself is 1', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b5cad', '#0b5cad')).toBe(1);
  });
  it('contrastRatio of white on the button blue (#0b5cad) passes AA', () => {
    expect(contrastRatio('#fff', '#0b5cad')).toBeGreaterThanOrEqual(4.5);
  });
});
