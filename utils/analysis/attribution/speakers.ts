import type { Mention } from './mentions';
import { headOfName } from './mentions';
import type { MentionIndex } from './mention-index';
import type { Person } from '../people';
import { resolveNameTail as resolveName } from '../people/name-resolution';
import { characterAt, characterBefore, isLetter, startsUpper } from '../text/letters';
import { isPlaceName, isPlaceOrGroupName, isRoleWord } from '../people/names';
import { partitionPoint } from '../text/sorted';
import { endsWithSpeechVerb, isSpeechVerbAt } from '../text/speech-verbs';
import type { Gender } from '../people/gender';
import { genderOfPronoun } from '../people/gender';
import type { Span } from '../types';
import { DETERMINERS, KINSHIP_NOUNS, SOURCE_NOUNS } from '../words/person-titles';

/** Source nouns that name a person: a relative, a source, a witness. */
const PERSON_SOURCE_NOUNS = new Set([...KINSHIP_NOUNS, 'officials', 'source', 'sources', 'spokesperson', 'witness', 'witnesses', 'fuente', 'fuentes']);
/** Source nouns that name a body or a document, not a person. */
const BODY_NOUNS = new Set(SOURCE_NOUNS.filter((noun) => !PERSON_SOURCE_NOUNS.has(noun)));

/** The determiners a description may open with, all of which the description keeps, in lower case. */
const LOWERED_OPENERS = new Set([...DETERMINERS, 'das', 'dem', 'den', 'les', 'los', 'las']);

/** Everything the resolver needs to know about the article: its text, people, mentions outside quotations and sentences. */
export interface SpeakerContext {
  /** The article's text, which mentions and sentences point into. */
  text: string;
  people: readonly Person[];
  /** Mentions outside quotations, by block and by sentence. */
  mentions: MentionIndex;
  /** Sentences of the prose (not captions), in text order. */
  sentences: readonly Span[];
}

/** What a pronoun may stand for: a person ("he"), a body or document ("it"), or either. */
type Want = 'person' | 'thing' | 'any';

/** How many sentences back a pronoun may reach for the person it stands for (sentences inside quotations count too). */
const MAX_SENTENCES_BACK = 20;

/**
 * A mention that may name a speaker: not a lone capitalised sentence opener that names nobody known, nor a place, a
 * people or a party ("New Hampshire", "Mexican", "R-Neb."). A body named in such words speaks ("State Department").
 */
export function isUsableMention(mention: Mention, people: readonly Person[]): boolean {
  if (mention.kind !== 'name') return true;
  // "Cuban", "Washington": a place or a people's word is a speaker only as the surname of someone the story names.
  if (isPlaceOrGroupName(mention.text) && !namesSpeakingBody(mention.text)) return isSurnameOfPerson(mention.text, people);
  return !mention.isOpener || resolveName(mention.text, people) !== null;
}

/** Last words of a body's name that speaks through statements: "State Department", "Supreme Court", "White House". */
const SPEAKING_BODY_ENDS = new Set([
  'administration', 'agency', 'association', 'board', 'bureau', 'commission', 'committee', 'council', 'court', 'department',
  'government', 'house', 'institute', 'ministry', 'office', 'parliament', 'party', 'police', 'service', 'union', 'university',
]);

/** "the State Department told CREW": a name of two words or more whose last word names a body that speaks. */
function namesSpeakingBody(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && SPEAKING_BODY_ENDS.has(words[words.length - 1]!.toLowerCase());
}

/** Each article's surnames of people named in more than one word, built once: every place's mention asks. */
const SURNAMES = new WeakMap<readonly Person[], Set<string>>();

function isSurnameOfPerson(word: string, people: readonly Person[]): boolean {
  let surnames = SURNAMES.get(people);
  if (!surnames) SURNAMES.set(people, (surnames = new Set(people.filter((person) => person.name !== person.surname).map((person) => person.surname))));
  return surnames.has(word);
}

/**
 * The person a name mention stands for. A surname several people share ("Clinton") stands for the one of them whose
 * full name opens a sentence before it in its paragraph ("Bill Clinton spoke with voters … Clinton said"); else for the
 * one the article named first.
 */
