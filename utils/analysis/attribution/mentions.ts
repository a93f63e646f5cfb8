import { FUNCTION_WORDS, isFunctionWord, isNonPersonWord, isRoleWord, lowerLeadingParticles, nameStart, splitRun, stripPossessive } from '../people/names';
import type { NameRun } from '../people/name-runs';
import { findNameRuns, runsWithin } from '../people/name-runs';
import { DETERMINERS, ROLE_NOUNS, SOURCE_NOUNS } from '../words/person-titles';
import { NOT_PRONOUNS_BY_LANGUAGE, PERSON_PRONOUNS, THING_PRONOUNS } from '../words/pronouns';
import { SPEECH_VERBS } from '../words/speech-verbs';
import { startsWithSpeechVerb } from '../text/speech-verbs';
import { capitalisable } from '../text/case-patterns';
import { ROLE_NOUN_PREFIX_TREE } from '../words/role-noun-tree';
import { characterAt, isLetter, LATIN_LETTERS, lettersAfter, startsUpper } from '../text/letters';
import { memoised } from '../text/memo';

/** A way a clause may name someone: by name, by a pronoun, or by a role or description ("the minister"). */
export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: 'name' | 'person-pronoun' | 'thing-pronoun' | 'role';
  /** A lone capitalised word opening a sentence ("Opposition lawmakers"), which may be capitalised only for that. */
  isOpener?: boolean;
  /** For a role: a definite one ("the minister") points back to someone named; an indefinite one ("a source") does not. */
  isDefinite: boolean;
  /**
   * For a role: opened by a name's possessive ("Israel’s defense minister", "Gallant’s spokesman"). It is definite, but
   * the last person named is more likely its owner than its holder.
   */
  isOwned?: boolean;
  /**
   * For a role: a description in words no list of roles holds ("the man", "the crowd", "the lawsuit"). It names the
   * speaker as the text does; it is no title someone named before holds.
   */
  isDescribed?: boolean;
}

const NOUN_SET = new Set([...ROLE_NOUNS, ...SOURCE_NOUNS]);
const DETERMINER_SET = new Set(DETERMINERS);
/** First words of the nouns written in two words ("press secretary"): only after one of these is a pair looked up. */
const TWO_WORD_NOUN_STARTS = new Set([...NOUN_SET].filter((noun) => noun.includes(' ')).map((noun) => noun.split(' ')[0]!));
/** A capitalised word's possessive, which determines a noun as "the" does: "Israel’s", "Delhi's". */
const OWNER = String.raw`[A-Z\u00C0-\u00DE][${LATIN_LETTERS}]*['’]s`;
/**
 * A determiner before white space, not inside a Latin word; code rules out other scripts' letters before it. Longest
 * first, so "another" is not read as "an". Kept free of Unicode classes: they are slow to compile (see letters.ts).
 */
const DETERMINER_AT = new RegExp(String.raw`(?<![${LATIN_LETTERS}])(?:${capitalisable(longestFirst(DETERMINERS))}|${OWNER})(?=\s)`, 'g');
/**
 * The white space before a word that opens like a role or source noun (or the first word of a two-word one): its
 * first NOUN_PREFIX_LENGTH letters, in lower case or capitalised. A quick filter: a determiner is only read when one of
 * these follows it, and code looks the noun up. Its alternation is generated ahead of time
 * (scripts/generate-word-patterns.ts): built here, it cost 2.5 ms on every page. Prefixes rather than the whole nouns,
 * and no `i` flag: the pattern of whole nouns took three times as long to compile, and the `i` flag doubled that.
 */
const NOUN_CANDIDATE = new RegExp(String.raw`\s${ROLE_NOUN_PREFIX_TREE}`, 'g');

const NOUN_PREFIX_LENGTH = 3;
const MAX_ACRONYM_LENGTH = 3;

/** What NOUN_CANDIDATE looks for: the first letters of each role and source noun's first word. */
export function nounCandidatePrefixes(): string[] {
  const firstWords = [...NOUN_SET].map((noun) => noun.split(' ')[0]!);
  // "the CEO": a word of up to three letters may be an acronym, written in capitals.
  const acronyms = firstWords.filter((word) => word.length <= MAX_ACRONYM_LENGTH).map((word) => word.toUpperCase());
  return [...new Set([...firstWords, ...acronyms].map((word) => word.slice(0, NOUN_PREFIX_LENGTH)))];
}

