import type { Mention } from './mentions';
import { headOfName } from './mentions';
import type { AttributionMethod, Span } from '../types';
import { endsWithWordOf, isLowerChar, isUpperChar } from '../text/letters';
import { isFunctionWord, isRoleWord } from '../people/names';
import { findSpeechVerbs, startsWithSpeechVerb } from '../text/speech-verbs';
import { partitionPoint } from '../text/sorted';

/** Who a quotation's own sentence says spoke it, before pronouns and roles are resolved to people. */
export interface Cue {
  mention: Mention;
  method: AttributionMethod;
}

/** The text around one quotation that may carry its attribution. */
export interface QuoteContext {
  /** From the start of the quotation's sentence (or the previous quotation) to its opening mark. */
  before: Span;
  /** From its closing mark to the end of its sentence (or the next quotation). */
  after: Span;
  /** The quotation ends its clause with a comma, a question or an exclamation: what follows is its attribution. */
  isClauseEnd: boolean;
  /** When `before` starts at the previous quotation in the sentence: the words before that one, whose subject a joined verb shares. */
  previousBefore?: Span;
  /** What the attribution's reading found in these words, kept for the next reading of the same quotation. */
  reading?: ContextReading;
}

/** Mentions a cue may name: `isUsable` says whether one can stand as a speaker (a known person, an organisation …). */
export type MentionFilter = (mention: Mention) => boolean;

/** "According to" in the languages the verb list covers, in lower case: the speaker follows it. */
const ACCORDING_TO = new Set(['according to', 'laut', 'podle', 'selon', 'según']);
/** An attribution after a quotation sits in its first words; later, a speech verb belongs to another clause. */
const MAX_AFTER_WORDS = 12;
/** No attribution of twelve words runs longer than this. */
const MAX_AFTER_CHARS = 300;

/** What a quotation's context gives its cue and the placing of its mentions alike, each read when first asked for and once. */
interface ContextReading {
  /** The words after the quotation its attribution is read from. */
  after: Span;
  /** The last speech verb before the quotation (null: none), and the first in `after`. */
  verbBefore?: Verb | null;
  verbAfter?: Verb | null;
  /** The usable mentions before the quotation, and those that start in `after`. */
  usableBefore?: Mention[];
  usableAfter?: Mention[];
}

function readingOf(text: string, context: QuoteContext, mentions: readonly Mention[]): ContextReading {
  // Every field set from the start: readings keep one shape.
  return (context.reading ??= { after: attributionAfter(text, context.after, mentions), verbBefore: undefined, verbAfter: undefined, usableBefore: undefined, usableAfter: undefined });
}

function verbBefore(text: string, context: QuoteContext, reading: ContextReading): Verb | undefined {
  if (reading.verbBefore === undefined) reading.verbBefore = lastVerb(text, context.before) ?? null;
  return reading.verbBefore ?? undefined;
}

function verbAfter(text: string, reading: ContextReading): Verb | undefined {
  if (reading.verbAfter === undefined) reading.verbAfter = firstVerb(text, reading.after) ?? null;
  return reading.verbAfter ?? undefined;
}

function usableBefore(reading: ContextReading, context: QuoteContext, mentions: readonly Mention[], isUsable: MentionFilter): Mention[] {
  return (reading.usableBefore ??= mentionsWithin(mentions, context.before, false).filter(isUsable));
}

/** A name that starts within the attribution's first words may run past them: "according to the New Zealand Department of Conservation". */
function usableAfter(reading: ContextReading, mentions: readonly Mention[], isUsable: MentionFilter): Mention[] {
  return (reading.usableAfter ??= mentionsWithin(mentions, reading.after, true).filter(isUsable));
}

/** Reads the attribution written around a quotation: after it first (“…,” X said), then before it (X said: “…”). */
export function findCue(text: string, context: QuoteContext, mentions: readonly Mention[], isUsable: MentionFilter, isPerson: MentionFilter): Cue | null {
  const inside = (span: Span) => mentionsWithin(mentions, span, false).filter(isUsable);
  const reading = readingOf(text, context, mentions);
  const after = reading.after;
  // The words before the quotation are asked for their mentions by several readings: they are gathered once.
  const insideBefore = () => usableBefore(reading, context, mentions, isUsable);
  // "Mike Huckabee, the former Arkansas governor, proposed we “…” and said …": the subject before the quotation.
  const subjectBeforeQuote = () => {
    const before = insideBefore();
    if (before.length === 0) return undefined;
    // "Lindsey Graham said that Carson is a “good, decent man,” and said …": the subject of the verb before the quotation.
    return cueBefore(text, context.before, before, verbBefore(text, context, reading))?.mention ?? subjectBefore(text, before, context.before.end);
  };
  const afterCue = (verb: Verb | undefined) => cueAfter(text, after, verb, usableAfter(reading, mentions, isUsable), context.isClauseEnd, isPerson, subjectBeforeQuote);
  // Lindsey Graham said Carson is a “good, decent man,” and said that Trump “melted down”: Graham's words, not Trump's.
  // “disaster” for Clinton and asking, “…”: words between that name only objects of prepositions change nothing.
  const joinedCue = (verb: Verb | undefined) => {
    if (!context.previousBefore || !verb || !isJoinedToPrevious(text, context.before, verb, insideBefore())) return null;
    const previous = inside(context.previousBefore);
    return cueBefore(text, context.previousBefore, previous, lastVerb(text, context.previousBefore)) ?? pick(sentenceSubject(text, previous), 'cue-verb');
  };
  const beforeCue = (verb: Verb | undefined) => joinedCue(verb) ?? cueBefore(text, context.before, insideBefore(), verb);
  // A quotation closing its clause (“…,” she said) is attributed after it; one woven into a sentence, before it.
  // With no verb after it, a quotation ending in a comma inside a sentence whose verb stands before it is that verb's:
  // Cory James said he hoped for a “surprise,” because he could never vote for Hillary Clinton.
  if (context.isClauseEnd) {
    const before = () => beforeCue(verbBefore(text, context, reading));
    const verb = verbAfter(text, reading);
    return verb ? afterCue(verb) ?? before() : before() ?? afterCue(undefined);
  }
  const verb = verbBefore(text, context, reading);
  const agent = isPassiveBefore(text, context.before, verb) ? passiveAgent(text, after, usableAfter(reading, mentions, isUsable)) : null;
  return agent ?? beforeCue(verb) ?? afterCue(verbAfter(text, reading));
}

