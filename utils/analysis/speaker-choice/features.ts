import { isPlaceOrGroupName } from '../people/names';
import { startsLower } from '../text/letters';
import { partitionPoint } from '../text/sorted';
import { isNamedIn } from '../attribution/speakers';
import type { OptionContext, Proposer, SpeakerOption } from './types';
import { PROPOSERS } from './types';

/** A feature: what the model reads of one option, as a number (most are 0 or 1). */
type Feature = (option: SpeakerOption, context: OptionContext) => number;

/** “…,” Maria Lopez said, “…,” said Maria Lopez: an attribution whose mention stands this close to the quotation's marks (in characters). */
const NEXT_TO_QUOTE_CHARS = 8;
/** Within a short clause of them: “…,” the minister told reporters on Monday, Lopez said. */
const NEAR_QUOTE_CHARS = 40;
/** Mentions this far before a quotation (in characters) or further count as "long ago": a few paragraphs. */
const FAR_MENTION_CHARS = 2000;

type Person = OptionContext['people'][number];
/** Each article's people by name (the first of a name, as a search would find), built once: features ask for the same person many times. */
const BY_NAME = new WeakMap<OptionContext['people'], Map<string, Person>>();

function personOf(option: SpeakerOption, context: OptionContext): Person | undefined {
  let byName = BY_NAME.get(context.people);
  if (!byName) BY_NAME.set(context.people, (byName = new Map([...context.people].reverse().map((person) => [person.name, person]))));
  return byName.get(option.speaker);
}

/** The last mention of the option's person before the quotation, in characters back; Infinity when none. */
function charsSinceMention(option: SpeakerOption, context: OptionContext): number {
  const person = personOf(option, context);
  let nearest = Infinity;
  for (const mention of person?.mentions ?? []) if (mention.start < context.quoteStart) nearest = Math.min(nearest, context.quoteStart - mention.start);
  return nearest;
}

/** The index of the sentence a position falls in (the last that starts at or before it); -1 before the first. */
function sentenceAt(context: OptionContext, position: number): number {
  return partitionPoint(context.sentences, (sentence) => sentence.start <= position) - 1;
}

/** How many sentences before the quotation's the option's person was last named: 0 for its own sentence, Infinity for never. */
function sentencesSinceMention(option: SpeakerOption, context: OptionContext): number {
  const chars = charsSinceMention(option, context);
  if (chars === Infinity) return Infinity;
  return Math.max(0, sentenceAt(context, context.quoteStart) - sentenceAt(context, context.quoteStart - chars));
}

/** Whether the option's person is named after the quotation and before its sentence ends. */
function isNamedRightAfter(option: SpeakerOption, context: OptionContext): boolean {
  const sentence = context.sentences[sentenceAt(context, context.quoteEnd)];
  const end = sentence && sentence.end > context.quoteEnd ? sentence.end : context.quoteEnd;
  return (personOf(option, context)?.mentions ?? []).some((mention) => mention.start >= context.quoteEnd && mention.start < end);
}

/** How far, in characters, the attribution's mention stands from the quotation's marks; Infinity without one. */
function cueGap(context: OptionContext): number {
  const cue = context.cue;
  if (!cue) return Infinity;
  return cue.start >= context.quoteEnd ? cue.start - context.quoteEnd : Math.max(0, context.quoteStart - cue.end);
}

/** Whether the option is what the quotation's own attribution names, within `chars` of its marks. */
function cueWithin(chars: number): Feature {
  return (option, context) => (option.proposers.some((proposer) => proposer.startsWith('cue-')) && cueGap(context) <= chars ? 1 : 0);
}

/** Each quotation's count, read once: two features ask for it, for every option. */
const PEOPLE_IN_SENTENCE = new WeakMap<OptionContext, number>();

/** How many people, the option's included, are named in the quotation's sentences outside it: the more, the likelier a mix-up. */
function peopleNamedInSentence(context: OptionContext): number {
  let count = PEOPLE_IN_SENTENCE.get(context);
  if (count === undefined) PEOPLE_IN_SENTENCE.set(context, (count = countPeopleInSentence(context)));
  return count;
}

function countPeopleInSentence(context: OptionContext): number {
  const first = context.sentences[sentenceAt(context, context.quoteStart)];
  const last = context.sentences[sentenceAt(context, Math.max(context.quoteStart, context.quoteEnd - 1))];
  const from = first?.start ?? context.quoteStart;
  const to = Math.max(last?.end ?? context.quoteEnd, context.quoteEnd);
  const isOutside = (at: number) => at >= from && at < to && (at < context.quoteStart || at >= context.quoteEnd);
  return context.people.filter((person) => person.mentions.some((mention) => isOutside(mention.start))).length;
}

function sentencesBackBetween(low: number, high: number): Feature {
  return (option, context) => {
    const back = sentencesSinceMention(option, context);
    return back >= low && back <= high ? 1 : 0;
  };
}

/** Each article's surnames by how many of its people bear them, counted once. */
const SURNAME_COUNTS = new WeakMap<OptionContext['people'], Map<string, number>>();

