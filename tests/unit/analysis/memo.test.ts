import { describe, expect, it } from 'vitest';
import { memoised } from '../../../utils/analysis/text/memo';

describe('memoised', () => {
  it('computes each argument once, including results that are null', () => {
    const calls: string[] = [];
    const lookup = memoised((key) => {
      calls.push(key);
      return key === 'none' ? null : key.length;
    }, 10);
    expect([lookup('Gallant'), lookup('none'), lookup('Gallant'), lookup('none')]).toEqual([7, null, 7, null]);
    expect(calls).toEqual(['Gallant', 'none']);
  });

  it('computes an undefined result once too', () => {
    let calls = 0;
    const lookup = memoised(() => {
      calls++;
      return undefined;
    }, 10);
    expect([lookup('x'), lookup('x')]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });

  it('empties its store before it grows past its size, and still answers right', () => {
    const calls: string[] = [];
    const lookup = memoised((key) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect([lookup('a'), lookup('b'), lookup('c'), lookup('a')]).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