/** Where a mention stands in a quotation's attribution: which side of the quotation, and which side of a speech verb. */
export interface Placement {
  side: 'before' | 'after';
  verb: 'before-verb' | 'after-verb' | 'no-verb';
  /** The first mention out from the quotation on its side. */
  isNearest: boolean;
  /** Right after a preposition ("in New Hampshire", "to Gallant"): an object or a place, seldom the speaker. */
  isAfterPreposition: boolean;
  /** A possessive ("Gallant’s spokesman"): the owner of what speaks. */
  isPossessive: boolean;
  /** What kind of mention it is: a name, a pronoun, a role. */
  kind: Mention['kind'];
}

/** A mention of a quotation's attribution with its placement: what the speaker-choice model weighs. */
export interface PlacedMention {
  mention: Mention;
  placement: Placement;
}

/** "’s" or "'s" right after a mention: its owner's. */
const POSSESSIVE_AFTER = /^['’]s?\b/;

/**
 * Every usable mention in the words a quotation's attribution is read from (its sentence before it, its first words
 * after it), with where each stands; only those `isWanted` accepts, when it is given. The ordered rules pick one of
 * these; the model sees them all.
 */
export function placeMentions(text: string, context: QuoteContext, mentions: readonly Mention[], isUsable: MentionFilter, isWanted?: MentionFilter): PlacedMention[] {
  const reading = readingOf(text, context, mentions);
  const placed: PlacedMention[] = [];
  for (const side of ['before', 'after'] as const) {
    // A side none of whose mentions is wanted is not read: its usable mentions and its verb cost a click.
    const span = side === 'before' ? context.before : reading.after;
    if (isWanted && !mentionsWithin(mentions, span, side === 'after').some(isWanted)) continue;
    const within = side === 'before' ? usableBefore(reading, context, mentions, isUsable) : usableAfter(reading, mentions, isUsable);
    if (within.length === 0) continue;
    const verb = side === 'before' ? verbBefore(text, context, reading) : verbAfter(text, reading);
    within.forEach((mention, i) => {
      if (isWanted && !isWanted(mention)) return;
      const isNearest = side === 'before' ? i === within.length - 1 : i === 0;
      const verbSide = !verb ? 'no-verb' : mention.start >= verb.end ? 'after-verb' : 'before-verb';
      placed.push({ mention, placement: { side, verb: verbSide, isNearest, isAfterPreposition: isAfterPreposition(text, mention), isPossessive: POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 2)), kind: mention.kind } });
    });
  }
  return placed;
}

/** "has been described as ", "was called ": a speech verb in the passive, right before the quotation. */
const PASSIVE_BEFORE_VERB = /\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?$/;
/** What may stand between the passive verb and the quotation: "as", or nothing. */
const AFTER_PASSIVE_VERB = /^\s*(?:as\s*)?$/;
/** " by ", " by host ": the agent of a passive verb, right after it, perhaps after a word or two of description. */
const AGENT_BEFORE = /^\s+by\s+(?:[a-z]+\s+){0,2}$/;
/** " by the department": the agent of the passive, right after the quotation. */
const AGENT_AFTER = /^\s*by\s+$/;

/** Whether the quotation follows a speech verb in the passive: "was described as “…”". */
function isPassiveBefore(text: string, before: Span, verb: Verb | undefined): verb is Verb {
  return verb !== undefined && PASSIVE_BEFORE_VERB.test(text.slice(before.start, verb.start)) && AFTER_PASSIVE_VERB.test(text.slice(verb.end, before.end));
}

/** "Described as “heartbreaking” by the conservation department": the passive's agent, after the quotation, speaks. */
function passiveAgent(text: string, after: Span, mentionsAfter: Mention[]): Cue | null {
  const agent = mentionsAfter[0];
  return agent && AGENT_AFTER.test(text.slice(after.start, agent.start)) ? { mention: agent, method: 'cue-verb' } : null;
}

