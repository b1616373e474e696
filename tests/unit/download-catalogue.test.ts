import { describe, expect, it } from 'vitest';
import { fileSize } from '../../src/lib/download-catalogue';

describe('fileSize', () => {
  it.each([
    ['', '0 bytes'],
    ['x'.repeat(999), '999 bytes'],
    ['x'.repeat(1500), '2 KB'],
    ['é'.repeat(600), '1 KB'], // UTF-8 bytes, not characters
    ['x'.repeat(3_250_000), '3.3 MB'],
  ])('gives the size of a %#th text as %s', (text, expected) => {
    expect(fileSize(text)).toBe(expected);
  });
});
