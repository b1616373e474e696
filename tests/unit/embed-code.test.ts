import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedSnippet } from '../../src/lib/embed-code';

describe('embedSnippet', () => {
  it('writes an iframe of the embed page with a title, full width and lazy loading', () => {
    expect(embedSnippet({ src: 'https://a/embed/overview/?country=FR&sel=cluster:x', title: 'Clusters across Europe' })).toBe(
      `<iframe src="https://a/embed/overview/?country=FR&amp;sel=cluster:x" title="Clusters across Europe" width="100%" height="${EMBED_HEIGHT}" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`,
    );
  });

  it('escapes quotes and angle brackets that come from the address bar', () => {
    const code = embedSnippet({ src: 'https://a/embed/x/?q="><script>', title: 'T' });
    expect(code).toContain('src="https://a/embed/x/?q=&quot;&gt;&lt;script&gt;"');
  });
});