function personNamed(mention: Mention, context: SpeakerContext): Person | null {
  const person = resolveName(mention.text, context.people);
  if (!person || /\s/.test(mention.text.trim())) return person;
  const sharing = peopleBySurname(context.people).get(person.surname) ?? [];
  if (sharing.length < 2) return person;
  const sentence = partitionPoint(context.sentences, (s) => s.start <= mention.start) - 1;
  for (let i = sentence; i >= 0; i--) {
    const first = context.mentions.inSentence(i).find((m) => m.kind === 'name' && m.start < mention.start);
    const named = first && /\s/.test(first.text.trim()) ? resolveName(first.text, context.people) : null;
    if (named && sharing.includes(named)) return named;
    if (opensParagraph(context, i)) break;
  }
  return person;
}

/** Each article's people by surname, built once: every name mention asks. */
const BY_SURNAME = new WeakMap<readonly Person[], Map<string, Person[]>>();

function peopleBySurname(people: readonly Person[]): Map<string, Person[]> {
  let bySurname = BY_SURNAME.get(people);
  if (!bySurname) {
    BY_SURNAME.set(people, (bySurname = new Map()));
    for (const person of people) bySurname.set(person.surname, [...(bySurname.get(person.surname) ?? []), person]);
  }
  return bySurname;
}

/** Whether a sentence opens its paragraph. */
function opensParagraph(context: SpeakerContext, sentenceIndex: number): boolean {
  const start = context.sentences[sentenceIndex]!.start;
  return start === 0 || context.text.slice(Math.max(0, start - 2), start).includes('\n');
}

/** Whether a mention names a known person. */
export function isPersonMention(mention: Mention, people: readonly Person[]): boolean {
  return mention.kind === 'name' && resolveName(mention.text, people) !== null;
}

/**
 * Turns a mention into a speaker: a name to the full name, a pronoun or a definite role to the person meant. A pronoun
 * does not stand for someone the quotation itself names (`quoted`, its words).
 */
export function resolveMention(mention: Mention, context: SpeakerContext, quoted = ''): string | null {
  switch (mention.kind) {
    case 'name':
      return personNamed(mention, context)?.name ?? cleanName(mention.text);
    case 'person-pronoun':
      // "he told Hannity", "he said of Trump": no one named later in the pronoun's own clause is who it stands for.
      return previousSubject(context, mention.start, 'person', MAX_SENTENCES_BACK, `${quoted}\n${restOfClause(context, mention.end)}`, genderOfPronoun(mention.text));
    case 'thing-pronoun':
      return previousSubject(context, mention.start, 'thing', MAX_SENTENCES_BACK, quoted);
    case 'role': {
      const body = bodyNamedBefore(mention, context);
      if (body) return body;
      if (isOwnedBody(mention)) return ownedBody(mention, context);
      if (!mention.isDefinite || mention.isDescribed || isBodyNoun(mention.text)) return describe(mention.text);
      // Someone named before it, else someone named for it further on; else the description is the best name given.
      // The last subject may hold a role, but it is more likely to own one ("Gallant … Gallant’s spokesman").
      return roleHolder(mention, context) ?? introducedAs(mention, context)
        ?? (mention.isOwned || isKinOfSomeone(mention) ? null : previousSubject(context, mention.start, 'person'))
        ?? namedLaterAs(mention, context) ?? describe(mention.text);
    }
  }
}

/** " and ": what joins two people who speak together ("Trump and Ryan issued a statement"). */
const JOINED_BY_AND = /^\s+and\s+$/;
/** How far either side of a name its partner in "X and Y" is looked for. */
const MAX_JOINED_CHARS = 60;
/** " and " right before a mention, or right after it. */
const AND_BEFORE = /\sand\s+$/;
const AND_AFTER = /^\s+and\s/;

/**
 * "Trump and Ryan issued a statement …": the speaker a name mention gives, with the person it is joined to by "and"
 * right before or after it, as "Donald Trump and Paul Ryan"; null when no other person stands joined to it.
 */
