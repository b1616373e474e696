import { describe, expect, it } from 'vitest';
import { citation, isoDate } from '../../src/lib/citation';

describe('citation', () => {
  it('names publisher, title, vintage, URL and the day it was read', () => {
    expect(citation({ title: 'Cooperation between clusters', vintage: '2026-11-20', url: 'https://a/maps/cooperation/?sel=cluster:minalogic', accessed: '2026-11-25' }))
      .toBe('Cluster Atlas, “Cooperation between clusters” [interactive map], data as of 2026-11-20. https://a/maps/cooperation/?sel=cluster:minalogic (accessed 2026-11-25).');
  });

  it('leaves out the access date when none is given', () => {
    expect(citation({ title: 'T', vintage: 'v', url: 'u' })).toBe('Cluster Atlas, “T” [interactive map], data as of v. u.');
  });
});

describe('isoDate', () => {
  it('writes a local date as YYYY-MM-DD', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
