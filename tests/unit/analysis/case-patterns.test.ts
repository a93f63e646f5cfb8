import { describe, expect, it } from 'vitest';
import { capitalisable } from '../../../utils/analysis/case-patterns';

describe('capitalisable', () => {
  const pattern = new RegExp(`^(?:${capitalisable(['said', 'über', 'st.', 'élu'])})$`, 'u');

  it.each(['said', 'Said', 'über', 'Über', 'st.', 'St.', 'élu', 'Élu'])('matches %s', (word) => {
    expect(pattern.test(word)).toBe(true);
  });

  it.each(['SAID', 'sAid', 'stx', 'Stx', 'elu'])('does not match %s', (word) => {
    expect(pattern.test(word)).toBe(false);
  });
});
