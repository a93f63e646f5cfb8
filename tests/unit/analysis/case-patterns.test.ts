import { describe, expect, it } from 'vitest';
import { capitalisable, wordTree } from '../../../utils/analysis/text/case-patterns';

describe('capitalisable', () => {
  const pattern = new RegExp(`^(?:${capitalisable(['said', 'über', 'st.', 'élu'])})$`, 'u');

  it.each(['said', 'Said', 'über', 'Über', 'st.', 'St.', 'élu', 'Élu'])('matches %s', (word) => {
    expect(pattern.test(word)).toBe(true);
  });

  it.each(['SAID', 'sAid', 'stx', 'Stx', 'elu'])('does not match %s', (word) => {
    expect(pattern.test(word)).toBe(false);
  });
});

describe('wordTree', () => {
  const words = ['minister', 'ministre', 'mayor', 'über', 'st.'];

  it.each(['minister', 'ministre', 'mayor', 'über', 'st.'])('matches %s as the flat list does', (word) => {
    expect(new RegExp(`^(?:${wordTree(words)})$`).test(word)).toBe(true);
  });

  it.each(['Minister', 'minist', 'stx'])('does not match %s unless capitalisable', (word) => {
    expect(new RegExp(`^(?:${wordTree(words)})$`).test(word)).toBe(false);
  });

  it.each(['Minister', 'Ministre', 'Mayor', 'Über', 'St.', 'minister'])('capitalisable: matches %s', (word) => {
    expect(new RegExp(`^(?:${wordTree(words, { capitalisable: true })})$`).test(word)).toBe(true);
  });

  it.each(['MINISTER', 'mInister', 'MAyor', 'Minist'])('capitalisable: does not match %s', (word) => {
    expect(new RegExp(`^(?:${wordTree(words, { capitalisable: true })})$`).test(word)).toBe(false);
  });
});
