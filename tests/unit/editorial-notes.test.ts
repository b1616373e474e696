import { describe, expect, it } from 'vitest';
import { asSentence, hasEditorialRecord, readerNote, readerSource } from '../../src/lib/editorial-notes';

describe('readerNote', () => {
  it.each([
    ['National automotive cluster | checked confirmed: GIZ ACS news datelined Ljubljana; Ljubljana seat inferred', 'National automotive cluster'],
    ['BMBF Spitzencluster MAI Carbon (2012) | MERGED (see check note) | checked corrected: CCeV merged with CFK Valley', 'BMBF Spitzencluster MAI Carbon (2012)'],
    ['Regional member | Joined Silicon Europe 2017 | checked unconfirmed: organisation exists', 'Regional member; Joined Silicon Europe 2017'],
    ['Own site: "Automotive Cluster Slovakia in Trnava"', 'Own site: "Automotive Cluster Slovakia in Trnava"'],
    ['Walloon competitiveness cluster (verify address)', 'Walloon competitiveness cluster'],
    ['French pôle de compétitivité (HQ in Bordeaux area, verify)', 'French pôle de compétitivité'],
    ['Silicon Europe member since 2015 (midasireland.ie); verify HQ city', 'Silicon Europe member since 2015 (midasireland.ie)'],
    ["'Campania Aerospace' named among founding partners (vae.ahk.de) - confirm it is DAC | checked corrected: DAC is an EACP participant", "'Campania Aerospace' named among founding partners (vae.ahk.de)"],
    ['Cluj IT Cluster: "DREAM includes Pôle MecaTech France" (the page labels Pôle MecaTech as French: confirm it is the same partner)', 'Cluj IT Cluster: "DREAM includes Pôle MecaTech France"'],
    ['July 2024: Gianluigi Viscardi confirmed as president', 'July 2024: Gianluigi Viscardi confirmed as president'],
  ])('keeps what is meant for readers of %j', (note, expected) => {
    expect(readerNote(note)).toBe(expected);
  });

  it('returns null for an empty note or one that is all editorial record', () => {
    expect(readerNote(null)).toBeNull();
    expect(readerNote('')).toBeNull();
    expect(readerNote('checked confirmed: founded 2005')).toBeNull();
    expect(readerNote('verify HQ city | checked unconfirmed: no page')).toBeNull();
  });
});

describe('hasEditorialRecord', () => {
  it('is true only when the note carries a check record', () => {
    expect(hasEditorialRecord('French pôle | checked confirmed: Brest')).toBe(true);
    expect(hasEditorialRecord('Interreg Europe good practice: LITEK established in 2011')).toBe(false);
    expect(hasEditorialRecord(null)).toBe(false);
  });
});

describe('readerSource', () => {
  it('names the linked page instead of the CSV column', () => {
    expect(readerSource('Compiled by the editors from public web pages; confirmed against the page in source_url', true))
      .toBe('Compiled by the editors from public web pages; confirmed against the linked page');
    expect(readerSource('Compiled by the editors from public web pages; corrected against the page in source_url', false))
      .toBe('Compiled by the editors from public web pages; corrected against its source page');
  });

  it('drops a bare "(see source_url)" and leaves other sources as they are', () => {
    expect(readerSource('Compiled by the editors from stored public web pages found in 2026 (see source_url); not in the research seed list', true))
      .toBe('Compiled by the editors from stored public web pages found in 2026; not in the research seed list');
    expect(readerSource('Compiled by the editors from a public web page; headquarters city not confirmed', true))
      .toBe('Compiled by the editors from a public web page; headquarters city not confirmed');
  });
});

describe('asSentence', () => {
  it.each([
    ['National automotive cluster', 'National automotive cluster.'],
    ['Founded in 2005.', 'Founded in 2005.'],
    ['BMBF Spitzencluster MAI Carbon (2012)', 'BMBF Spitzencluster MAI Carbon (2012).'],
    ['Own site: "Automotive Cluster Slovakia in Trnava"', 'Own site: "Automotive Cluster Slovakia in Trnava".'],
  ])('ends %j with one full stop', (text, expected) => {
    expect(asSentence(text)).toBe(expected);
  });
});