export function jointSpeakers(mention: Mention, context: SpeakerContext): string | null {
  if (mention.kind !== 'name') return null;
  // Most names stand joined to none: the words right around the mention tell, before any mention is looked up.
  const text = context.text;
  if (!AND_BEFORE.test(text.slice(Math.max(0, mention.start - 6), mention.start)) && !AND_AFTER.test(text.slice(mention.end, mention.end + 6))) return null;
  const own = personNamed(mention, context);
  if (!own) return null;
  const near = context.mentions.between(mention.start - MAX_JOINED_CHARS, mention.end + MAX_JOINED_CHARS);
  const at = near.indexOf(mention);
  if (at < 0) return null;
  const [before, after] = [near[at - 1], near[at + 1]];
  const partner = (other: Mention | undefined, from: number, to: number) =>
    other?.kind === 'name' && JOINED_BY_AND.test(text.slice(from, to)) ? personNamed(other, context) : null;
  const first = before ? partner(before, before.end, mention.start) : null;
  if (first && first !== own) return `${first.name} and ${own.name}`;
  const second = after ? partner(after, mention.end, after.start) : null;
  if (second && second !== own) return `${own.name} and ${second.name}`;
  return null;
}

/** Speech verbs whose object is the one spoken to: "he told Hannity", "she asked Trump". */
const TO_LISTENER = /^\s+(?:asked|asks|assured|assures|reminded|reminds|told|tells|thanked|thanks|urged|urges|warned|warns)\s+(?:the\s+)?[A-Z][^\s,.;:!?]*(?:\s+[A-Z][^\s,.;:!?]*)*/;

/** The listener a speech verb right after a subject speaks to ("told Hannity"), or "" when there is none. */
function listenerAfter(text: string, subjectEnd: number): string {
  return TO_LISTENER.exec(text.slice(subjectEnd, subjectEnd + 80))?.[0] ?? '';
}

/**
 * The text from a position to the end of its clause: its sentence's end, or the first comma or dash before that. "he told
 * Hannity, to cheers from the crowd at the event where Trump spoke": Trump is named past the clause.
 */
function restOfClause(context: SpeakerContext, position: number): string {
  const sentence = context.sentences[partitionPoint(context.sentences, (s) => s.start <= position) - 1];
  const end = sentence && sentence.end > position ? sentence.end : position;
  const rest = context.text.slice(position, end);
  const clauseEnd = rest.search(/[,;:—–]/);
  return clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
}

/**
 * The subject of the nearest earlier sentence that has one of the right kind: a person, or an organisation for "it";
 * not one that the quotation's own words (`quoted`) name.
 */
export function previousSubject(context: SpeakerContext, position: number, want: Want, maxBack = MAX_SENTENCES_BACK, quoted = '', gender: Gender | null = null): string | null {
  const last = partitionPoint(context.sentences, (sentence) => sentence.start < position) - 1;
  let excluded = quoted;
  for (let i = last, seen = 0; i >= 0 && seen < maxBack; i--, seen++) {
    const end = Math.min(context.sentences[i]!.end, position);
    const found = subjectOf(context, i, end, want, excluded, gender);
    if (found !== undefined) return found;
    // "“…,” he told Hannity. “…,” he said": a pronoun that stands first stands for the same person, and so not for
    // the listener it speaks to.
    const pronoun = want === 'person' ? context.mentions.inSentence(i).find((m) => m.end <= end && m.kind === 'person-pronoun' && !isOtherGender(m, gender)) : undefined;
    if (pronoun) excluded += `\n${listenerAfter(context.text, pronoun.end)}`;
  }
  return null;
}

/**
 * The subject a sentence gives a pronoun: its first person named (or organisation, for "it"); `undefined` when it
 * has none, or when a pronoun or role comes first, since that sentence only points further back itself.
 */