/** Whether another of the article's people bears the option's surname (Bill and Hillary Clinton): a "Clinton said" may be either. */
function sharesSurname(option: SpeakerOption, context: OptionContext): boolean {
  let counts = SURNAME_COUNTS.get(context.people);
  if (!counts) {
    counts = new Map();
    for (const person of context.people) {
      const surname = lastWord(person.name);
      counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
    SURNAME_COUNTS.set(context.people, counts);
  }
  const own = personOf(option, context) ? 1 : 0;
  return (counts.get(lastWord(option.speaker)) ?? 0) > own;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** Whether the option is mentioned in the attribution in a placement that passes `test`. */
function placedAs(test: (placement: SpeakerOption['placements'][number]) => boolean): Feature {
  return (option) => (option.placements.some(test) ? 1 : 0);
}

const PLACEMENT_FEATURES: Record<string, Feature> = {
  'placed:after-quote-before-verb': placedAs((p) => p.side === 'after' && p.verb === 'before-verb'),
  'placed:after-quote-after-verb': placedAs((p) => p.side === 'after' && p.verb === 'after-verb'),
  'placed:after-quote-no-verb': placedAs((p) => p.side === 'after' && p.verb === 'no-verb'),
  'placed:before-quote-before-verb': placedAs((p) => p.side === 'before' && p.verb === 'before-verb'),
  'placed:before-quote-after-verb': placedAs((p) => p.side === 'before' && p.verb === 'after-verb'),
  'placed:before-quote-no-verb': placedAs((p) => p.side === 'before' && p.verb === 'no-verb'),
  'placed:nearest': placedAs((p) => p.isNearest),
  'placed:after-preposition': placedAs((p) => p.isAfterPreposition),
  'placed:possessive': placedAs((p) => p.isPossessive),
  'placed:as-pronoun': placedAs((p) => p.kind === 'person-pronoun' || p.kind === 'thing-pronoun'),
  'placed:as-role': placedAs((p) => p.kind === 'role'),
};

function proposedBy(proposer: Proposer): Feature {
  return (option) => (option.proposers.includes(proposer) ? 1 : 0);
}

/** The features, by name: each proposer, then what the option is and where it stands. */
export const FEATURES: Record<string, Feature> = {
  ...Object.fromEntries(PROPOSERS.map((proposer) => [`proposed:${proposer}`, proposedBy(proposer)])),
  ...PLACEMENT_FEATURES,
  ruleChoice: (option) => (option.isRuleChoice ? 1 : 0),
  proposerCount: (option) => Math.min(option.proposers.length, 4) / 4,
  knownPerson: (option, context) => (personOf(option, context) ? 1 : 0),
  mentionCount: (option, context) => Math.log1p(personOf(option, context)?.mentions.length ?? 0) / 3,
  mostMentioned: (option, context) => (isMostMentioned(option, context) ? 1 : 0),
  namedInQuote: (option, context) => (isNamedIn(context.quoted, option.speaker) ? 1 : 0),
  placeOrGroup: (option) => (isPlaceOrGroupName(option.speaker) ? 1 : 0),
  singleWord: (option) => (option.speaker.includes(' ') ? 0 : 1),
  description: (option) => (startsLower(option.speaker) ? 1 : 0),
  mentionedNearby: (option, context) => (charsSinceMention(option, context) < FAR_MENTION_CHARS ? 1 : 0),
  namedInSentence: sentencesBackBetween(0, 0),
  namedSentenceBefore: sentencesBackBetween(1, 1),
  namedTwoOrThreeBack: sentencesBackBetween(2, 3),
  namedRightAfter: (option, context) => (isNamedRightAfter(option, context) ? 1 : 0),
  partialQuote: (_option, context) => (context.partial ? 1 : 0),
  blockQuote: (_option, context) => (context.isBlock ? 1 : 0),
  contested: (_option, context) => (context.optionCount > 1 ? 1 : 0),
  cueNextToQuote: cueWithin(NEXT_TO_QUOTE_CHARS),
  cueNearQuote: cueWithin(NEAR_QUOTE_CHARS),
  onePersonInSentence: (_option, context) => (peopleNamedInSentence(context) === 1 ? 1 : 0),
  severalPeopleInSentence: (_option, context) => (peopleNamedInSentence(context) > 1 ? 1 : 0),
  sharesSurname: (option, context) => (sharesSurname(option, context) ? 1 : 0),
  fewAttributed: (_option, context) => 1 - context.attributedShare,
};

/** The feature names, in the order the weights file lists them. */
export const FEATURE_NAMES = Object.keys(FEATURES);

const MOST_MENTIONS = new WeakMap<OptionContext['people'], number>();

function isMostMentioned(option: SpeakerOption, context: OptionContext): boolean {
  let most = MOST_MENTIONS.get(context.people);
  if (most === undefined) MOST_MENTIONS.set(context.people, (most = Math.max(0, ...context.people.map((person) => person.mentions.length))));
  return most > 0 && personOf(option, context)?.mentions.length === most;
}

/** The features in FEATURE_NAMES order, looked up once. */
const FEATURES_IN_ORDER = FEATURE_NAMES.map((name) => FEATURES[name]!);

/** The option's features, in FEATURE_NAMES order. */
export function featuresOf(option: SpeakerOption, context: OptionContext): number[] {
  return FEATURES_IN_ORDER.map((feature) => feature(option, context));
}
