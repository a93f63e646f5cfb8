import { characterAt, characterBefore, COMMON_LETTERS, isLetter, lettersAfter, lettersBefore } from './letters';
import { SPEECH_VERB_NOUN_FORMS, SPEECH_VERBS, WORDS_BEFORE_NOUN } from '../words/speech-verbs';

const ONE_WORD_VERBS = new Set<string>(SPEECH_VERBS.filter((verb) => !verb.includes(' ')));
const PHRASAL_VERBS = SPEECH_VERBS.filter((verb) => verb.includes(' '));
const PHRASAL_FIRST_WORDS = new Set(PHRASAL_VERBS.map((verb) => verb.split(' ')[0]!));
/** How many lower-case words may stand between a name and its verb: "Smith later said", "Smith quickly then added". */
const MAX_WORDS_BEFORE_VERB = 2;

/** Whether a speech verb, written in lower case and as a whole word, starts the text at `at`. */
export function isSpeechVerbAt(text: string, at: number): boolean {
  if (ONE_WORD_VERBS.has(lettersAfter(text, at))) return true;
  return PHRASAL_VERBS.some((verb) => text.startsWith(verb, at) && !isLetter(text[at + verb.length]));
}

/** ", said …", " told …", " later said …": a speech verb follows, perhaps after a comma and up to two lower-case words. */
export function startsWithSpeechVerb(text: string): boolean {
  let at = text.startsWith(',') ? 1 : 0;
  const spaces = /^\s+/.exec(text.slice(at));
  if (!spaces) return false;
  at += spaces[0].length;
  for (let words = 0; words <= MAX_WORDS_BEFORE_VERB; words++) {
    if (isSpeechVerbAt(text, at)) return true;
    const word = lettersAfter(text, at);
    const gap = /^\s+/.exec(text.slice(at + word.length));
    if (!word || !gap || word !== word.toLowerCase() || word === word.toUpperCase()) return false;
    at += word.length + gap[0].length;
  }
  return false;
}

/** "… said " : the text ends in a speech verb and white space. */
export function endsWithSpeechVerb(text: string): boolean {
  const end = text.trimEnd().length;
  if (end === text.length) return false;
  const word = lettersBefore(text, end);
  if (ONE_WORD_VERBS.has(word) && startsWord(text, end - word.length)) return true;
  return PHRASAL_VERBS.some((verb) => text.startsWith(verb, end - verb.length) && startsWord(text, end - verb.length));
}

/** A word boundary as `\b` draws it (between an ASCII word character and anything else). */
function startsWord(text: string, at: number): boolean {
  return isAsciiWordChar(text[at - 1]) !== isAsciiWordChar(text[at]);
}

function isAsciiWordChar(char: string | undefined): boolean {
  return char !== undefined && /^\w$/.test(char);
}

/**
 * Runs of the letters of the common scripts: the verbs' letters, and those of the words around them. No `\p{L}` class,
 * which costs V8 a quarter of a millisecond to compile on every page; code confirms a run is a whole word.
 */
const COMMON_LETTER_RUNS = new RegExp(`[${COMMON_LETTERS}]+`, 'g');

const NOUN_FORMS = new Set<string>(SPEECH_VERB_NOUN_FORMS);
const BEFORE_NOUN = new Set<string>(WORDS_BEFORE_NOUN);

/**
 * Whether a speech verb's form is a noun where it stands: capitalised inside a sentence, it is part of a name ("the
 * United States"); a plural noun form after a determiner or a quantifier ("many states", "his remarks").
 */
function isNounAt(text: string, at: number, word: string): boolean {
  const isCapitalised = word.charAt(0) !== word.charAt(0).toLowerCase();
  // Most verbs are neither: the word before is read only for these.
  if (!isCapitalised && !NOUN_FORMS.has(word)) return false;
  const previous = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, at - 12), at))?.[1];
  if (!previous) return false;
  return isCapitalised || BEFORE_NOUN.has(previous.toLowerCase());
}

/** Every speech verb of the text as a whole word, in lower case or capitalised ("Said", "According to"), in order. */
export function findSpeechVerbs(text: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  for (const match of text.matchAll(COMMON_LETTER_RUNS)) {
    const word = match[0];
    // Part of a longer word, with letters of a rarer script around it: no verb of its own.
    if (isLetter(characterBefore(text, match.index)) || isLetter(characterAt(text, match.index + word.length))) continue;
    const first = word.charAt(0);
    const lowerFirst = first.toLowerCase();
    const decapitalised = lowerFirst === first ? word : lowerFirst + word.slice(1);
    if (ONE_WORD_VERBS.has(decapitalised)) {
      if (!isNounAt(text, match.index, word)) found.push({ text: word, index: match.index });
      continue;
    }
    if (!PHRASAL_FIRST_WORDS.has(decapitalised)) continue;
    const phrasal = PHRASAL_VERBS.find((verb) => verb[word.length] === ' ' && verb.startsWith(decapitalised) && text.startsWith(verb.slice(word.length), match.index + word.length) && !isLetter(text[match.index + verb.length]));
    if (phrasal) found.push({ text: text.slice(match.index, match.index + phrasal.length), index: match.index });
  }
  return found;
}
