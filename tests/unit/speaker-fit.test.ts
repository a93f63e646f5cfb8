import { describe, expect, it } from 'vitest';
import { evenLine, medianOverResamples } from '../../scripts/lib/speaker-fit';

const choice = (score: number, right: boolean) => ({ score, right });

describe('evenLine', () => {
  it('is the highest score at or below which the choices are right less than half the time', () => {
    const choices = [choice(0.1, false), choice(0.2, false), choice(0.3, true), choice(0.4, false), choice(0.5, true), choice(0.6, true), choice(0.7, true)];
    // At 0.4 one of four is right; at 0.5 two of five; at 0.6 three of six, an even chance and no longer less.
    expect(evenLine(choices)).toBe(0.5);
  });

  it('reads choices of equal score together, in any order', () => {
    expect(evenLine([choice(0.5, true), choice(0.2, false), choice(0.5, false), choice(0.5, false)])).toBe(0.5);
    expect(evenLine([choice(0.5, true), choice(0.5, true), choice(0.2, false)])).toBe(0.2);
  });

  it('is 0 when even the lowest choices are right more often than not', () => {
    expect(evenLine([choice(0.3, true), choice(0.6, false), choice(0.9, true)])).toBe(0);
    expect(evenLine([])).toBe(0);
  });
});

describe('medianOverResamples', () => {
  it('is the median of the estimate over resamples, the same on every run', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const mean = (sample: number[]) => sample.reduce((a, b) => a + b, 0) / sample.length;
    const first = medianOverResamples(items, mean);
    expect(medianOverResamples(items, mean)).toBe(first);
    // Resampled means of 0…49 gather around 24.5; one of them is the median, not 24.5 itself.
    expect(first).toBeGreaterThan(22);
    expect(first).toBeLessThan(27);
    expect(first).not.toBe(24.5);
  });

  it('moves less than the estimate itself when one item changes', () => {
    // The lowest line (counted from the bottom) above which at least 0.8 of the items are true: 0 for the first list
    // (8 of 10 from the top down), 9 for the second, whose one more false near the top keeps the share below 0.8 all
    // the way down. The median over resamples moves by less.
    const lineOf = (flags: boolean[]) => {
      let right = 0;
      let line = flags.length;
      flags.forEach((flag, i) => {
        if (flag) right++;
        if (right / (i + 1) >= 0.8) line = flags.length - 1 - i;
      });
      return line;
    };
    const before = [true, true, true, true, false, true, true, false, true, true];
    const after = [true, false, true, true, false, true, true, false, true, true];
    const jump = Math.abs(lineOf(before) - lineOf(after));
    const resampledJump = Math.abs(medianOverResamples(before, lineOf) - medianOverResamples(after, lineOf));
    expect(resampledJump).toBeLessThan(jump);
  });
});
