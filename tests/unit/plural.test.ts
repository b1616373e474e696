import { describe, expect, it } from 'vitest';
import { count, plural, unitFor } from '../../src/lib/plural';
import { formatValue } from '../../src/features/map/map-format';

describe('plural and count', () => {
  it.each([
    [0, '0 clusters'],
    [1, '1 cluster'],
    [2, '2 clusters'],
    [1.5, '1.5 clusters'],
  ])('count(%d, "cluster") reads %j', (n, expected) => {
    expect(count(n, 'cluster')).toBe(expected);
  });

  it('plural takes an irregular plural and count a formatted number', () => {
    expect(plural('country', 2, 'countries')).toBe('countries');
    expect(plural('country', 1, 'countries')).toBe('country');
    expect(count(1204, 'organisation', undefined, '1,204')).toBe('1,204 organisations');
  });
});

describe('unitFor', () => {
  it('puts a count unit in the singular for 1 and leaves it plural otherwise', () => {
    expect(unitFor(1, 'clusters')).toBe('cluster');
    expect(unitFor(0, 'clusters')).toBe('clusters');
    expect(unitFor(3, 'cluster organisations')).toBe('cluster organisations');
    expect(unitFor(1, 'cluster organisations')).toBe('cluster organisation');
  });

  it('leaves units that are not counts as they are', () => {
    expect(unitFor(1, '%')).toBe('%');
    expect(unitFor(1, 'PPS per inhabitant')).toBe('PPS per inhabitant');
  });
});

describe('formatValue with count units', () => {
  it('formatValue writes "1 cluster" and "2 clusters", and sticks % to the number', () => {
    expect(formatValue(1, 'clusters')).toBe('1 cluster');
    expect(formatValue(2, 'clusters')).toBe('2 clusters');
    expect(formatValue(12.5, '%')).toBe('12.5%');
    expect(formatValue(null, 'clusters')).toBe('no data');
  });
});

describe('formatValue with a metric\'s decimals', () => {
  it('shows every value of a metric with the same decimals, so a column reads 12.0% beside 11.6%', () => {
    expect(formatValue(12, '%', 1)).toBe('12.0%');
    expect(formatValue(11.6, '%', 1)).toBe('11.6%');
    expect(formatValue(31200, 'PPS per inhabitant', 0)).toBe('31,200 PPS per inhabitant');
    expect(formatValue(0.8, '', 2)).toBe('0.80');
    expect(formatValue(12, '%')).toBe('12%'); // without decimals: trailing zeros dropped, as before
  });
});