/** "of the services", "de los servicios": a complement that belongs to an unnamed source, of up to five lower-case words. */
const COMPLEMENT_PREPOSITIONS = new Set(['de', 'of', 'from', 'at', 'for', 'del', 'du', 'des']);
const COMPLEMENT_ARTICLES = new Set(['the', 'los', 'las', 'la', 'le', 'el', 'les']);
const MAX_COMPLEMENT_WORDS = 5;
/** Words that end a complement: the verb or clause that follows the noun phrase. */
const COMPLEMENT_STOP = new Set([
  'and', 'are', 'but', 'e', 'had', 'has', 'is', 'la', 'le', 'les', 'lo', 'me', 'nos', 'o', 'or', 'que', 'qui', 'se', 'te',
  'that', 'to', 'was', 'were', 'which', 'who', 'will', 'would', 'y',
]);
/** A pronoun as a whole word, not before an apostrophe; code rules out other scripts' letters around it. */
function pronounPattern(personPronouns: readonly string[]): RegExp {
  return new RegExp(String.raw`(?<![${LATIN_LETTERS}])(?:${capitalisable(longestFirst([...personPronouns, ...THING_PRONOUNS]))})(?![${LATIN_LETTERS}'’])`, 'g');
}
const ANY_LANGUAGE_PRONOUN_AT = pronounPattern(PERSON_PRONOUNS);
/** The pronouns of a language that writes some of them as other words: "on" is a Czech pronoun, but an English preposition. */
const PRONOUN_AT_BY_LANGUAGE = new Map(
  Object.entries(NOT_PRONOUNS_BY_LANGUAGE).map(([language, words]) => [language, pronounPattern(PERSON_PRONOUNS.filter((pronoun) => !words.includes(pronoun)))]),
);
const PERSON_PRONOUN_SET = new Set(PERSON_PRONOUNS);

/** The pronouns read on a page in `lang` ("en-GB", "cs"): every language's, but those its own language writes as other words. */
function pronounsOf(lang: string | null | undefined): RegExp {
  const language = lang?.split(/[-_]/)[0]!.toLowerCase();
  return (language && PRONOUN_AT_BY_LANGUAGE.get(language)) || ANY_LANGUAGE_PRONOUN_AT;
}
const SOURCE_NOUN_SET = new Set(SOURCE_NOUNS);
const SPEECH_VERB_SET = new Set<string>(SPEECH_VERBS);
/** Days and months: capitalised, never a speaker. */
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Determiners that make a role phrase definite ("the minister" points back to someone named), in lower case. */
const DEFINITE_DETERMINERS = new Set(['the', 'her', 'his', 'its', 'their', 'le', 'la', 'el', 'der', 'die']);

/** Every mention in text[start, end), in order. */
export function findMentions(text: string, start: number, end: number, nameRuns?: readonly NameRun[], lang?: string | null): Mention[] {
  const clause = text.slice(start, end);
  const mentions = [...findNames(clause, nameRuns ? runsWithin(nameRuns, start, end) : findNameRuns(clause)), ...findRolePhrases(clause), ...findPronouns(clause, pronounsOf(lang))];
  // Made here for this clause: placed in the text where they stand, without copies.
  for (const mention of mentions) {
    mention.start += start;
    mention.end += start;
  }
  return dropContained(mentions);
}

/** Keeps the longest of mentions that overlap ("the Democratic Party leader" over "Democratic Party"), in text order. */
function dropContained(mentions: Mention[]): Mention[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let reach = -1;
  for (const mention of ordered) {
    if (mention.end <= reach) continue;
    kept.push(mention);
    reach = mention.end;
  }
  return kept;
}

function findNames(clause: string, nameRuns: readonly NameRun[]): Mention[] {
  const found: Mention[] = [];
  for (const { run, index } of nameRuns) {
    for (const { part, offset } of splitRun(run)) {
      const named = nameInRunOnce(part);
      const mention = named ? toNameMention(clause, named, index + offset + named.at) : bodyAcronym(clause, part, index + offset);
      if (mention) found.push(mention);
    }
  }
  return found;
}

