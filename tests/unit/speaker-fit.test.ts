import { describe, expect, it } from 'vitest';
import { evenLine } from '../../scripts/lib/speaker-fit';

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
