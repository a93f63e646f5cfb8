import { describe, expect, it } from 'vitest';
import { endsWithSpeechVerb, findSpeechVerbs, isSpeechVerbAt, startsWithSpeechVerb } from '../../../utils/analysis/text/speech-verbs';

describe('startsWithSpeechVerb', () => {
  it.each([', said on Monday', ' told reporters', ' later said', ', quickly then added', ' according to', ' řekla', ' sagte'])('finds the verb in "%s"', (text) => {
    expect(startsWithSpeechVerb(text)).toBe(true);
  });

  it.each([
    ['no space before the verb', ',said'],
    ['a verb inside a longer word', ' saidly'],
    ['three words before the verb', ' then very quickly said'],
    ['a capitalised word before the verb', ' Later said'],
    ['a capitalised verb', ' Said'],
    ['no verb', ' arrived on Monday'],
  ])('rejects %s', (_, text) => {
    expect(startsWithSpeechVerb(text)).toBe(false);
  });
});

describe('endsWithSpeechVerb', () => {
  it.each(['“We are united,” said ', 'as the minister told ', 'according to ', 'the party pointed out  '])('finds the verb ending "%s"', (text) => {
    expect(endsWithSpeechVerb(text)).toBe(true);
  });

  it.each([['no space after the verb', 'he said'], ['a verb ending a longer word', 'unsaid '], ['no verb', 'the minister ']])('rejects %s', (_, text) => {
    expect(endsWithSpeechVerb(text)).toBe(false);
  });
});

describe('isSpeechVerbAt', () => {
  it('reads one-word and phrasal verbs as whole words only', () => {
    expect(isSpeechVerbAt('he added that', 3)).toBe(true);
    expect(isSpeechVerbAt('he pointed out that', 3)).toBe(true);
    expect(isSpeechVerbAt('he pointed outward', 3)).toBe(false);
    expect(isSpeechVerbAt('he adds', 3)).toBe(true);
    expect(isSpeechVerbAt('he addressed', 3)).toBe(false);
  });
});

describe('findSpeechVerbs', () => {
  it('finds whole-word verbs, lower-case or capitalised, and phrasal ones, in order', () => {
    const text = '“Enough,” said Gallant. According to Lapid, he warned; the minister pointed out that unsaid words said nothing.';
    expect(findSpeechVerbs(text).map((verb) => verb.text)).toEqual(['said', 'According to', 'warned', 'pointed out', 'said']);
  });

  it('reads a verb capitalised inside a sentence as part of a name, and a plural noun form after a determiner as the noun', () => {
    expect(findSpeechVerbs('the United States said many states agree, and his remarks came after Harbour Press Says ran').map((verb) => verb.text)).toEqual(['said']);
    expect(findSpeechVerbs('Lee states it plainly. Says Lee, the report notes.').map((verb) => verb.text)).toEqual(['states', 'Says', 'notes']);
  });

  it('gives each verb its offset', () => {
    expect(findSpeechVerbs('He told us.')).toEqual([{ text: 'told', index: 3 }]);
  });

  it('leaves out upper-case words and verbs glued to letters', () => {
    expect(findSpeechVerbs('SAID saidx xsaid according toward')).toEqual([]);
  });

  it('leaves out verbs glued to letters of scripts beyond the common ones (Tifinagh, Mongolian)', () => {
    expect(findSpeechVerbs('saidⴰ ᠠsaid said')).toEqual([{ text: 'said', index: 12 }]);
  });
});
