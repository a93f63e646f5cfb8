import { describe, expect, it } from 'vitest';
import type { Figure, Quote } from '@/utils/analysis/types';
import { assignSpeakerStyles, styleOf, toHighlightQuotes } from '@/utils/highlight/palette';

const figure = (name: string, role: string | null = null): Figure => ({ name, role, aliases: [], mentions: 1, quoteCount: 1 });
const quote = (speaker: string | null, text = 'words'): Quote => ({
  text, speaker, partial: false, isBlock: false, method: speaker ? 'cue-verb' : 'none', confidence: 1,
  span: { start: 0, end: text.length }, anchor: { exact: text, prefix: '', suffix: '' },
});

describe('speaker styles', () => {
  it('gives each speaker a different colour, figures first, then others as they speak, unknown last', () => {
    const styles = assignSpeakerStyles([figure('Ann Lee', 'Mayor'), figure('Bo Chan'), figure('Silent Sam')], [quote('Zed Ray'), quote(null), quote('Bo Chan'), quote('Ann Lee')]);
    expect(styles.map((s) => s.speaker)).toEqual(['Ann Lee', 'Bo Chan', 'Zed Ray', null]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(4);
    expect(styleOf(styles, 'Ann Lee')?.role).toBe('Mayor');
  });

  it('varies the underline with the colour, so two neighbours never differ by hue alone', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Person ${String.fromCharCode(65 + i)}`);
    const styles = assignSpeakerStyles([], names.map((name) => quote(name)));
    for (let i = 1; i < styles.length; i++) expect(styles[i]!.line).not.toBe(styles[i - 1]!.line);
    const pairs = new Set(styles.map((s) => `${s.colour}/${s.line}`));
    expect(pairs.size).toBe(12);
  });

  it('uses a translucent tint, so the page keeps its own text colour', () => {
    const [style] = assignSpeakerStyles([], [quote('Ann Lee')]);
    expect(style?.tint).toMatch(/^#[0-9A-F]{8}$/i);
    expect(style?.tint.startsWith(style.colour)).toBe(true);
  });

  it('leaves out the tint, keeping colour and underline, when the reader wants underlines only', () => {
    const styles = assignSpeakerStyles([], [quote('Ann Lee'), quote('Bo Chan')], 'underline-only');
    expect(styles.map((s) => s.tint)).toEqual(['transparent', 'transparent']);
    expect(styles.map((s) => s.colour)).toEqual(assignSpeakerStyles([], [quote('Ann Lee'), quote('Bo Chan')]).map((s) => s.colour));
  });

  it('points every quote at its speaker’s style', () => {
    const quotes = [quote('Bo Chan'), quote(null), quote('Ann Lee')];
    const styles = assignSpeakerStyles([figure('Ann Lee')], quotes);
    expect(toHighlightQuotes(quotes, styles).map((q) => styles[q.style]?.speaker)).toEqual(['Bo Chan', null, 'Ann Lee']);
  });
});

describe('speaker colours on light and dark pages', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const names = Array.from({ length: 8 }, (_, i) => `Person ${String.fromCharCode(65 + i)}`);
  const styles = assignSpeakerStyles([], [...names.map((name) => quote(name)), quote(null)]);

  it.each(styles.map((style) => [style.speaker ?? 'unknown', style.colour]))('%s’s underline (%s) has 3:1 contrast on white and on black', (_name, colour) => {
    const l = luminance(colour);
    expect(1.05 / (l + 0.05)).toBeGreaterThanOrEqual(3);
    expect((l + 0.05) / 0.05).toBeGreaterThanOrEqual(3);
  });
});
