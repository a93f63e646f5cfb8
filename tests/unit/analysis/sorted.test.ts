import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../utils/analysis/text/sorted';

describe('partitionPoint', () => {
  it('counts the leading items for which the test holds', () => {
    const starts = [0, 4, 9, 9, 15];
    expect(partitionPoint(starts, (start) => start < 9)).toBe(2);
    expect(partitionPoint(starts, (start) => start <= 9)).toBe(4);
    expect(partitionPoint(starts, () => true)).toBe(5);
    expect(partitionPoint(starts, () => false)).toBe(0);
    expect(partitionPoint([], () => true)).toBe(0);
  });
});