function subjectOf(context: SpeakerContext, sentenceIndex: number, end: number, want: Want, quoted: string, gender: Gender | null): string | undefined {
  const mentions = context.mentions.inSentence(sentenceIndex);
  // "Le projet de loi énonce … Il s’agit de « … »": a document or body opening the sentence is what it is about.
  const opener = mentions[0];
  if (opener && opener.end <= end && opener.kind === 'role' && opener.isDefinite && isBodyNoun(opener.text)) return describe(opener.text);
  const speaking = speakingSubjectOf(context, mentions, end, gender, quoted);
  if (speaking !== undefined) return speaking;
  return firstNamedSubject(context, mentions, end, want, quoted, gender);
}

/**
 * The first name of a sentence that can be the subject wanted: `undefined` when a pronoun comes first or there is none.
 * "During an interview with Sean Hannity, Trump said": a name after a preposition is the subject only when no other is.
 */
function firstNamedSubject(context: SpeakerContext, mentions: readonly Mention[], end: number, want: Want, quoted: string, gender: Gender | null): string | undefined {
  let objectOfPreposition: string | undefined;
  for (const [k, first] of mentions.entries()) {
    if (first.end > end) continue;
    // "He was joined by Ilyse Hogue … She said": a pronoun of the other gender points back to someone else.
    if (first.kind === 'person-pronoun' && want !== 'thing') {
      if (isOtherGender(first, gender)) continue;
      return undefined;
    }
    if (first.kind !== 'name' || qualifiesNoun(context.text, first)) continue;
    const isObject = isObjectOfPreposition(context.text, first);
    if (isObject && objectOfPreposition !== undefined) continue;
    const mention = headOfName(context.text, mentions, k);
    if (mention.end > end) continue;
    const person = resolveName(mention.text, context.people);
    // "Clinton … , he said": a person the pronoun cannot stand for is passed over.
    if (contradictsGender(person, gender)) continue;
    const subject = subjectName(mention, person, want);
    if (subject === undefined || isNamedIn(quoted, subject)) continue;
    if (!isObject) return subject;
    objectOfPreposition = subject;
  }
  return objectOfPreposition;
}

/** Nouns of the group or time a person's name qualifies: "the Cruz campaign", "the Obama administration". */
const NAMED_AFTER_PERSON = /^\s(?:administration|camp|campaign|campaigns|family|presidency|team|years)\b/;

/** "The Cruz campaign picked up on …": a name between "the" and a group's noun qualifies the noun, the subject. */
function qualifiesNoun(text: string, mention: Mention): boolean {
  // Most names follow no "the": its last letter tells, before any pattern runs.
  if (text.charAt(mention.start - 2) !== 'e') return false;
  return /(?:^|\s)[Tt]he\s$/.test(text.slice(Math.max(0, mention.start - 5), mention.start)) && NAMED_AFTER_PERSON.test(text.slice(mention.end, mention.end + 16));
}

/** "with Sean Hannity", "at the Democratic National Convention": a name after a preposition. */
function isObjectOfPreposition(text: string, mention: Mention): boolean {
  return AFTER_PREPOSITION.test(text.slice(Math.max(0, mention.start - VERB_WINDOW), mention.start));
}

function isOtherGender(pronoun: Mention, gender: Gender | null): boolean {
  const its = genderOfPronoun(pronoun.text);
  return gender !== null && its !== null && its !== gender;
}

/** Whether what the text shows of a person's gender rules out the pronoun's. */
function contradictsGender(person: Person | null, gender: Gender | null): boolean {
  return gender !== null && !!person?.gender && person.gender !== gender;
}

