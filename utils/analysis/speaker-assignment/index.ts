import type { Candidate } from './types';
import type { Mention } from '../attribution/mentions';
import type { MentionFilter, PlacedMention } from '../attribution';
import { placeMentions } from '../attribution';
import type { Person } from '../people';
import { isWordOf, startsLower } from '../text/letters';
import { isFunctionWord } from '../people/names';
import type { SpeakerContext } from '../attribution/speakers';
import { isUsableMention, jointSpeakers, previousSubject, resolveMention } from '../attribution/speakers';
import type { AttributionMethod, Quote, Span, TextQuoteSelector } from '../types';
import type { OptionContext, Proposer, SpeakerChoice, SpeakerOption, SpeakerWeights } from '../speaker-choice';
import { chooseSpeaker, isFittedChoice } from '../speaker-choice';
import { partitionPoint } from '../text/sorted';

/** Characters of context kept on each side of a quote to re-find it in the live page. */
const ANCHOR_CONTEXT_CHARS = 32;
/** Blocks this short between two quotations (a stray credit, "Facebook") do not break a run of quotation. */
const MAX_FURNITURE_WORDS = 4;

/** The options gathered for one quotation, for the fitting script: what the model was shown. */
export type OptionObserver = (quoteIndex: number, options: readonly SpeakerOption[], context: Omit<OptionContext, 'optionCount'>) => void;

/** Everything a quotation's speaker may be chosen from, gathered in text order, with the model that chooses. */
interface Choosing {
  text: string;
  candidates: readonly Candidate[];
  context: SpeakerContext;
  nextInBlock: readonly (string | null)[];
  chosen: (SpeakerChoice | null)[];
  /** Whether the choice is fitted, so that options the ordered rules never take are worth gathering. */
  gathersFallbacks: boolean;
}

/**
 * Puts forward every speaker the text suggests for each quotation (its own cue, its paragraph's speaker, the quotation
 * it continues, the subjects before it) and lets the fitted model choose; quotations are taken in order, since one
 * continues the speaker chosen for the one before.
 */
export function assignSpeakers(text: string, candidates: readonly Candidate[], context: SpeakerContext, model?: SpeakerWeights, observe?: OptionObserver): Quote[] {
  const cueSpeakers = candidates.map((c) => fromCue(text, c, context));
  const state: Choosing = { text, candidates, context, nextInBlock: nextAttributedInBlock(candidates, cueSpeakers), chosen: [], gathersFallbacks: isFittedChoice(model) };
  const attributedShare = cueSpeakers.filter((cue) => cue.speaker !== null).length / Math.max(1, cueSpeakers.length);
  const lastInBlock = new Map<number, string>();
  let previousSpeaker: string | null = null;
  candidates.forEach((candidate, i) => {
    const block = candidate.span.blockIndex;
    const options = gatherOptions(state, i, cueSpeakers[i]!, lastInBlock.get(block) ?? null, previousSpeaker);
    const optionContext = {
      quoted: quotedWords(text, candidate), quoteStart: candidate.span.outer.start, quoteEnd: candidate.span.outer.end,
      sentences: context.sentences, partial: candidate.partial, isBlock: candidate.isBlock, people: context.people,
      cue: candidate.cue && { start: candidate.cue.mention.start, end: candidate.cue.mention.end }, attributedShare,
    };
    observe?.(i, options, optionContext);
    const choice = chooseSpeaker(options, optionContext, model);
    state.chosen[i] = choice;
    if (!choice) return;
    lastInBlock.set(block, choice.speaker);
    previousSpeaker = choice.speaker;
  });
  return candidates.map((candidate, i) => toQuote(text, candidate, state.chosen[i] ?? null));
}

/** For each quotation, the speaker of the next one in its paragraph that has its own attribution. */
function nextAttributedInBlock(candidates: readonly Candidate[], found: readonly Proposal[]): (string | null)[] {
  const next: (string | null)[] = candidates.map(() => null);
  let speaker: string | null = null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (candidates[i + 1]?.span.blockIndex !== candidates[i]!.span.blockIndex) speaker = null;
    next[i] = speaker;
    if (found[i]!.speaker) speaker = found[i]!.speaker;
  }
  return next;
}

/** A speaker one piece of evidence puts forward, or null when it names no one. */
interface Proposal {
  speaker: string | null;
  proposer: Proposer;
}

const CUE_PROPOSER: Partial<Record<AttributionMethod, Proposer>> = {
  'cue-verb': 'cue-verb', 'according-to': 'cue-according-to', colon: 'cue-colon', signature: 'cue-signature',
};

