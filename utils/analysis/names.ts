import { NON_PERSON_WORDS } from './words/non-person-words';
import { HONORIFICS, NAME_PARTICLES, ROLE_NOUNS } from './words/person-titles';

/** A capitalised word, with hyphens, apostrophes, inner dots ("Football.London") or an initial ("C."). */
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}(?:[\p{L}\p{M}'’]|-(?=\p{L})|\.(?=\p{L}))*)`;
/** A particle joins two capitalised words: "van der", "de", "al-", "bin". */
const PARTICLE = String.raw`(?:(?:${NAME_PARTICLES.join('|')})(?:[ \u00A0]|-))`;

/** Runs of capitalised words on one line, the raw material of names. Global: use with matchAll. */
export const NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?:[ \u00A0]${PARTICLE}{0,2}${NAME_WORD}|-${NAME_WORD})*`, 'gu');

/** Capitalised words that open a sentence or a clause and are never part of a name. Lower case. */
export const FUNCTION_WORDS = new Set([
  'a', 'about', 'after', 'also', 'although', 'an', 'and', 'as', 'at', 'because', 'before', 'both', 'but', 'by', 'dans',
  'de', 'der', 'des', 'die', 'during', 'earlier', 'el', 'en', 'even', 'every', 'for', 'from', 'he', 'her', 'his', 'how',
  'however', 'i', 'if', 'il', 'in', 'it', 'its', 'la', 'las', 'later', 'le', 'les', 'los', 'many', 'meanwhile', 'more',
  'most', 'my', 'no', 'not', 'now', 'of', 'on', 'once', 'one', 'only', 'or', 'our', 'over', 'pero', 'she', 'since', 'so',
  'some', 'still', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'to',
  'today', 'un', 'una', 'une', 'under', 'until', 'up', 'we', 'what', 'when', 'where', 'whether', 'which', 'while', 'who',
  'why', 'with', 'within', 'without', 'yes', 'yet', 'you', 'your',
]);

const NON_PERSON = new Set(NON_PERSON_WORDS);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_WORDS = new Set(ROLE_NOUNS.flatMap((noun) => noun.split(' ')));

/** Lower case, without a trailing full stop: the form the word lists use. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** A title or role word that may stand before a name ("Senator", "Mr.", "Minister"). */
export function isRoleWord(word: string): boolean {
  const key = wordKey(word);
  return ROLE_WORDS.has(key) || HONORIFIC.has(key);
}

export function isHonorific(word: string): boolean {
  return HONORIFIC.has(wordKey(word));
}

/** A word that shows a capitalised run names an organisation, a place or a date rather than a person. */
export function isNonPersonWord(word: string): boolean {
  return NON_PERSON.has(wordKey(word).replace(/['’]s$/, ''));
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(wordKey(word));
}

/** Drops a possessive ending: "Gallant's" → "Gallant". */
export function stripPossessive(name: string): string {
  return name.replace(/['’]s?$/, '');
}