/** How far before a name an inverted speech verb may stand: “…,” said Cole. */
const VERB_WINDOW = 30;
/** ", said", " later told", " quickly added": a speech verb right after a name, perhaps after a comma and an adverb. */
const BEFORE_VERB = /^,?\s+(?:(?:also|later|then|[a-z]+ly)\s+)?/;
/** ", told ", ", tells ": a verb that never stands before its subject, whose object is the one spoken to. */
const TELLS_LISTENER = /\b(?:told|tells)\s+$/;
/** “…,” said: an inverted verb right after a quotation's close or a comma, before the name. */
const INVERTED_VERB = /[,”"’]\s*[a-z]+\s+$/;
/** "at the Brookings Institution", "of Trump": a name after a preposition is no subject. */
const AFTER_PREPOSITION = /\b(?:about|against|at|by|for|from|in|of|on|to|with)\s+(?:the\s+)?$/;

/**
 * “Yet Trump is also a change agent,” Cole said: the person a sentence gives a speech verb to ("Cole said", "“…,” said
 * Cole") is who a pronoun in the next one most likely stands for, more than the first person it names. Of two, the
 * last: "When Beck asked him …, D’Souza replied, “…”" gives the main clause's speaker last.
 */
function speakingSubjectOf(context: SpeakerContext, mentions: readonly Mention[], end: number, gender: Gender | null, quoted: string): string | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (mention.kind !== 'name' || mention.end > end || !isSpeechSubject(context.text, mention)) continue;
    // "Conroy asked Sanders whether … “Sure it is,” he said": the one asked answers.
    const asked = mentions[i + 1];
    const speaker = asked && asked.end <= end && ASKED_BETWEEN.test(context.text.slice(mention.end, asked.start)) ? asked : mention;
    const person = resolveName(speaker.text, context.people);
    if (!person || contradictsGender(person, gender) || isNamedIn(quoted, person.name)) continue;
    return person.name;
  }
  return undefined;
}

/** " asked ", " also asked ": the words between someone who asks and the person asked. */
const ASKED_BETWEEN = /^\s+(?:(?:also|then|later)\s+)?(?:asked|asks)\s+$/;

/** Whether a name is the subject of a speech verb: "Cole said", "Cole, later, told"; “…,” said Cole — not "said Yoon’s". */
function isSpeechSubject(text: string, mention: Mention): boolean {
  let known = SPEECH_SUBJECTS.get(mention);
  if (known === undefined) SPEECH_SUBJECTS.set(mention, (known = readsAsSpeechSubject(text, mention)));
  return known;
}

/** Pronouns walk back over the same sentences again and again: each mention is read once. */
const SPEECH_SUBJECTS = new WeakMap<Mention, boolean>();