function cueAfter(text: string, span: Span, verb: Verb | undefined, mentions: Mention[], isClauseEnd: boolean, isPerson: MentionFilter, subjectBeforeQuote: () => Mention | undefined): Cue | null {
  if (verb) {
    if (ACCORDING_TO.has(verb.text.toLowerCase())) return pick(mentions.find((m) => m.start >= verb.end), 'according-to');
    const beforeVerb = mentions.filter((m) => m.end <= verb.start);
    const inverted = invertedSubject(text, verb, mentions) ?? describedAfterVerb(text, verb, span.end);
    if (inverted) return pick(inverted, 'cue-verb');
    const plural = pluralSubject(text, span.start, verb.start, beforeVerb);
    if (plural) return pick(plural, 'cue-verb');
    if (beforeVerb.length > 0) return pick(subjectBefore(text, beforeVerb, verb.start), 'cue-verb');
    const described = describedSubject(text, span.start, verb.start);
    if (described) return pick(described, 'cue-verb');
    // "… proposed we “wake up” and said Paul Ryan should resign": a verb joined by "and" shares the clause's subject.
    if (JOINED_VERB.test(text.slice(span.start, verb.start))) return pick(subjectBeforeQuote(), 'cue-verb');
    const afterVerb = mentions.filter((m) => m.start >= verb.end && (isPerson(m) || !isAfterPreposition(text, m)));
    const subject = afterVerb.find(isPerson) ?? afterVerb[0];
    return pick(subject && headOfName(text, afterVerb, afterVerb.indexOf(subject)), 'cue-verb');
  }
  // “…,” with no verb after it: only a person already known can be the speaker; a place or a thing cannot.
  if (!isClauseEnd) return null;
  return pick(subjectOfUnlistedVerb(text, span, mentions) ?? mentions.find((m) => isPerson(m) && !isAfterPreposition(text, m)), 'cue-verb');
}

/** “…!” beamed: one word in lower case right after the quotation, before the mention, as an inverted verb stands. */
const UNLISTED_VERB_BEFORE = /^[\s,—–-]*[a-z]+\s+$/;
/** " beamed.", " laughed, ", " screamed back.": one word in lower case (and a particle), and the clause ends. */
const UNLISTED_VERB_ENDING_CLAUSE = String.raw`\s+[a-z]+(?:\s+(?:back|in|on|out|up))?\s*[.,;!?]`;
const UNLISTED_VERB_AFTER = new RegExp(`^${UNLISTED_VERB_ENDING_CLAUSE}`);
/** “Mexico!” the audience screamed back.: a determiner and up to three lower-case words, then such a verb. */
const DESCRIPTION_WITH_UNLISTED_VERB = new RegExp(String.raw`^[\s,—–-]*((?:the|a|an|one|another)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)(?=${UNLISTED_VERB_ENDING_CLAUSE})`);

/**
 * “This is fantastic!” beamed Donald Hartley; “…,” Hartley beamed.: a clause of a mention and one word in lower case
 * right after the quotation is its attribution, whatever the verb, though no list holds it.
 */
function subjectOfUnlistedVerb(text: string, span: Span, mentions: Mention[]): Mention | undefined {
  const first = mentions[0];
  if (!first) return describedWithUnlistedVerb(text, span);
  const lead = text.slice(span.start, first.start);
  const isPronoun = first.kind === 'person-pronoun' || first.kind === 'thing-pronoun';
  if (!isPronoun && UNLISTED_VERB_BEFORE.test(lead)) return headOfName(text, mentions, 0);
  const end = first.kind === 'name' ? headOfName(text, mentions, 0).end : first.end;
  if (/^[\s,—–-]*$/.test(lead) && UNLISTED_VERB_AFTER.test(text.slice(end, end + 30))) return first.kind === 'name' ? headOfName(text, mentions, 0) : first;
  return undefined;
}

/** Auxiliary verbs, which open no attribution. */
const AUXILIARY = /\b(?:am|are|be|been|can|could|did|do|does|had|has|have|is|may|might|must|shall|should|was|were|will|would)\b/;

/** “Mexico!” the audience screamed back.: a description no list holds, as the subject of a verb no list holds. */
function describedWithUnlistedVerb(text: string, span: Span): Mention | undefined {
  const match = DESCRIPTION_WITH_UNLISTED_VERB.exec(text.slice(span.start, span.end));
  // Not "“Anglosphere,” the basic ideas have been …": a clause of its own, with an auxiliary.
  if (!match || AUXILIARY.test(text.slice(span.start, span.start + match[0].length + 20))) return undefined;
  const phrase = match[1]!;
  return describedMention(phrase, span.start + match[0].length - phrase.length, phrase.length);
}

/** A speaker described in words no list holds, as a mention: `text` as it is given, over `length` characters from `start`. */
function describedMention(text: string, start: number, length: number): Mention {
  return { text, start, end: start + length, kind: 'role', isDefinite: /^the\s/i.test(text), isDescribed: true };
}

/** Whether a verb is joined by "and" to the clause before the previous quotation, with no subject of its own between. */
function isJoinedToPrevious(text: string, before: Span, verb: Verb, mentions: readonly Mention[]): boolean {
  const between = ` ${text.slice(before.start, verb.start).replace(/^[\s,]*/, '')}`;
  if (JOINED_VERB.test(between)) return true;
  return JOINED_TO_CLAUSE.test(between) && mentions.every((m) => m.end > verb.start || isAfterPreposition(text, m));
}

/** " and ", " and then ", ", but now ": a verb joined to the clause before it, with no subject of its own. */
const JOINED_VERB = /^\s*,?\s*(?:and|but)\s+(?:[a-z]+ly\s+|then\s+|now\s+)?$/;