function fromCue(text: string, candidate: Candidate, context: SpeakerContext): Proposal {
  const cue = candidate.cue;
  if (!cue) return { speaker: null, proposer: 'cue-verb' };
  const speaker = jointSpeakers(cue.mention, context) ?? resolveMention(cue.mention, context, quotedWords(text, candidate));
  const kind = cue.mention.kind;
  const proposer: Proposer = kind === 'role' ? 'cue-role-noun' : kind === 'name' ? (CUE_PROPOSER[cue.method] ?? 'cue-verb') : 'cue-pronoun';
  return { speaker, proposer };
}

/**
 * The speakers put forward for quotation i, strongest evidence first: its own cue; its paragraph's speaker; the
 * quotation it continues; the subject right before a fragment; the subject of the sentence before; the last person
 * named; the last quotation's speaker. The first of these is the choice the ordered rules alone would make.
 */
function gatherOptions(state: Choosing, i: number, cue: Proposal, blockBefore: string | null, previousSpeaker: string | null): SpeakerOption[] {
  const { text, candidates, context } = state;
  const here = candidates[i]!;
  const previous = previousQuoteInRun(text, candidates, i);
  const opensSentence = here.sentenceStart === here.span.outer.start && here.span.outer.start !== here.block.start;
  const proposals: Proposal[] = [
    cue,
    { speaker: blockBefore, proposer: 'same-paragraph-before' },
    { speaker: state.nextInBlock[i] ?? null, proposer: 'same-paragraph-after' },
    { speaker: previous === null ? null : (state.chosen[previous]?.speaker ?? null), proposer: 'continues-quote' },
    { speaker: here.partial ? subjectRightBefore(text, here, context) : null, proposer: 'subject-before-fragment' },
    { speaker: opensSentence ? previousSubject(context, here.span.outer.start, 'any', 1) : null, proposer: 'previous-sentence-subject' },
    { speaker: previousSubject(context, here.span.outer.start, 'person'), proposer: 'recent-person' },
  ];
  const options = mergeProposals(proposals);
  // The confidence model reads where the attribution mentions the speaker its cue names.
  placeCue(options, here, state, cue);
  // The last quotation's speaker, the people named around it and every mention of its attribution are fallbacks the
  // rules never take: options for a fitted choice only. Under the rules they could not win, and a click pays nothing for them.
  if (!state.gathersFallbacks) return options;
  if (previousSpeaker) addProposal(options, previousSpeaker, 'previous-quote');
  for (const person of peopleNamedAround(here, context)) addProposal(options, person, 'named-nearby');
  addPlacedMentions(options, here, state);
  return options;
}

/**
 * Where the quotation's own attribution mentions the option its cue names: the mention the cue was read from, placed.
 * Other mentions of the attribution are not read: placing them all made the click slower (by about 1 ms at a first
 * click) for little more in the confidence model (on PolNeAR's resolved articles, held out, 56.2 % certain instead of
 * 54.6 %, as often right).
 */
function placeCue(options: readonly SpeakerOption[], here: Candidate, state: Choosing, cue: Proposal): void {
  const named = cue.speaker === null ? undefined : options.find((option) => option.speaker === cue.speaker);
  if (!named || !here.cue) return;
  // The cue may be read as part of a mention ("Nancy Cordes" of "CBS moderator Nancy Cordes"): the mention it starts in.
  const at = here.cue.mention.start;
  for (const { placement } of placedMentions(here, state, (mention) => mention.start <= at && at < mention.end)) named.placements.push(placement);
}

/** The usable mentions of the quotation's attribution (those `isWanted` accepts, if given), each with where it stands. */
function placedMentions(here: Candidate, state: Choosing, isWanted?: MentionFilter): PlacedMention[] {
  const people = state.context.people;
  return placeMentions(state.text, here.context, here.blockMentions, (mention) => isUsableMention(mention, people), isWanted);
}

/** Every mention of the quotation's attribution, resolved, is an option, and says where it stands. */
function addPlacedMentions(options: SpeakerOption[], here: Candidate, state: Choosing): void {
  const quoted = quotedWords(state.text, here);
  for (const { mention, placement } of placedMentions(here, state)) {
    const speaker = resolveMention(mention, state.context, quoted);
    if (!speaker) continue;
    addProposal(options, speaker, 'in-attribution');
    options.find((option) => option.speaker === speaker)!.placements.push(placement);
  }
}

/** How far before a quotation people named are put forward as its speaker: a paragraph or two. */
const NEARBY_CHARS = 600;

/** Every mention of a person, in text order, built once per article. */
const NAMED_AT = new WeakMap<readonly Person[], { start: number; name: string }[]>();