function readsAsSpeechSubject(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.start - VERB_WINDOW), mention.start);
  // "said Yoon’s declaration": a possessive is its noun's owner.
  if (/^['’]/.test(text.charAt(mention.end)) || AFTER_PREPOSITION.test(before)) return false;
  const gap = BEFORE_VERB.exec(text.slice(mention.end, mention.end + VERB_WINDOW));
  // "Trump went after Bush, calling him …": a participle after a comma is the sentence subject's, not the name's before it.
  const isParticipleClause = gap?.[0].startsWith(',') && /^[a-z]+ing\b/.test(text.slice(mention.end + gap[0].length, mention.end + gap[0].length + 20));
  if (gap && !isParticipleClause && isSpeechVerbAt(text, mention.end + gap[0].length)) return true;
  return INVERTED_VERB.test(before) && endsWithSpeechVerb(before) && !TELLS_LISTENER.test(before);
}

/** The name a mention gives a subject of the kind wanted: a person's full name, or an organisation's name for "it". */
function subjectName(mention: Mention, person: Person | null, want: Want): string | undefined {
  if (want !== 'thing' && person) return person.name;
  // "the results in Iowa and New Hampshire": a place or a people is no organisation that speaks.
  if (want !== 'person' && !person && !mention.isOpener && !isPlaceName(mention.text)) return cleanName(mention.text);
  return undefined;
}

/** "I’m Haoyu Zhang-Demir", "my name is …": words that introduce the speaker by name. */
/** How far before a word of the name an introduction is looked for: "I’m" and up to two words of the name. */
const MAX_INTRODUCTION_CHARS = 40;
const SELF_INTRODUCTION = /(?:\bI['’]m|\bI am|\bmy name is|\bje suis|\bich bin|\bme llamo|\bsoy)\s+(?:\S+\s+){0,2}$/i;

/**
 * Whether a quotation names the speaker given for it, by a capitalised word of the name ("Eva’s the dream mother",
 * "Come in, Bartleby"): it speaks of them or to them, so they are not its speaker. Introducing oneself does not count.
 */
export function isNamedIn(quoted: string, speaker: string): boolean {
  if (quoted === '') return false;
  return speaker.split(' ').some((word) => word.length > 1 && startsUpper(word) && namesWordAt(quoted, word));
}

function namesWordAt(quoted: string, word: string): boolean {
  for (let at = quoted.indexOf(word); at >= 0; at = quoted.indexOf(word, at + 1)) {
    const isWhole = !isLetter(characterBefore(quoted, at)) && !isLetter(characterAt(quoted, at + word.length));
    if (isWhole && !SELF_INTRODUCTION.test(quoted.slice(Math.max(0, at - MAX_INTRODUCTION_CHARS), at))) return true;
  }
  return false;
}

/** The person whose role contains the role phrase's noun, named most recently before it. */
function roleHolder(mention: Mention, context: SpeakerContext): string | null {
  const words = mention.text.toLowerCase().split(/\s+/).slice(1);
  const noun = words[words.length - 1] ?? '';
  const holders = context.people.filter((person) => person.role?.toLowerCase().split(/\s+/).includes(noun));
  let best: Person | null = null;
  let bestAt = -1;
  for (const person of holders) {
    const at = Math.max(-1, ...person.mentions.filter((m) => m.start < mention.start).map((m) => m.start));
    if (at > bestAt) [best, bestAt] = [person, at];
  }
  return best?.name ?? null;
}

/** How far a role looks back for "a spokesperson for the chamber" who introduced it, or on for a name set after it. */
const MAX_ANTECEDENT_CHARS = 3000;

/** "the spokesperson" after "A spokesperson for the regional chamber of commerce said …": that description. */
function introducedAs(mention: Mention, context: SpeakerContext): string | null {
  const noun = lastWord(mention.text);
  const earlierMentions = context.mentions.between(mention.start - MAX_ANTECEDENT_CHARS, mention.start);
  for (let i = earlierMentions.length - 1; i >= 0; i--) {
    const earlier = earlierMentions[i]!;
    if (earlier.kind === 'role' && !earlier.isDefinite && earlier.text.toLowerCase().split(/\s+/).includes(noun)) return describe(earlier.text);
  }
  return null;
}

/**
 * "The mother of a woman … has described …" in the opening line, and only later "her mother, Fiona, said": a role no
 * one was named for before it is the person the text names right after that role, set off by a comma, further on.
 */
function namedLaterAs(mention: Mention, context: SpeakerContext): string | null {
  const noun = lastWord(mention.text);
  const laterMentions = context.mentions.between(mention.end, mention.end + MAX_ANTECEDENT_CHARS);
  for (let i = 0; i + 1 < laterMentions.length; i++) {
    const [role, name] = [laterMentions[i]!, laterMentions[i + 1]!];
    if (role.kind !== 'role' || lastWord(role.text) !== noun || name.kind !== 'name') continue;
    if (/^,\s+$/.test(context.text.slice(role.end, name.start))) return resolveMention(name, context);
  }
  return null;
}

function lastWord(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Nouns of kin, whose holder is someone else's relative. */
const KIN_NOUNS = new Set(KINSHIP_NOUNS);

/** "his brother told me": a relative of the person named before, never that person. */
function isKinOfSomeone(mention: Mention): boolean {
  const words = mention.text.toLowerCase().split(/\s+/);
  return /^(?:his|her|their)$/.test(words[0]!) && KIN_NOUNS.has(words[words.length - 1]!);
}

/** How far back "the committee" looks for the body it stands for. */
const MAX_BODY_CHARS = 1500;

/**
 * "the House Oversight Committee … “…,” the committee said": a definite body's noun stands for the body named most
 * recently before it whose name holds that noun, capitalised.
 */
function bodyNamedBefore(mention: Mention, context: SpeakerContext): string | null {
  const words = mention.text.split(/\s+/);
  if (mention.isOwned || words.length !== 2 || words[0]!.toLowerCase() !== 'the' || isRoleWord(words[1]!)) return null;
  const noun = words[1]!;
  const title = noun.charAt(0).toUpperCase() + noun.slice(1);
  const earlier = context.mentions.between(mention.start - MAX_BODY_CHARS, mention.start);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const named = earlier[i]!;
    const nameWords = named.text.split(/\s+/);
    if (named.kind === 'name' && nameWords.length > 1 && nameWords.includes(title)) return cleanName(named.text);
  }
  return ORGANISATION_NOUNS.has(noun.toLowerCase()) ? organisationNamedBefore(mention, context) : null;
}

/** Nouns that stand for an organisation whatever its name: "the company" after "Business Insider". */
const ORGANISATION_NOUNS = new Set(['company', 'firm', 'group', 'network', 'newspaper', 'organisation', 'organization', 'paper']);
/** How far back "the company" looks for the organisation it stands for: the sentence or two before. */
const MAX_ORGANISATION_CHARS = 400;

/**
 * "Business Insider also commented … “…,” the company said": the last name in the sentence or two before it
 * (MAX_ORGANISATION_CHARS) that names no place or people, and is neither a possessive nor after a preposition; none when
 * a person is named after that organisation.
 */
function organisationNamedBefore(mention: Mention, context: SpeakerContext): string | null {
  const earlier = context.mentions.between(mention.start - MAX_ORGANISATION_CHARS, mention.start);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const named = earlier[i]!;
    // "on Weiner’s future", "with Trump": a possessive or a preposition's object is not what the sentence is about.
    if (named.kind !== 'name' || /^['’]/.test(context.text.charAt(named.end)) || isObjectOfPreposition(context.text, named)) continue;
    if (named.isOpener || isPlaceOrGroupName(named.text) || isKnownPerson(resolveName(named.text, context.people))) return null;
    return cleanName(named.text);
  }
  return null;
}

/** A name the people list holds that shows it is a person's: a gender or a role ("Business Insider commented" has neither). */
function isKnownPerson(person: Person | null): boolean {
  return person !== null && ((person.gender ?? null) !== null || person.role !== null);
}

/** Owners of a body that stand for a person named before, with the gender each allows: "his office", "her lawyers". */
const PERSON_OWNERS = new Map<string, Gender>([['his', 'male'], ['her', 'female']]);

/** "Gowdy’s office", "his office", "her lawyers": a body or document someone owns. */
function isOwnedBody(mention: Mention): boolean {
  const owner = mention.text.slice(0, mention.text.search(/\s/)).toLowerCase();
  return (mention.isOwned === true || PERSON_OWNERS.has(owner)) && isBodyNoun(mention.text);
}

/**
 * "Gowdy’s office", "his office": a person's body or advisers, named by the owner's full name ("Trey Gowdy’s office");
 * as written when the owner is no one the article names in full.
 */
function ownedBody(mention: Mention, context: SpeakerContext): string {
  const space = mention.text.search(/\s/);
  const [owner, body] = [mention.text.slice(0, space), mention.text.slice(space + 1)];
  const lower = owner.toLowerCase();
  const gender = PERSON_OWNERS.get(lower);
  const person = gender
    ? previousSubject(context, mention.start, 'person', MAX_SENTENCES_BACK, '', gender)
    : (resolveName(owner.replace(/['’]s?$/, ''), context.people)?.name ?? null);
  return person ? `${person}’s ${body}` : describe(mention.text);
}

/** "le projet de loi", "the company": a document or a body speaks for itself; it is no person named before. */
function isBodyNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return words.some((word) => BODY_NOUNS.has(word));
}

function cleanName(name: string): string {
  return name.replace(/^(?:the|The)\s+/, '').replace(/[.,;:]+$/, '');
}

/**
 * An unnamed speaker is named by the article's own words, as written: "a senior US official", "an Iowa Republican",
 * "die Managerin", "Israel’s defense minister". Only a determiner that opens the phrase is put in lower case, since it
 * may open a sentence.
 */
function describe(text: string): string {
  const phrase = text.replace(/\s+/g, ' ').trim();
  const space = phrase.indexOf(' ');
  const first = phrase.slice(0, space < 0 ? phrase.length : space);
  return LOWERED_OPENERS.has(first.toLowerCase()) ? first.toLowerCase() + phrase.slice(first.length) : phrase;
}