/** " on trade and ", " and then ", " Rand Paul, but now ": words after an object that join a second verb to the clause. */
const JOINED_TO_CLAUSE = /(?:\s|,)\s*\b(?:and|but)\s+(?:[a-z]+ly\s+|then\s+|now\s+)?$/;

/** Words after which a mention still opens a clause as its subject ("and he", "when Trump"), unlike a verb's object. */
const CLAUSE_OPENERS = new Set(['after', 'and', 'as', 'because', 'before', 'but', 'so', 'that', 'then', 'when', 'while']);

/**
 * The subject of a verb joined by "and": the last mention that opens a clause, not one a verb before it takes as its
 * object ("He says he respects Clinton and calls her …": "He", not Clinton).
 */
function joinedSubject(text: string, beforeVerb: Mention[], verbStart: number): Mention {
  const eligible = beforeVerb.filter((m) => !/^['’]/.test(text.slice(m.end, m.end + 1)) && !isAfterPreposition(text, m));
  for (let i = eligible.length - 1; i >= 0; i--) {
    const previousWord = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, eligible[i]!.start - 20), eligible[i]!.start));
    if (!previousWord || !isLowerChar(previousWord[1]!.charAt(0)) || CLAUSE_OPENERS.has(previousWord[1]!)) return eligible[i]!;
  }
  return subjectBefore(text, beforeVerb, verbStart);
}

