import { describe, expect, it } from 'vitest';
import { findMentions, readComplement } from '../../../utils/analysis/attribution/mentions';

describe('readComplement', () => {
  it.each([
    ['a preposition, an article and a noun, up to the verb', ' of the security services said', ' of the security services'],
    ['at most five words', ' of the city council planning committee budget office', ' of the city council planning committee budget'],
    ['a word cut at punctuation', ' at the ministry, who', ' at the ministry'],
    ['a name', ' of the Harbour Development Agency', ' of the Harbour Development Agency'],
    ['a name up to a weekday', ' for Brightline Media Tuesday', ' for Brightline Media'],
    ['words in lower case, but not the name after them', ' of staff Dana Whitfield', ' of staff'],
    ['a complement opened by an adjective and its preposition', ' familiar with the talks who', ' familiar with the talks'],
    ['a possessive inside a word', ' involved in the party’s campaign', ' involved in the party’s campaign'],
    ['hyphenated words', ' for long-term planning', ' for long-term planning'],
  ])('reads %s', (_, text, expected) => {
    expect(readComplement(text)).toBe(expected);
  });

  it.each([
    ['no space before the preposition', 'of the services'],
    ['a word that is no preposition', ' about the services'],
    ['an adjective without its own preposition', ' familiar to the talks'],
    ['a one-letter word', ' of a'],
    ['a preposition ending the text', ' of'],
  ])('reads nothing for %s', (_, text) => {
    expect(readComplement(text)).toBe('');
  });
});

describe('findMentions reads role phrases', () => {
  const roles = (text: string) => findMentions(text, 0, text.length).filter((m) => m.kind === 'role').map((m) => m.text);

  it('finds a role phrase after many determiners that begin none', () => {
    const text = `${'The storm hit the coast and a town lost its power. '.repeat(20)}Then the former defense minister spoke.`;
    expect(roles(text)).toEqual(['the former defense minister']);
  });

  it('finds role nouns in lower case, capitalised or as capital acronyms, and two-word nouns', () => {
    expect(roles('the Minister, the CEO and the press secretary arrived')).toEqual(['the Minister', 'the CEO', 'the press secretary']);
  });

  it('reads a role noun in capitals only where it is short enough to be an acronym', () => {
    expect(roles('the CFO met the MINISTER')).toEqual(['the CFO']);
  });

  it('finds none where no role noun follows a determiner, nor inside longer words', () => {
    expect(roles('The storm hit the coast; a chiefdom and the mischief-maker were ahead.')).toEqual([]);
  });

  it('reads a role noun written with the Kelvin sign, which lower-cases to "k"', () => {
    expect(roles('the \u212Aing spoke')).toEqual(['the \u212Aing']);
  });

  it.each(['the Москва-based foreign minister', 'the Zürich-based foreign minister', 'the 𝐀bc-based foreign minister'])('reads every letter of a word in a role phrase, of any script: %s', (role) => {
    expect(roles(`Then ${role} spoke.`)).toEqual([role]);
  });

  it('marks a role phrase definite by its determiner, in any case', () => {
    const text = 'The minister and a spokesman spoke.';
    expect(findMentions(text, 0, text.length).filter((m) => m.kind === 'role').map((m) => [m.text, m.isDefinite])).toEqual([['The minister', true], ['a spokesman', false]]);
  });

  it('reads a name\'s possessive as a definite determiner that owns the role', () => {
    const text = 'Israel’s defense minister met Delhi\'s spokesman and her lawyer.';
    expect(findMentions(text, 0, text.length).filter((m) => m.kind === 'role').map((m) => [m.text, m.isDefinite, m.isOwned ?? false]))
      .toEqual([['Israel’s defense minister', true, true], ['Delhi\'s spokesman', true, true], ['her lawyer', true, false]]);
  });

  it('reads no role phrase with a second determiner before its noun, but the one that second determiner opens', () => {
    expect(roles('Entre ellos aparecía Ocalan, a quien el informe ubicó en Palermo.')).toEqual(['el informe']);
  });

  it.each([
    ['a contraction', 'Let’s ask the minister.', ['the minister']],
    ['a pronoun\'s contraction', 'It’s the minister who spoke.', ['the minister']],
    ['a possessive with a clause between it and the noun', 'Gallant’s visit to the minister was short.', ['the minister']],
  ])('reads no owner in %s', (_, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('reads no speech verb as a modifier of a role noun', () => {
    expect(roles('The Harbour Association says President Lee is wrong.')).toEqual([]);
  });

  it('reads a German article standing alone before one capitalised word as a description, not a longer word ending like one', () => {
    expect(roles('Das sagt Die Managerin des Konzerns.')).toContain('Die Managerin');
    expect(roles('Das sagt Bordie Managerin des Konzerns.')).toEqual([]);
  });
});

describe('findMentions reads the pronouns of the page’s language', () => {
  const pronouns = (text: string, lang?: string | null) => findMentions(text, 0, text.length, undefined, lang).filter((m) => m.kind === 'person-pronoun').map((m) => m.text);

  it.each([
    ['English, where "on" is a preposition', 'He wrote on the forum.', 'en-GB', ['He']],
    ['French, where "on" is "one"', 'On dit qu’il viendra.', 'fr', ['il']],
    ['Czech, where "on" is "he"', 'On to řekl včera.', 'cs', ['On']],
    ['a page that does not say its language: every list’s', 'He wrote on the forum.', null, ['He', 'on']],
    ['a page whose label is another language: its own pronouns are kept', 'He wrote on the forum.', 'de', ['He', 'on']],
  ])('%s', (_, text, lang, expected) => {
    expect(pronouns(text, lang)).toEqual(expected);
  });
});

describe('findMentions reads a body named by its acronym', () => {
  const names = (text: string) => findMentions(text, 0, text.length, undefined, 'en').filter((m) => m.kind === 'name').map((m) => m.text);

  it.each([
    ['after "the" mid-sentence', 'Earlier, the FBI concluded its review.', ['FBI']],
    ['after "The" opening a sentence', 'The RNC said so.', ['RNC']],
    ['not capitals standing alone, as a headline writes them', 'PROFITS fell again.', []],
    ['not two capitals after "the"', 'He watched the TV all day.', []],
    ['as the subject right before a speech verb', '“We are sorry,” HPW said in a statement.', ['HPW']],
    ['not capitals a speech verb follows only after other words', 'The field SHOULD be added to the record.', []],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMentions reads a name with its generational suffix', () => {
  it.each([
    ['Roman numerals, which are no party’s initials', '“Yes,” Brent Harlow III, founder of the Harbour Center, told us.', 'Brent Harlow III'],
  ])('%s', (_, text, expected) => {
    expect(findMentions(text, 0, text.length).filter((m) => m.kind === 'name').map((m) => m.text)).toContain(expected);
  });
});
