import { describe, expect, it } from 'vitest';
import { CLUSTER_CATEGORIES, INDUSTRIAL_ECOSYSTEMS, slug } from '../../scripts/lib/vocabulary.ts';

describe('vocabulary', () => {
  it('lists the 51 EOCIC cluster categories and the 14 industrial ecosystems, each once', () => {
    expect(new Set(CLUSTER_CATEGORIES).size).toBe(51);
    expect(new Set(INDUSTRIAL_ECOSYSTEMS).size).toBe(14);
  });
  it('slug turns labels into URL-safe ids', () => {
    expect(slug('Marketing, Design, and Publishing')).toBe('marketing-design-and-publishing');
    expect(slug('Aerospace & Defence')).toBe('aerospace-and-defence');
    expect(slug('Énergie – Renouvelables')).toBe('energie-renouvelables');
  });
  it('gives every category a distinct slug', () => {
    expect(new Set(CLUSTER_CATEGORIES.map(slug)).size).toBe(51);
  });
});