/** ", said Steve Elmendorf": a verb after a comma, with a mention right behind it. */
const COMMA_BEFORE_VERB = /,\s*$/;
/** "…,” said one source": a verb right after the quotation's closing mark. */
const QUOTE_BEFORE_VERB = /[”"’»]\s*$/;
const ONLY_SPACE = /^\s+$/;
/**
 * Verbs whose next words are whom they address or what they name ("told CBS News", "called Trump", "warned Congress"),
 * so that they are never inverted; participles ("…, saying Clinton lied") open a clause of their own.
 */
const OBJECT_BEFORE_SPEECH_VERBS = new Set([
  'accused', 'accuses', 'advised', 'advises', 'assure', 'assured', 'assures', 'called', 'calls', 'described', 'describes',
  'emailed', 'tells', 'texted', 'told', 'urged', 'urges', 'warned', 'warns',
]);

function isInvertibleVerb(verb: string): boolean {
  const word = verb.toLowerCase();
  return !OBJECT_BEFORE_SPEECH_VERBS.has(word) && !word.endsWith('ing');
}

/**
 * “…” that Sanders can catch Clinton, said Steve Elmendorf: a speech verb set off by a comma and followed at once by a
 * mention is inverted; that mention is its subject, whatever names the clause before the comma holds.
 */
function invertedSubject(text: string, verb: Verb, mentions: readonly Mention[]): Mention | undefined {
  if (!isInvertedPosition(text, verb)) return undefined;
  const verbAfterComma = COMMA_BEFORE_VERB.test(text.slice(verb.start - 3, verb.start));
  const index = mentions.findIndex((m) => m.start >= verb.end);
  const mention = mentions[index];
  // A name or a role: "said he" is seldom written, and a short word read as a pronoun may be a preposition.
  if (!mention || mention.kind === 'person-pronoun' || mention.kind === 'thing-pronoun' || !ONLY_SPACE.test(text.slice(verb.end, mention.start))) return undefined;
  // Right after the quotation only a description stands inverted ("…,” said one source who identified Sullivan); a
  // name there may qualify the person after it ("said Air Force 1st Lt. Tyler Livingston"), whom the caller looks for.
  if (!verbAfterComma && mention.kind !== 'role') return undefined;
  return headOfName(text, mentions, index);
}

/** An invertible verb right after a comma or the quotation's closing mark: ", said …", "…,” said …". */
function isInvertedPosition(text: string, verb: Verb): boolean {
  const before = text.slice(verb.start - 3, verb.start);
  return isInvertibleVerb(verb.text) && (COMMA_BEFORE_VERB.test(before) || QUOTE_BEFORE_VERB.test(before));
}

/**
 * What ends a description after its verb: punctuation, a relative pronoun or a conjunction ("said a voice as I passed");
 * not the stops of initials ("said a former U.S. law enforcement official").
 */
const DESCRIPTION_END = /[,;:!?()“”"]|(?<!(?:^|[\s.])[A-Z])\.|\s(?:as|at|for|from|in|of|on|that|when|which|while|who|with)\s/;
/** "U.S.", "D.C.": capitals, each followed by a stop. */
const INITIALS = /^(?:[A-Z]\.)+$/;
/** The most words a description after its verb holds, its determiner included ("a former senior law enforcement official"). */
const MAX_DESCRIPTION_AFTER_WORDS = 7;

/**
 * “…,” said a former senior law enforcement official: right after an inverted verb, a determiner and words no role list
 * holds describe the speaker, as the text writes them.
 */
function describedAfterVerb(text: string, verb: Verb, end: number): Mention | null {
  if (!isInvertedPosition(text, verb)) return null;
  const rest = text.slice(verb.end, end);
  const stop = rest.search(DESCRIPTION_END);
  if (stop < 0) return null;
  const phrase = rest.slice(0, stop).trim();
  const words = phrase.split(/\s+/);
  const noun = words[words.length - 1]!;
  const isDescription = DESCRIBING_DETERMINERS.has(words[0]!.toLowerCase()) && words.length >= 2 && words.length <= MAX_DESCRIPTION_AFTER_WORDS
    && words.slice(1).every((word) => isCasedWord(word) || INITIALS.test(word)) && [...noun].every((char) => char === '-' || isLowerChar(char));
  if (!isDescription || !/^\s+$/.test(rest.slice(0, rest.indexOf(phrase)))) return null;
  const at = verb.end + rest.indexOf(phrase);
  // "said the man who built his career on …": a definite description may still point back to someone named.
  const isDefinite = /^the\s/i.test(phrase);
  return { text: phrase, start: at, end: at + phrase.length, kind: 'role', isDefinite, isDescribed: !isDefinite };
}

function cueBefore(text: string, span: Span, mentions: Mention[], verb: Verb | undefined): Cue | null {
  if (verb) {
    const afterVerb = mentions.filter((m) => m.start >= verb.end);
    if (ACCORDING_TO.has(verb.text.toLowerCase())) return pick(afterVerb[0], 'according-to');
    const beforeVerb = mentions.filter((m) => m.end <= verb.start);
    // "Sanders was asked by host Bill Maher, …, “…”": a passive speech verb's agent speaks, not its subject.
    const agent = afterVerb[0];
    if (agent && PASSIVE_BEFORE_VERB.test(text.slice(span.start, verb.start)) && AGENT_BEFORE.test(text.slice(verb.end, agent.start))) return pick(headOfName(text, afterVerb, 0), 'cue-verb');
    // "Gallant called for …, saying the “…”": a participle's subject is the sentence's, before it; "saying Blinken" names the reported clause's.
    if (/ing$/i.test(verb.text)) return pick(participleSubject(text, beforeVerb, verb) ?? sentenceSubject(text, beforeVerb), 'cue-verb');
    // "Cruz knocked Rubio on trade and called him a “moderate”": a verb joined by "and" has the sentence's subject.
    if (beforeVerb.length > 0 && JOINED_TO_CLAUSE.test(text.slice(beforeVerb[beforeVerb.length - 1]!.end, verb.start))) return pick(joinedSubject(text, beforeVerb, verb.start), 'cue-verb');
    // Police said: “…”: only a verb that opens the quotation; a fragment further on may be a term the writer quotes.
    const opensQuotation = VERB_OPENS_QUOTATION.test(text.slice(verb.end, span.end));
    // "Many voters said Bush has “…”": a plural subject stands before the name its reported clause gives.
    const plural = (opensQuotation || (beforeVerb.length === 0 && afterVerb.length > 0)) && pluralSubject(text, span.start, verb.start, beforeVerb);
    if (plural) return pick(plural, 'cue-verb');
    // "That, the commission said, “…”", "The second review said: “…”": a description opening the clause of a verb that opens the quotation.
    const described = opensQuotation && describedClauseSubject(text, span.start, verb.start, beforeVerb);
    if (described) return pick(described, 'cue-verb');
    // "explained CBS moderator Nancy Cordes: “…”": a name or a role that qualifies a name speaks through its holder.
    return pick(beforeVerb.length > 0 ? subjectBefore(text, beforeVerb, verb.start) : afterVerb[0] && headOfName(text, afterVerb, 0), 'cue-verb');
  }
  if (/:\s*$/.test(text.slice(span.start, span.end))) return pick(sentenceSubject(text, mentions), 'colon');
  return null;
}

/** " to ", " to Secretary of State ": what stands before the one a letter or statement is addressed to. */
const ADDRESSEE_BEFORE = /\bto\s+(?:(?:[A-Z][\w.]*|of)\s+)*$/;

/**
 * "with Donald Trump tweeting that …", "an account of Clinton telling one agent …": a name right before a participle,
 * with nothing between them, is its subject, wherever the sentence's own subject stands.
 */
function participleSubject(text: string, beforeVerb: readonly Mention[], verb: Verb): Mention | undefined {
  const last = beforeVerb[beforeVerb.length - 1];
  // Not "a letter to Attorney General Loretta Lynch asking …": there the participle describes the letter.
  const isAddressee = ADDRESSEE_BEFORE.test(text.slice(Math.max(0, (last?.start ?? 0) - 40), last?.start));
  const between = last ? text.slice(last.end, verb.start) : '';
  // "…, Adel Nefzi said, adding, “…”": the participle goes on from the speech verb of the name before it.
  const isRightBefore = ONLY_SPACE.test(between) || (SPEECH_VERB_THEN_COMMA.test(between) && startsWithSpeechVerb(between));
  return last?.kind === 'name' && isRightBefore && !isAddressee ? last : undefined;
}

/** " said, ", " told reporters, ": a speech verb and a comma between a name and the participle that goes on from it. */
const SPEECH_VERB_THEN_COMMA = /^\s+[a-z]+(?:\s+[a-z]+)?,\s+$/;

/** Words after which a name is an object or a place, not the subject of the verb that follows. */
const PREPOSITIONS = new Set(['about', 'against', 'at', 'by', 'de', 'des', 'du', 'for', 'from', 'in', 'like', 'of', 'on', 'to', 'unlike', 'with', 'à', 'aus', 'en', 'na', 'v', 've', 'von', 'z', 'ze']);
/** "The leader of Ennahda, Rachid Ghannouchi,": the words between a role and the name it introduces. */
const APPOSITION_AFTER_ROLE = /^(?:\s+(?:of|de|du|del|des|von)\s+[^,.;:!?]{1,60})?,\s*$/;
/**
 * "Lee Jae-myung, leader of the opposition, described", "…, later described": an apposition between the subject and
 * its verb, perhaps with one word before the verb, which must be in lower case (code checks: no Unicode class to compile).
 */
const APPOSITION_TO_VERB = /^\s*,[^.!?]*,\s*(?:([^\s,]+)\s+)?$/;

/** "U.S.", "Inc.", "Jr.", "Mich.,": the full stops of initials, common abbreviations and any short one before a comma, which end no sentence in an apposition. */
const ABBREVIATION_STOP = /\b(?:[A-Z]|Capt|Cmdr|Co|Col|Corp|Dr|Gen|Gov|Inc|Jr|Lt|Ltd|Mr|Mrs|Ms|Prof|Rep|Sen|Sgt|Sr|St|[A-Z][a-z]{1,4}(?=\.,))\./g;

function isAppositionToVerb(between: string): boolean {
  const match = APPOSITION_TO_VERB.exec(between.replace(ABBREVIATION_STOP, (abbreviation) => abbreviation.slice(0, -1)));
  return match !== null && (match[1] === undefined || [...match[1]].every(isLowerChar));
}

/**
 * “…,” a farmer said: a speaker described in words no list holds still stands as the speaker, in those words. At a
 * clause's start its determiner may be capitalised ("The commission said"); the description is given in lower case.
 */
function describedSubject(text: string, start: number, verbStart: number): Mention | null {
  const between = text.slice(start, verbStart);
  const phrase = between.replace(/^[\s,.—–-]+/, '').trimEnd();
  const words = phrase.split(/\s+/);
  const determiner = words[0]!;
  const opensClause = start === 0 || CLAUSE_BREAK.test(text.slice(Math.max(0, start - 2), start + between.indexOf(phrase)));
  const isDeterminer = DESCRIBING_DETERMINERS.has(determiner) || (opensClause && DESCRIBING_DETERMINERS.has(determiner.toLowerCase()));
  // Not "the State Department has", "a South Carolina native who": the clause's verb or a relative pronoun ends it.
  const isDescription = isDeterminer && words.length >= 2 && words.length <= 5 && words.slice(1).every((word) => isCasedWord(word) && !isFunctionWord(word));
  if (!isDescription) return null;
  const at = start + between.indexOf(phrase);
  return describedMention(determiner.toLowerCase() + phrase.slice(determiner.length), at, phrase.length);
}

/** What opens a clause before a capitalised determiner: a sentence's or paragraph's end, a comma, a dash or a quotation mark. */
const CLAUSE_BREAK = /[.!?:;,—–“”"\n]\s*$/;

/**
 * "The commission said:", "That, the commission said,": the clause before a speech verb is a description no list holds,
 * with no mention of its own. It wins over mentions in the clauses before it, which are not the verb's subject ("In
 * rejecting a challenge to Cruz’s eligibility, the commission said: …").
 */
function describedClauseSubject(text: string, start: number, verbStart: number, mentions: readonly Mention[]): Mention | null {
  const clauseAt = start + clauseStartIn(text.slice(start, verbStart));
  if (mentions.some((m) => m.end > clauseAt)) return null;
  return describedSubject(text, clauseAt, verbStart);
}

/** What may stand between a verb and the quotation it opens: "said: “", "said “", "said that “". */
const VERB_OPENS_QUOTATION = /^[\s,:]*(?:that\s+)?$/;
/** Plural nouns that do not end in "s". */
const IRREGULAR_PLURALS = new Set(['children', 'men', 'people', 'police', 'women']);
/** Plural words that stand for people already named, for nobody in particular, or for no one: no description of a speaker. */
const NO_SPEAKER_PLURALS = new Set(['all', 'both', 'few', 'many', 'most', 'others', 'several', 'some', 'these', 'those', 'words']);
/** What may open a plural subject: "the researchers", "some protesters", "many voters", "two officials". */
const PLURAL_DETERMINERS = new Set(['many', 'several', 'some', 'the', 'three', 'two']);
/** The words a plural subject may have: its noun and up to two before it ("Israeli officials", "local health workers"). */
const MAX_PLURAL_SUBJECT_WORDS = 3;

/**
 * “…,” teachers chanted; “…,” Israeli officials said; Police said “…”: a plural noun with no determiner, perhaps with
 * words before it, standing alone between the clause's start (or a comma) and the verb. Its noun is in lower case, but
 * as the clause's only word, whose capital may be the sentence's; and no person or name is its noun.
 */
function pluralSubject(text: string, start: number, verbStart: number, mentions: readonly Mention[]): Mention | null {
  const between = text.slice(start, verbStart);
  const phrase = between.slice(clauseStartIn(between)).trim();
  const words = phrase.split(/\s+/);
  const noun = words[words.length - 1]!;
  if (words.length > MAX_PLURAL_SUBJECT_WORDS || !words.every(isCasedWord) || NO_SPEAKER_PLURALS.has(noun.toLowerCase())) return null;
  // "the researchers", but not "… and books", where the clause began before a list.
  if (words.some((word, i) => (i > 0 || !PLURAL_DETERMINERS.has(word.toLowerCase())) && isFunctionWord(word))) return null;
  const isLowerNoun = [...noun].every((char) => char === '-' || isLowerChar(char));
  const isOpeningNoun = words.length === 1 && [...noun.slice(1)].every(isLowerChar);
  if (!(isLowerNoun || isOpeningNoun) || !isPluralNoun(noun.toLowerCase())) return null;
  const at = verbStart - between.length + between.lastIndexOf(phrase);
  const nounStart = at + phrase.length - noun.length;
  if (mentions.some((m) => m.start < at + phrase.length && m.end > nounStart)) return null;
  const described = isOpeningNoun ? noun.charAt(0).toLowerCase() + noun.slice(1) : phrase;
  return { text: described, start: at, end: at + phrase.length, kind: 'role', isDefinite: false };
}

/** Where the clause before a verb starts: after the last comma, colon, dash or quotation mark, else at the start. */
function clauseStartIn(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (',:;—–“”"«»„'.includes(text[i]!)) return i + 1;
  return 0;
}

/** "officials", "witnesses", "people": a plural noun, in lower case; not "press", "bus", "analysis". */
function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word);
}

/** "a farmer", "one resident", "another neighbour", "the owner": a determiner and up to four words describe a speaker. */
const DESCRIBING_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the']);
/**
 * A word of letters with case (and hyphens, and digits beside them: "NY1", "G7"), as a description is written: not a
 * number, a symbol or a caseless script.
 */
function isCasedWord(word: string): boolean {
  const chars = [...word];
  const isCased = (char: string) => isLowerChar(char) || isUpperChar(char);
  return chars.some(isCased) && chars.every((char) => char === '-' || (char >= '0' && char <= '9') || isCased(char));
}

/** " the ": an article between a preposition and its object ("of the Hale Institute"). */
const THE_BEFORE_OBJECT = / the $/;

function isAfterPreposition(text: string, mention: Mention): boolean {
  return endsWithPreposition(text, mention.start) || endsWithPreposition(text, titleStart(text, mention.start));
}

function endsWithPreposition(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 10), at);
  const article = THE_BEFORE_OBJECT.exec(before);
  return endsWithWordOf(article ? before.slice(0, article.index + 1) : before.slice(-6), PREPOSITIONS);
}

