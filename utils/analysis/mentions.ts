import { isFunctionWord, isNonPersonWord, isRoleWord, lowerLeadingParticles, nameStart, splitRun, stripPossessive } from './names';
import { findNameRuns } from './name-runs';
import { DETERMINERS, ROLE_NOUNS, SOURCE_NOUNS } from './words/person-titles';
import { PERSON_PRONOUNS, THING_PRONOUNS } from './words/pronouns';
import { SPEECH_VERBS } from './words/speech-verbs';
import { capitalisable } from './case-patterns';

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
}

const NOUN_SET = new Set([...ROLE_NOUNS, ...SOURCE_NOUNS]);
/** A determiner and the words after it, among which a role noun may close a role phrase. */
const DETERMINER_RUN = new RegExp(String.raw`(?<![\p{L}])(?:${capitalisable(DETERMINERS)})\s+[\p{L}-]+(?:[ \u00A0][\p{L}-]+){0,3}`, 'gu');
/** "of the services", "de los servicios": a complement that belongs to an unnamed source. */
const COMPLEMENT = /^\s+(?:de|of|from|at|for|del|du|des)\s+(?:(?:the|los|las|la|le|el|les)\s+)?\p{Ll}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+){0,4}/u;
/** Words that end a complement: the verb or clause that follows the noun phrase. */
const COMPLEMENT_STOP = new Set([
  'and', 'are', 'but', 'e', 'had', 'has', 'is', 'la', 'le', 'les', 'lo', 'me', 'nos', 'o', 'or', 'que', 'qui', 'se', 'te',
  'that', 'to', 'was', 'were', 'which', 'who', 'will', 'would', 'y',
]);
const PRONOUN = new RegExp(String.raw`(?<![\p{L}])(?:${capitalisable([...PERSON_PRONOUNS, ...THING_PRONOUNS])})(?![\p{L}'’])`, 'gu');
const PERSON_PRONOUN_SET = new Set(PERSON_PRONOUNS);
const SOURCE_NOUN_SET = new Set(SOURCE_NOUNS);
const SPEECH_VERB_SET = new Set<string>(SPEECH_VERBS);
/** Days and months: capitalised, never a speaker. */
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/i;
const DEFINITE = /^(?:the|her|his|its|their|le|la|el|der|die)\s/i;

/** Every mention in text[start, end), in order. */
export function findMentions(text: string, start: number, end: number): Mention[] {
  const clause = text.slice(start, end);
  const mentions = [...findNames(clause), ...findRolePhrases(clause), ...findPronouns(clause)]
    .map((m) => ({ ...m, start: m.start + start, end: m.end + start }))
    .sort((a, b) => a.start - b.start);
  return dropContained(mentions);
}

/** Keeps the longest of mentions that overlap ("the Democratic Party leader" over "Democratic Party"); linear after a sort. */
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

function findNames(clause: string): Mention[] {
  const found: Mention[] = [];
  for (const { run, index } of findNameRuns(clause)) {
    for (const { part, offset } of splitRun(run)) {
      const mention = toNameMention(clause, part, index + offset);
      if (mention) found.push(mention);
    }
  }
  return found;
}

/** A person's name without the titles before it, or an organisation's name without its article. */
function toNameMention(clause: string, run: string, runStart: number): Mention | null {
  const words = stripPossessive(run).split(/[ \u00A0]/);
  // An organisation's or a place's name is kept whole, without its article: "New Zealand Department of Conservation".
  // (A leading one only describes what follows: "Twitter Gary Lineker", "Web Football.London".)
  const isBody = words.slice(1).some(isNonPersonWord) || words.includes('of');
  const first = isBody ? words.findIndex((word) => !isFunctionWord(word) && !isRoleWord(word)) : nameStart(words);
  const nameWords = first < 0 ? [] : words.slice(first);
  if (nameWords.length === 0 || nameWords.some((word) => DATE_WORDS.test(word))) return null;
  const name = lowerLeadingParticles(nameWords).join(' ');
  const start = runStart + run.toLowerCase().indexOf(name.toLowerCase());
  // "sagt die Managerin": in German every noun is capitalised; one word after an article is a description, not a name.
  const article = clause.slice(Math.max(0, start - 5), start).match(/(?:^|\s)(der|die|das|dem|den)\s$/i)?.[1];
  if (article && nameWords.length === 1) return { text: `${article} ${name}`, start: start - article.length - 1, end: start + name.length, kind: 'role', isDefinite: true };
  const isOpener = first === 0 && nameWords.length === 1 && (start === 0 || /(?:[.!?:]\s+|[“"«„]\s*)$/u.test(clause.slice(Math.max(0, start - 4), start)));
  return { text: name, start, end: start + name.length, kind: 'name', isDefinite: true, isOpener };
}

/** "the defense minister", "a senior US official", "her mother", "una fuente de los servicios". */
function findRolePhrases(clause: string): Mention[] {
  const found: Mention[] = [];
  DETERMINER_RUN.lastIndex = 0;
  for (let match = DETERMINER_RUN.exec(clause); match; match = DETERMINER_RUN.exec(clause)) {
    const words = match[0].split(/\s+/);
    const nounAt = words.findIndex((word, i) => i > 0 && (NOUN_SET.has(word.toLowerCase()) || NOUN_SET.has(`${word} ${words[i + 1] ?? ''}`.toLowerCase())));
    if (nounAt < 0) {
      DETERMINER_RUN.lastIndex = match.index + words[0]!.length;
      continue;
    }
    const isTwoWordNoun = NOUN_SET.has(`${words[nounAt]} ${words[nounAt + 1] ?? ''}`.toLowerCase());
    let phrase = words.slice(0, nounAt + (isTwoWordNoun ? 2 : 1)).join(' ');
    phrase += trimComplement(clause.slice(match.index + phrase.length).match(COMPLEMENT)?.[0] ?? '');
    DETERMINER_RUN.lastIndex = match.index + phrase.length;
    if (!isProperName(phrase)) found.push({ text: phrase, start: match.index, end: match.index + phrase.length, kind: 'role', isDefinite: DEFINITE.test(phrase) });
  }
  return found;
}

/** Cuts a complement at the first word of the clause that follows it ("for the chamber said …" → "for the chamber"). */
function trimComplement(complement: string): string {
  const words = complement.split(/(?=\s)/);
  const stop = words.findIndex((word, i) => i > 2 && (COMPLEMENT_STOP.has(word.trim().toLowerCase()) || SPEECH_VERB_SET.has(word.trim().toLowerCase())));
  return stop < 0 ? complement : words.slice(0, stop).join('');
}

/** "The Food Standards Agency" is a name: a body's noun, capitalised, after capitalised words. */
function isProperName(phrase: string): boolean {
  const words = phrase.split(/\s+/).slice(1);
  const noun = words[words.length - 1] ?? '';
  return /^\p{Lu}/u.test(noun) && SOURCE_NOUN_SET.has(noun.toLowerCase()) && words.every((word) => /^\p{Lu}/u.test(word));
}

function findPronouns(clause: string): Mention[] {
  return [...clause.matchAll(PRONOUN)].map((match) => ({
    text: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    kind: PERSON_PRONOUN_SET.has(match[0].toLowerCase()) ? ('person-pronoun' as const) : ('thing-pronoun' as const),
    isDefinite: true,
  }));
}
