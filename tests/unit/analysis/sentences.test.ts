import { describe, expect, it } from 'vitest';
import { sentenceStarts } from '../../../utils/analysis/text/sentences';

function sentences(text: string): string[] {
  const starts = sentenceStarts(text, 0, text.length);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim());
}

describe('sentenceStarts', () => {
  it('breaks before a capital, a digit or an opening quotation mark', () => {
    expect(sentences('The port closed. Workers left! 40 ships waited. “Enough,” he said? ¿Qué pasa?')).toEqual([
      'The port closed.', 'Workers left!', '40 ships waited.', '“Enough,” he said?', '¿Qué pasa?',
    ]);
  });

  it('breaks after closing marks and before capitals of other scripts', () => {
    expect(sentences('He said “yes.” Then he left. Он ушёл. Ελένη έμεινε.')).toEqual(['He said “yes.”', 'Then he left.', 'Он ушёл.', 'Ελένη έμεινε.']);
  });

  it('does not break after titles, initials and abbreviations, or before a lower-case word', () => {
    expect(sentences('Mr. Gallant met Dr. Lee in the U.S. Capitol with C. Eugene Steuerle, e.g. Monday. it rained.')).toEqual([
      'Mr. Gallant met Dr. Lee in the U.S. Capitol with C. Eugene Steuerle, e.g. Monday. it rained.',
    ]);
  });

  it('does not break after a military title, an abbreviated month or a company’s suffix', () => {
    expect(sentences('Army Capt. Dana Quist and Lt. Col. Ana Vindel spoke on Oct. 31 for Harbour Co. and Tilly Inc. on Monday. They left.')).toEqual([
      'Army Capt. Dana Quist and Lt. Col. Ana Vindel spoke on Oct. 31 for Harbour Co. and Tilly Inc. on Monday.', 'They left.',
    ]);
  });

  it('starts the first sentence at the given offset', () => {
    expect(sentenceStarts('xx One. Two.', 3, 12)).toEqual([3, 8]);
  });
});
