import { describe, expect, it } from 'vitest';
import { previewSvg, svgToPng, wrapLines } from '../../src/lib/preview-image';

describe('wrapLines', () => {
  it.each([
    ['Aerospace Valley', 24, 3, ['Aerospace Valley']],
    ['Pôle de compétitivité Mer Méditerranée', 21, 3, ['Pôle de compétitivité', 'Mer Méditerranée']],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['Supercalifragilisticexpialidocious', 10, 2, ['Supercali…']],
  ] as const)('wraps %j at %d characters into at most %d lines', (text, width, lines, expected) => {
    expect(wrapLines(text, width, lines)).toEqual(expected);
  });
});

describe('previewSvg', () => {
  const svg = previewSvg({ kicker: 'Cluster · <France>', title: 'A & B "C"', facts: ['<script>x</script>'], mapSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="660" height="630"/>', footer: 'f' });

  it('escapes every text it draws', () => {
    expect(svg).toContain('Cluster · &lt;France&gt;');
    expect(svg).toContain('A &amp; B &quot;C&quot;');
    expect(svg).not.toContain('<script>');
  });

  it('rasterises to a 1200 × 630 PNG', async () => {
    const png = await svgToPng(svg);
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});