/** The name a run of capitalised words holds, where it starts in the run, and whether it is the run's first word. */
interface RunName {
  name: string;
  at: number;
  wordCount: number;
  isWholeRun: boolean;
}

/** The suffixes after a surname that tell a father from his son: part of the name, never one of their own. */
const GENERATIONAL_SUFFIXES = new Set(['II', 'III', 'IV', 'Jr', 'Jr.', 'Sr', 'Sr.']);

/** The same names come back paragraph after paragraph: each distinct run is read once. */
const nameInRunOnce = memoised(nameInRun, 5_000);

/** A person's name without the titles before it, or an organisation's name without its article. */
function nameInRun(run: string): RunName | null {
  const words = stripPossessive(run).split(/[ \u00A0]/);
  // "Brent Bozell III": a generational suffix ends the name, and its capitals are no party's initials.
  const suffix = words.length > 2 && GENERATIONAL_SUFFIXES.has(words[words.length - 1]!) ? words.pop() : undefined;
  // An organisation's or a place's name is kept whole, without its article: "New Zealand Department of Conservation".
  // (A leading one only describes what follows: "Twitter Gary Lineker", "Web Football.London".)
  const isBody = words.slice(1).some(isNonPersonWord) || words.includes('of');
  const first = isBody ? words.findIndex((word) => !isFunctionWord(word) && !isRoleWord(word)) : nameStart(words);
  const nameWords = first < 0 ? [] : words.slice(first);
  if (nameWords.length === 0 || nameWords.some((word) => DATE_WORDS.has(word.toLowerCase()))) return null;
  if (suffix) nameWords.push(suffix);
  const name = lowerLeadingParticles(nameWords).join(' ');
  return { name, at: run.toLowerCase().indexOf(name.toLowerCase()), wordCount: nameWords.length, isWholeRun: first === 0 };
}

/** "the FBI", "The RNC": capitals after "the", three letters or more, ending the run. */
const THE_ACRONYM = /^(?:The )?([A-Z]{3,})$/;
const THE_BEFORE = /(?:^|\s)the $/;

/**
 * A body named by its acronym after "the" ("the FBI said") or as a speech verb's subject ("MWW said"), which names no
 * person and so no name is read from it. Capitals alone are as often a headline's or a kicker's word ("PROFITS", "SQL")
 * as a body: "the" or the verb tells them apart.
 */
function bodyAcronym(clause: string, part: string, start: number): Mention | null {
  const acronym = THE_ACRONYM.exec(part)?.[1];
  const isNamedAsBody = (at: number) => THE_BEFORE.test(clause.slice(Math.max(0, at - 5), at)) || isVerbRightAfter(clause, at + part.length);
  if (!acronym || (part === acronym && !isNamedAsBody(start))) return null;
  const at = start + part.length - acronym.length;
  return { text: acronym, start: at, end: at + acronym.length, kind: 'name', isDefinite: true };
}

/** " said", " told": a speech verb right after a word, with one space between and no words. */
function isVerbRightAfter(clause: string, end: number): boolean {
  return clause[end] === ' ' && SPEECH_VERB_SET.has(lettersAfter(clause, end + 1));
}