function namedAt(people: readonly Person[]): { start: number; name: string }[] {
  let list = NAMED_AT.get(people);
  if (!list) NAMED_AT.set(people, (list = people.flatMap((person) => person.mentions.map((m) => ({ start: m.start, name: person.name }))).sort((a, b) => a.start - b.start)));
  return list;
}

/** The people named outside the quotation in the text before it, or after it in its paragraph, in the order the people list gives. */
function peopleNamedAround(here: Candidate, context: SpeakerContext): string[] {
  const { start, end } = here.span.outer;
  const list = namedAt(context.people);
  const names = new Set<string>();
  for (let i = partitionPoint(list, (m) => m.start < start - NEARBY_CHARS); i < list.length && list[i]!.start < here.block.end; i++) {
    const at = list[i]!.start;
    if (at < start || at >= end) names.add(list[i]!.name);
  }
  return context.people.filter((person) => names.has(person.name)).map((person) => person.name);
}

function mergeProposals(proposals: readonly Proposal[]): SpeakerOption[] {
  const options: SpeakerOption[] = [];
  for (const { speaker, proposer } of proposals) if (speaker) addProposal(options, speaker, proposer, options.length === 0);
  return options;
}

function addProposal(options: SpeakerOption[], speaker: string, proposer: Proposer, isRuleChoice = false): void {
  const existing = options.find((option) => option.speaker === speaker);
  if (existing) existing.proposers.push(proposer);
  else options.push({ speaker, proposers: [proposer], isRuleChoice, placements: [] });
}

function quotedWords(text: string, candidate: Candidate): string {
  return text.slice(candidate.span.inner.start, candidate.span.inner.end);
}

/** The speaker named by the mention that stands, in the quotation's sentence, one lower-case word before its opening mark. */
function subjectRightBefore(text: string, candidate: Candidate, context: SpeakerContext): string | null {
  const opening = candidate.span.outer.start;
  const mention = lastMentionBefore(context.mentions.inBlock(candidate.span.blockIndex), opening);
  if (!mention || mention.start < candidate.sentenceStart || mention.kind === 'thing-pronoun' || !isUsableMention(mention, context.people)) return null;
  const between = text.slice(mention.end, opening);
  const word = between.trim();
  // One lower-case word, and not one that opens a phrase ("Instead of “…”"): a verb.
  const isOneVerb = between.startsWith(' ') && between.endsWith(' ') && startsLower(word) && isWordOf(word) && !isFunctionWord(word);
  return isOneVerb ? resolveMention(mention, context) : null;
}

/** The last mention that ends at or before `position`; mentions are in text order. */
function lastMentionBefore(mentions: readonly Mention[], position: number): Mention | undefined {
  return mentions[partitionPoint(mentions, (mention) => mention.end <= position) - 1];
}

/**
 * The quotation a paragraph of unattributed quotation continues: the last one in the previous paragraph of prose,
 * skipping captions, list items and stray short lines between them.
 */
function previousQuoteInRun(text: string, candidates: readonly Candidate[], i: number): number | null {
  const here = candidates[i]!;
  if (here.span.outer.start !== here.block.start || i === 0) return null;
  const previous = candidates[i - 1]!;
  if (previous.span.blockIndex === here.span.blockIndex) return i - 1;
  return isOnlyFurnitureBetween(text, previous.span.outer.end, here.block.start) ? i - 1 : null;
}

function isOnlyFurnitureBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to).split('\n\n').slice(1);
  return between.every((block) => block.split(/\s+/).filter(Boolean).length <= MAX_FURNITURE_WORDS || isLikelyCaption(block));
}

/** Captions and credits read as fragments: no sentence-ending stop. */
function isLikelyCaption(block: string): boolean {
  return !/[.!?]["”’»]?\s*$/.test(block.trim());
}

function toQuote(text: string, candidate: Candidate, choice: SpeakerChoice | null): Quote {
  return {
    text: text.slice(candidate.span.inner.start, candidate.span.inner.end),
    speaker: choice?.speaker ?? null,
    partial: candidate.partial,
    isBlock: candidate.isBlock,
    method: choice?.method ?? 'none',
    confidence: choice ? Math.round(choice.confidence * 1000) / 1000 : 0,
    span: candidate.span.inner,
    anchor: makeAnchor(text, candidate.span.inner),
  };
}

function makeAnchor(text: string, span: Span): TextQuoteSelector {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT_CHARS), span.start),
    suffix: text.slice(span.end, span.end + ANCHOR_CONTEXT_CHARS),
  };
}

export type * from './types';