/** A capitalised word of a title: letters, perhaps an apostrophe or a hyphen, perhaps a closing full stop ("Sen."). */
const TITLE_WORD = /^[A-Z][A-Za-z’'-]*\.?$/;
/** How many words a title before a name may hold: "Speaker of the House Rep.". */
const MAX_TITLE_WORDS = 6;

/**
 * Where the title before a name starts ("by Minnesota Sen. Al Franken", "Speaker of the House Rep. Paul Ryan"), or the
 * name's own start when no title stands there: capitalised words on the name's line, "of" and "the" between them,
 * none ending a sentence before it, at least one a role.
 */
function titleStart(text: string, nameStart: number): number {
  // Most names follow a lower-case word: no title stands there.
  if (!isUpperChar(text.charAt(text.lastIndexOf(' ', nameStart - 2) + 1))) return nameStart;
  const line = text.slice(Math.max(0, nameStart - 60), nameStart).split('\n').pop()!;
  const words = line.split(' ').slice(0, -1);
  let first = words.length;
  while (first > 0 && words.length - first < MAX_TITLE_WORDS) {
    const word = words[first - 1]!;
    const isTitleWord = TITLE_WORD.test(word) && (!word.endsWith('.') || isRoleWord(word));
    if (!isTitleWord && word !== 'of' && word !== 'the') break;
    first--;
  }
  while (first < words.length && !isUpperChar(words[first]!.charAt(0))) first++;
  const title = words.slice(first);
  if (!title.some((word) => isRoleWord(word))) return nameStart;
  return nameStart - title.join(' ').length - 1;
}

/**
 * The subject of a speech verb among the mentions before it: the nearest one that is not a possessive or the object
 * of a preposition; a name set off by an apposition reaching the verb, or named right before a role in apposition
 * ("Mr. Warner, the Virginia Democrat, called"), wins over the words describing it.
 */
function subjectBefore(text: string, mentions: Mention[], verbStart: number): Mention {
  const eligible = mentions.filter((m) => !/^['’]/.test(text.slice(m.end, m.end + 1)) && !isAfterPreposition(text, m));
  const pool = eligible.length > 0 ? eligible : mentions;
  const first = isNameInApposition(text, pool[0]!, pool[1]) ? pool[1]! : pool[0]!;
  // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a tag in brackets after the name is part of it, as
  // is the place it is of ("Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said").
  const between = text.slice(first.end, verbStart).replace(BRACKETED_TAGS, '').replace(PLACE_AFTER_NAME, '');
  if (first.kind === 'name' && between.trimStart().startsWith(',') && isAppositionToVerb(between)) return first;
  const last = pool[pool.length - 1]!;
  const previous = pool[pool.length - 2];
  // Not "addressed to …, Channing D. Phillips - the Utah Republican asks": a dash closes the aside before the subject.
  if (last.kind === 'role' && previous?.kind === 'name' && last.start - previous.end <= 3 && !/[-–—]/.test(text.slice(previous.end, last.start))) return previous;
  return (last.kind === 'role' && holderAfterPlace(text, mentions, last)) || last;
}

/** " of Oklahoma", " from New South Wales": the place a name's holder is of, before the comma that opens an apposition. */
const PLACE_AFTER_NAME = /^\s+(?:of|from)\s+[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}(?=,)/;

/** " (D-Mo.)", " (R-Tenn.)": short bracketed tags, after the name or after a name in its apposition, whose full stops end no sentence. */
const BRACKETED_TAGS = /\s*\([^()]{1,30}\)/g;

/** " to ", " to the ": what joins a role to the place it is held in. */
const ROLE_TO_PLACE = /^ to (?:the )?$/;

/**
 * "China’s ambassador to Britain Liu Xiaoming said": the name of three words or more right after a role's "to" is the
 * place and then the role's holder (as people.ts reads it), not the object of "to".
 */
function holderAfterPlace(text: string, mentions: readonly Mention[], role: Mention): Mention | undefined {
  const next = mentions.find((m) => m.start >= role.end);
  const isHolder = next?.kind === 'name' && next.text.split(' ').length >= 3 && ROLE_TO_PLACE.test(text.slice(role.end, next.start));
  return isHolder ? next : undefined;
}

/**
 * The first mention of a sentence that is not the object of a preposition ("Phoning in from London, Harper said:");
 * "The leader of Ennahda, Rachid Ghannouchi," gives the name in apposition.
 */
function sentenceSubject(text: string, mentions: readonly Mention[]): Mention | undefined {
  const first = mentions.find((m) => !isAfterPreposition(text, m)) ?? mentions[0];
  if (first?.kind !== 'role') return first;
  return mentions.find((m) => isNameInApposition(text, first, m)) ?? first;
}

/** "Fox’s director of IT, Deborah Sadusingh,": a name set off after a role, which stands for the person it describes. */
function isNameInApposition(text: string, role: Mention, name: Mention | undefined): boolean {
  return role.kind === 'role' && name?.kind === 'name' && APPOSITION_AFTER_ROLE.test(text.slice(role.end, name.start));
}

/** The mentions inside a span, found by binary search: the list is in text order and may be long. */
function mentionsWithin(mentions: readonly Mention[], span: Span, overhang: boolean): Mention[] {
  const low = partitionPoint(mentions, (mention) => mention.start < span.start);
  const found: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.start < span.end; i++) if (overhang || mentions[i]!.end <= span.end) found.push(mentions[i]!);
  return found;
}

function pick(mention: Mention | undefined, method: AttributionMethod): Cue | null {
  return mention ? { mention, method } : null;
}

/** A speech verb found in the text, with where it stands. */
interface Verb {
  text: string;
  start: number;
  end: number;
}

function verbsIn(text: string, span: Span): Verb[] {
  const clause = text.slice(span.start, span.end);
  return findSpeechVerbs(clause).map((verb) => ({ text: verb.text, start: span.start + verb.index, end: span.start + verb.index + verb.text.length }));
}

function firstVerb(text: string, span: Span) {
  return verbsIn(text, span)[0];
}

function lastVerb(text: string, span: Span) {
  const verbs = verbsIn(text, span);
  return verbs[verbs.length - 1];
}

/** The words after an apposition's closing comma that may hold its verb: "…, later told". */
const WORDS_AFTER_APPOSITION = 3;
/** ", who served as Hillary Clinton’s chief of staff during the Clinton administration,": what sets off an apposition. */
const APPOSITION_AFTER_NAME = /^(?: (?:Jr|Sr|II|III|IV))?,[^,.!?;:“”"]+,/;

/**
 * The words after a quotation that may hold its attribution: its first MAX_AFTER_WORDS; and when a name opens them
 * and an apposition follows it (“…,” Melanne Verveer, who served as …, told), as far as the verb after the apposition.
 */
function attributionAfter(text: string, after: Span, mentions: readonly Mention[]): Span {
  const end = wordLimit(text, after.start, MAX_AFTER_WORDS);
  const first = mentions[partitionPoint(mentions, (m) => m.start < after.start)];
  if (!first || first.kind !== 'name' || first.start >= end || !/^[\s,]*$/.test(text.slice(after.start, first.start))) return { start: after.start, end: Math.min(after.end, end) };
  const apposition = APPOSITION_AFTER_NAME.exec(text.slice(first.end, first.end + MAX_AFTER_CHARS).replace(ABBREVIATION_STOP, (abbreviation) => abbreviation.slice(0, -1) + ' '));
  const reach = apposition ? wordLimit(text, first.end + apposition[0].length, WORDS_AFTER_APPOSITION) : end;
  return { start: after.start, end: Math.min(after.end, Math.max(end, reach)) };
}

/** The offset after `count` words from `start`; looks no further than a sentence could reach. */
/** The next word from where it is set to look: read in the text itself, with no copy of a window of it. */
const NEXT_WORD = /\S+/g;

function wordLimit(text: string, start: number, count: number): number {
  const limit = Math.min(text.length, start + MAX_AFTER_CHARS);
  let end = start;
  let words = 0;
  // A word that runs past the limit ends at it.
  NEXT_WORD.lastIndex = start;
  for (let match = NEXT_WORD.exec(text); match && match.index < limit; match = NEXT_WORD.exec(text)) {
    end = Math.min(limit, match.index + match[0].length);
    if (++words >= count) break;
  }
  return end;
}