/** A name as the clause uses it: after a German article, a description; alone at a sentence's start, maybe just an opener. */
function toNameMention(clause: string, named: RunName, start: number): Mention {
  const { name } = named;
  // "sagt die Managerin": in German every noun is capitalised; one word after an article is a description, not a name.
  const article = germanArticleBefore(clause, start);
  if (article && named.wordCount === 1) return { text: `${article} ${name}`, start: start - article.length - 1, end: start + name.length, kind: 'role', isDefinite: true };
  const described = describedByName(clause, start, name);
  if (described) return described;
  const isOpener = named.isWholeRun && named.wordCount === 1 && (start === 0 || /(?:[.!?:]\s+|[“"«„]\s*)$/.test(clause.slice(Math.max(0, start - 4), start)))
    && !isNamedSpeakerOpener(clause, start, name);
  return { text: name, start, end: start + name.length, kind: 'name', isDefinite: true, isOpener };
}

/** "one ", "a ", "the ": a determiner right before a name, which then only qualifies the noun after it. */
const DETERMINER_BEFORE = /(?:^|[\s(“"])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s$/;
/** The last letters of "a", "an", "one", "another", "the". */
const DETERMINER_LAST_LETTERS = new Set(['a', 'A', 'n', 'N', 'e', 'E', 'r', 'R']);
/** The lower-case words after such a name, up to the noun they end with: " insider", " administration official". */
const NOUN_AFTER_NAME = /^(?:\s[a-z][a-z-]*){1,3}/;
/** How many words after the name the described noun may run to: "an Obama administration official". */
const MAX_DESCRIBING_WORDS = 3;

/**
 * "one Obama insider", "a Trump supporter", "an Obama administration official", "the Christie supporter", "the Cruz
 * campaign": a name after a determiner and before a lower-case noun describes someone else, who is the one meant; the
 * whole phrase names them. After "the", not a role ("the Arkansas senator"), which stands for someone named.
 */
function describedByName(clause: string, start: number, name: string): Mention | null {
  // Most names follow no determiner: the letter before the space tells, before any pattern runs.
  if (!DETERMINER_LAST_LETTERS.has(clause.charAt(start - 2))) return null;
  const determiner = DETERMINER_BEFORE.exec(clause.slice(Math.max(0, start - 9), start));
  const after = determiner && NOUN_AFTER_NAME.exec(clause.slice(start + name.length, start + name.length + 60));
  if (!determiner || !after) return null;
  const words = after[0].trim().split(/\s+/).slice(0, MAX_DESCRIBING_WORDS);
  const stop = words.findIndex((word) => COMPLEMENT_STOP.has(word) || SPEECH_VERB_SET.has(word) || FUNCTION_WORDS.has(word));
  const nouns = stop < 0 ? words : words.slice(0, stop);
  if (nouns.length === 0) return null;
  // After "the", only a subject right before its speech verb ("the Cruz campaign said"), never "the Florida senator"
  // or "the Oklahoma City bombing".
  const isDefinite = /^[Tt]he$/.test(determiner[0].trim().replace(/^[(“"]/, ''));
  if (isDefinite && (stop < 0 || !SPEECH_VERB_SET.has(words[stop]!) || nouns.some((noun) => NOUN_SET.has(noun)))) return null;
  const phraseStart = start - determiner[0].trimStart().replace(/^[(“"]/, '').length;
  const end = start + name.length + 1 + nouns.join(' ').length;
  return { text: clause.slice(phraseStart, end), start: phraseStart, end, kind: 'role', isDefinite, isDescribed: isDefinite || undefined };
}

/** Words that open a sentence before a speech verb and name no one in particular: "Others said", "People told". */
const NOBODY_IN_PARTICULAR = new Set(['all', 'everybody', 'everyone', 'many', 'nobody', 'others', 'people', 'somebody', 'someone']);

/**
 * "Verizon said in a statement", "Noem told reporters": one capitalised word opening the sentence, its speech verb
 * right after it, is the sentence's subject, not only a capital; but not a plural or a participle ("Teachers said",
 * "Looking back, …") or a contraction ("We’ve"), nor a word that names nobody in particular.
 */
function isNamedSpeakerOpener(clause: string, start: number, name: string): boolean {
  const lower = name.toLowerCase();
  const isPluralOrParticiple = /(?:[^su]s|ing)$/.test(lower) || /[-'’]/.test(lower);
  return !isPluralOrParticiple && !NOBODY_IN_PARTICULAR.has(lower) && startsWithSpeechVerb(clause.slice(start + name.length, start + name.length + 30));
}

const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den']);

/** "die " right before `start`, a word of its own in any case ("Die Managerin"), or undefined. */
function germanArticleBefore(clause: string, start: number): string | undefined {
  const article = clause.slice(Math.max(0, start - 4), start - 1);
  const isAlone = start === 4 || /\s/.test(clause.charAt(start - 5));
  return start >= 4 && isAlone && /\s/.test(clause.charAt(start - 1)) && GERMAN_ARTICLES.has(article.toLowerCase()) ? article : undefined;
}

/** "the defense minister", "a senior US official", "her mother", "una fuente de los servicios". */
function findRolePhrases(clause: string): Mention[] {
  const found: Mention[] = [];
  const lastNoun = lastNounCandidate(clause);
  for (let match = nextDeterminerRun(clause, 0, lastNoun); match; ) {
    const words = match.text.split(/\s+/);
    const isOwned = isOwnerWord(words[0]!);
    const nounAt = words.findIndex((word, i) => i > 0 && isRoleNounAt(words, i));
    if (nounAt < 0 || !hasOnlyModifiers(words, nounAt, isOwned)) {
      match = nextDeterminerRun(clause, match.index + words[0]!.length, lastNoun);
      continue;
    }
    const isTwoWordNoun = isTwoWordNounAt(words, nounAt);
    let phrase = words.slice(0, nounAt + (isTwoWordNoun ? 2 : 1)).join(' ');
    // "the Illinois Board of Elections": a capitalised source noun heads a name, with its complement.
    const isName = isProperName(phrase);
    phrase += readComplement(clause.slice(match.index + phrase.length));
    if (!isName) found.push({ text: phrase, start: match.index, end: match.index + phrase.length, kind: 'role', isDefinite: isOwned || isDefinitePhrase(phrase), isOwned });
    match = nextDeterminerRun(clause, match.index + phrase.length, lastNoun);
  }
  return found;
}

/**
 * Where the clause's last possible role noun starts, or -1: no determiner at or after it can begin a role phrase.
 * (The Kelvin sign lower-cases to "k", which the role words are looked up in, but the pattern does not match it: such
 * clauses are read whole.)
 */
function lastNounCandidate(clause: string): number {
  if (clause.includes('\u212A')) return clause.length;
  const nouns = new RegExp(NOUN_CANDIDATE);
  let last = -1;
  for (let match = nouns.exec(clause); match; match = nouns.exec(clause)) last = match.index + 1;
  return last;
}

/**
 * How many words after the first may follow a determiner in a role phrase: "the former deputy defence minister". Five
 * ("a former senior law enforcement official") gained two quotations of PolNeAR and cost a tenth of the mention search.
 */
const MAX_WORDS_AFTER_DETERMINER = 3;

/**
 * The next determiner at or after `from` and before `until` (a whole word, lower case or capitalised) and up to four
 * words after it.
 */
function nextDeterminerRun(clause: string, from: number, until: number): { text: string; index: number } | null {
  const determiners = new RegExp(DETERMINER_AT);
  determiners.lastIndex = from;
  for (let match = determiners.exec(clause); match && match.index < until; match = determiners.exec(clause)) {
    if (isLetter(clause[match.index - 1])) continue;
    if (isPossessive(match[0]) && !isOwnerWord(match[0])) continue; // "It’s", "Let’s": no determiner
    const wordStart = skipSpaces(clause, match.index + match[0].length);
    let end = hyphenatedWordEnd(clause, wordStart);
    if (end === wordStart) continue;
    for (let words = 0; words < MAX_WORDS_AFTER_DETERMINER && (clause[end] === ' ' || clause[end] === '\u00A0'); words++) {
      const next = hyphenatedWordEnd(clause, end + 1);
      if (next === end + 1) break;
      end = next;
    }
    return { text: clause.slice(match.index, end), index: match.index };
  }
  return null;
}

/** Latin letters and hyphens from a position. Sticky. */
const LATIN_WORD_AT = new RegExp(`[${LATIN_LETTERS}-]+`, 'y');

/**
 * The end of the letters and hyphens from `at`: Latin ones by a pattern, any others one at a time (a `\p{L}` pattern
 * would read them all, but is slow to compile).
 */
function hyphenatedWordEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    LATIN_WORD_AT.lastIndex = end;
    if (LATIN_WORD_AT.test(text)) end = LATIN_WORD_AT.lastIndex;
    const char = characterAt(text, end);
    if (!isLetter(char)) return end;
    end += char.length;
  }
}

/** The complement opening the text (" of the services", " for Platte River", " familiar with the talks"), or "" when none does. */
export function readComplement(text: string): string {
  const prepositionStart = skipSpaces(text, 0);
  const prepositionEnd = complementPrepositionEnd(text, prepositionStart);
  if (prepositionStart === 0 || prepositionEnd < 0) return '';
  const afterPreposition = skipSpaces(text, prepositionEnd);
  if (afterPreposition === prepositionEnd) return '';
  const articleEnd = wordEnd(text, afterPreposition);
  const afterArticle = skipSpaces(text, articleEnd);
  const end = COMPLEMENT_ARTICLES.has(text.slice(afterPreposition, articleEnd)) && afterArticle > articleEnd ? readComplementWords(text, afterArticle) : -1;
  const complementEnd = end > 0 ? end : readComplementWords(text, afterPreposition);
  return complementEnd > 0 ? text.slice(0, complementEnd) : '';
}

/** Adjectives that open a complement with the preposition after them: a source "close to", "familiar with", "involved in". */
const COMPLEMENT_ADJECTIVES = new Map([['close', 'to'], ['familiar', 'with'], ['involved', 'in']]);

/** Where the complement's preposition (or adjective and preposition) that starts at `at` ends, or -1 if none does. */
function complementPrepositionEnd(text: string, at: number): number {
  const end = wordEnd(text, at);
  const word = text.slice(at, end);
  if (COMPLEMENT_PREPOSITIONS.has(word)) return end;
  const preposition = COMPLEMENT_ADJECTIVES.get(word);
  if (preposition === undefined) return -1;
  const next = skipSpaces(text, end);
  const nextEnd = wordEnd(text, next);
  return next > end && text.slice(next, nextEnd) === preposition ? nextEnd : -1;
}

/**
 * Up to MAX_COMPLEMENT_WORDS words from `at`, one space run apart, in lower case or capitalised as a name's are ("of
 * the Vermont Democratic Party"), but no name after words in lower case; up to a day or a month ("for the agency
 * Tuesday"), a verb or a clause's first word ("who", "said"): where they end, or -1 if none starts there.
 */
function readComplementWords(text: string, at: number): number {
  let end = complementWordEnd(text, at);
  if (end < 0) return -1;
  let hasLowerWord = !startsUpper(text.slice(at, end));
  for (let words = 1; words < MAX_COMPLEMENT_WORDS; words++) {
    const next = skipSpaces(text, end);
    const nextEnd = next > end ? complementWordEnd(text, next) : -1;
    if (nextEnd < 0) break;
    // "chief of staff Reince Priebus": a name after the complement's own words is the role's holder.
    const isUpper = startsUpper(text.slice(next, nextEnd));
    if (isUpper && hasLowerWord) break;
    hasLowerWord ||= !isUpper;
    end = nextEnd;
  }
  return end;
}

/** A word of two letters or more (with hyphens, and an apostrophe between letters: "super-PAC’s"): where it ends, or -1. */
function complementWordEnd(text: string, at: number): number {
  if (!isLetter(text[at])) return -1;
  let end = at + 1;
  while (end < text.length && (text[end] === '-' || isLetter(text[end]) || (/['’]/.test(text[end]!) && isLetter(text[end + 1])))) end++;
  const word = text.slice(at, end).toLowerCase();
  if (end === at + 1 || DATE_WORDS.has(word) || COMPLEMENT_STOP.has(word) || SPEECH_VERB_SET.has(word)) return -1;
  return end;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function wordEnd(text: string, at: number): number {
  while (at < text.length && !/\s/.test(text[at]!)) at++;
  return at;
}

/** Whether a role or source noun, of one word or two, starts at words[i]. */
function isRoleNounAt(words: readonly string[], i: number): boolean {
  return NOUN_SET.has(words[i]!.toLowerCase()) || isTwoWordNounAt(words, i);
}

function isTwoWordNounAt(words: readonly string[], i: number): boolean {
  const first = words[i]!.toLowerCase();
  return TWO_WORD_NOUN_STARTS.has(first) && NOUN_SET.has(`${first} ${(words[i + 1] ?? '').toLowerCase()}`);
}

/** "Israel’s", "Delhi's": a name's possessive, where a determiner may stand; not "It’s", "That’s" or "Here’s". */
function isOwnerWord(word: string): boolean {
  if (!isPossessive(word) || !startsUpper(word)) return false;
  const owner = word.slice(0, -2);
  return !isFunctionWord(owner) && !NOT_OWNERS.has(owner.toLowerCase());
}

function isPossessive(word: string): boolean {
  const apostrophe = word[word.length - 2];
  return word.endsWith('s') && (apostrophe === "'" || apostrophe === '’');
}

/** Capitalised words before "’s" that own nothing: contractions ("Let’s", "Here’s") and pronouns. */
const NOT_OWNERS = new Set(['here', 'let', 'one', 'someone', 'somebody', 'everyone', 'nobody', 'nothing', 'something', 'everything']);

/**
 * Whether only the noun's own modifiers stand between the determiner and the noun: no second determiner ("a quien el
 * informe", where Spanish "a" is "to"); after a possessive ("Israel’s defense minister"), no function word at all
 * ("Let’s ask the minister" is a clause).
 */
function hasOnlyModifiers(words: readonly string[], nounAt: number, isOwned: boolean): boolean {
  // Plain function words only: a compound such as "now-deceased" is the noun's modifier; and a speech verb is no
  // modifier ("the NRA says President …" is a clause).
  const stops = isOwned ? FUNCTION_WORDS : DETERMINER_SET;
  return words.slice(1, nounAt).every((word) => !stops.has(word.toLowerCase()) && !SPEECH_VERB_SET.has(word.toLowerCase()));
}

/** A role phrase (its words one space apart) opened by a definite determiner, in any case. */
function isDefinitePhrase(phrase: string): boolean {
  const space = phrase.indexOf(' ');
  return space > 0 && DEFINITE_DETERMINERS.has(phrase.slice(0, space).toLowerCase());
}

/** "The Food Standards Agency" is a name: a body's noun, capitalised, after capitalised words. */
function isProperName(phrase: string): boolean {
  const words = phrase.split(/\s+/).slice(1);
  const noun = words[words.length - 1] ?? '';
  return startsUpper(noun) && SOURCE_NOUN_SET.has(noun.toLowerCase()) && words.every(startsUpper);
}

function findPronouns(clause: string, pronounAt: RegExp): Mention[] {
  const found: Mention[] = [];
  for (const match of clause.matchAll(pronounAt)) {
    const word = match[0];
    if (isLetter(clause[match.index - 1]) || isLetter(clause[match.index + word.length])) continue;
    const kind = PERSON_PRONOUN_SET.has(word.toLowerCase()) ? ('person-pronoun' as const) : ('thing-pronoun' as const);
    found.push({ text: word, start: match.index, end: match.index + word.length, kind, isDefinite: true });
  }
  return found;
}

function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** "'s ", "’ ": a possessive between two names. */
const OWNER_BETWEEN = /^(?:['’]s?) $/;
/** " campaign manager ", "’s spokesman ": lower-case words (after a possessive, perhaps) between a name and the next. */
const QUALIFIED_ROLE_BETWEEN = /^(?:['’]s?)? (?:[a-z][a-z-]* ){0,2}([a-z][a-z-]*) $/;

/**
 * Nouns that, between two names, say how the second stands to the first without being a title of their own: "Clinton
 * ally James Carville", "Trump critic Ana Navarro". ("Ally" capitalised is a given name.)
 */
const QUALIFYING_NOUNS = new Set(['allies', 'ally', 'backer', 'critic', 'friend', 'loyalist', 'rival', 'supporter']);

/**
 * "Clinton campaign manager Robby Mook", "McConnell spokesman Don Stewart": a name that only qualifies the role after
 * it stands before the role's holder, who is the one meant. From the mention at `index`, the holder at the end of
 * such a chain.
 */
export function headOfName(text: string, mentions: readonly Mention[], index: number): Mention {
  let i = index;
  // "the NBC moderator Dana Whitcombe": a role right before a name is the name's own.
  const holder = mentions[i + 1];
  if (mentions[i]!.kind === 'role' && holder?.kind === 'name' && text.slice(mentions[i]!.end, holder.start) === ' ') i++;
  // "Cleveland's Plain Dealer": a name's possessive right before another name is its owner; the other is meant.
  const owned = mentions[i + 1];
  if (mentions[i]!.kind === 'name' && owned?.kind === 'name' && OWNER_BETWEEN.test(text.slice(mentions[i]!.end, owned.start))) i++;
  for (let next = mentions[i + 1]; mentions[i]!.kind === 'name' && next?.kind === 'name'; next = mentions[i + 1]) {
    const role = QUALIFIED_ROLE_BETWEEN.exec(text.slice(mentions[i]!.end, next.start))?.[1];
    if (!role || !(isRoleWord(role) || QUALIFYING_NOUNS.has(role))) break;
    i++;
  }
  return mentions[i]!;
}
