import type { AttributionMethod } from '../types';
import { FEATURES, featuresOf, FEATURE_NAMES } from './features';
import type { OptionContext, Proposer, SpeakerChoice, SpeakerOption, SpeakerWeights } from './types';
import { PROPOSERS } from './types';
import fitted from './weights.json';

/** The weights fitted by scripts/fit-speaker-weights.ts on PolNeAR's attributions. */
export const FITTED_WEIGHTS: SpeakerWeights = fitted;

/** Whether a model's choice is fitted rather than the ordered rules' (which take only their own choice). */
export function isFittedChoice(model: SpeakerWeights = FITTED_WEIGHTS): boolean {
  return model.minimumScore === undefined;
}

/** The method the popup shows for each proposer: how the winning speaker was found. */
const METHOD_OF: Record<Proposer, AttributionMethod> = {
  'cue-signature': 'signature',
  'cue-verb': 'cue-verb',
  'cue-according-to': 'according-to',
  'cue-colon': 'colon',
  'cue-pronoun': 'pronoun',
  'cue-role-noun': 'role-noun',
  'same-paragraph-before': 'continuation',
  'same-paragraph-after': 'continuation',
  'continues-quote': 'continuation',
  'subject-before-fragment': 'nearby-name',
  'previous-sentence-subject': 'nearby-name',
  'recent-person': 'nearby-name',
  'previous-quote': 'continuation',
  'named-nearby': 'nearby-name',
  'in-attribution': 'cue-verb',
};

/** The confidence from which the popup shows a speaker as certain; below it, "probably". */
export const CERTAIN_CONFIDENCE = 0.9;

/** The confidence below which a speaker is more likely wrong than right; the fit's `unclearAt` is shown as this. */
export const EVEN_CONFIDENCE = 0.5;

/**
 * Turns a model score into the confidence shown: the score from which the fit's choices were right 97 times in 100
 * (`certainAt`) becomes CERTAIN_CONFIDENCE, the score below which they were right less than half the time
 * (`unclearAt`) becomes EVEN_CONFIDENCE, and the scores between these knots are stretched linearly to keep their order.
 */
export function calibrate(score: number, model: SpeakerWeights): number {
  const at = model.certainAt;
  if (at === undefined) return score;
  if (score >= at) return CERTAIN_CONFIDENCE + ((1 - CERTAIN_CONFIDENCE) * (score - at)) / Math.max(1e-9, 1 - at);
  const even = model.unclearAt;
  if (even === undefined || even <= 0 || even >= at) return (CERTAIN_CONFIDENCE * score) / at;
  if (score < even) return (EVEN_CONFIDENCE * score) / even;
  return EVEN_CONFIDENCE + ((CERTAIN_CONFIDENCE - EVEN_CONFIDENCE) * (score - even)) / (at - even);
}

/**
 * An option's score under the choice weights: higher is likelier; only differences between options count. Only the
 * features the weights use are computed: under the ordered rules that is one, and a click pays for no more.
 */
function scoreOption(option: SpeakerOption, context: OptionContext, weighted: readonly [string, number][]): number {
  let sum = 0;
  for (const [name, weight] of weighted) sum += weight * FEATURES[name]!(option, context);
  return sum;
}

/**
 * The ways of finding a speaker whose choices the confidence model weighs apart: a quotation's own attribution, a
 * pronoun, a continuation. Each is right for different reasons (a continuation is as good as the quotation before it;
 * a pronoun as good as the name it stands for), so each has its own weights on top of those all share.
 */
const CONFIDENCE_GROUPS = ['attribution', 'pronoun', 'continuation'] as const;
type ConfidenceGroup = (typeof CONFIDENCE_GROUPS)[number];
const GROUP_OF: Partial<Record<AttributionMethod, ConfidenceGroup>> = {
  'cue-verb': 'attribution', signature: 'attribution', 'according-to': 'attribution', colon: 'attribution',
  pronoun: 'pronoun', continuation: 'continuation',
};

/**
 * What the confidence model reads of the winner, whatever its method: its own features, the share of the choice it won
 * (the softmax of the scores) and whether it beat others.
 */
const SHARED_CONFIDENCE_NAMES = [...FEATURE_NAMES, 'choiceShare', 'contested'];

/** What every method's confidence reads: the winner's features, its share of the choice and whether it was contested. */
export function sharedConfidenceFeatures(winner: readonly number[], share: number, optionCount: number): number[] {
  return [...winner, share, optionCount > 1 ? 1 : 0];
}

/**
 * The confidence model's input as a fit sees it: the shared values, then for each group the same values again and a
 * 1 where the winner's method is of that group, zeros where it is not.
 */
export function confidenceFeatures(shared: readonly number[], method: AttributionMethod): number[] {
  const group = GROUP_OF[method];
  const zeros = new Array<number>(shared.length + 1).fill(0);
  return [...shared, ...CONFIDENCE_GROUPS.flatMap((name) => (name === group ? [...shared, 1] : zeros))];
}

/** The names of confidenceFeatures' values, in order. */
export const CONFIDENCE_FEATURE_NAMES = [
  ...SHARED_CONFIDENCE_NAMES,
  ...CONFIDENCE_GROUPS.flatMap((group) => [...SHARED_CONFIDENCE_NAMES.map((name) => `${group}|${name}`), `${group}|method`]),
];

/** The method the popup shows for an option: its strongest proposer's. */
export function methodOf(option: SpeakerOption): AttributionMethod {
  return METHOD_OF[strongest(option.proposers)];
}

/** For one group (or none): each shared value's weight, its own added to the shared one, and the group's bias. */
interface GroupWeights {
  weights: Float64Array;
  bias: number;
}

/** Each model's confidence weights by group, summed once: a click adds up the shared values only. */
const GROUP_WEIGHTS = new WeakMap<SpeakerWeights, Map<ConfidenceGroup | undefined, GroupWeights>>();

function groupWeights(model: SpeakerWeights, group: ConfidenceGroup | undefined): GroupWeights {
  let byGroup = GROUP_WEIGHTS.get(model);
  if (!byGroup) GROUP_WEIGHTS.set(model, (byGroup = new Map()));
  let found = byGroup.get(group);
  if (!found) {
    const weights = model.confidence!.weights;
    const own = (name: string) => (group ? (weights[`${group}|${name}`] ?? 0) : 0);
    found = { weights: Float64Array.from(SHARED_CONFIDENCE_NAMES, (name) => (weights[name] ?? 0) + own(name)), bias: model.confidence!.bias + own('method') };
    byGroup.set(group, found);
  }
  return found;
}

/**
 * How likely the winner is right, by the fitted logistic confidence model, before it is calibrated: the same as the
 * model's weights on confidenceFeatures(sharedConfidenceFeatures(winner, share, optionCount), method), without building them.
 */
export function confidenceOf(winner: readonly number[], share: number, optionCount: number, method: AttributionMethod, model: SpeakerWeights): number {
  if (!model.confidence) return share;
  const { weights, bias } = groupWeights(model, GROUP_OF[method]);
  let sum = bias + weights[winner.length]! * share + (optionCount > 1 ? weights[winner.length + 1]! : 0);
  for (let i = 0; i < winner.length; i++) sum += weights[i]! * winner[i]!;
  return 1 / (1 + Math.exp(-sum));
}

/** Each model's features of non-zero weight with their weights, listed once: every quotation is scored with them. */
const WEIGHTED = new WeakMap<SpeakerWeights, [string, number][]>();

function weightedFeatures(model: SpeakerWeights): [string, number][] {
  let weighted = WEIGHTED.get(model);
  if (!weighted) WEIGHTED.set(model, (weighted = Object.entries(model.weights).filter(([name, weight]) => weight !== 0 && name in FEATURES)));
  return weighted;
}

/** Picks the likeliest of a quotation's options, with how sure that choice is; null when it has none. */
export function chooseSpeaker(options: readonly SpeakerOption[], context: Omit<OptionContext, 'optionCount'>, model: SpeakerWeights = FITTED_WEIGHTS): SpeakerChoice | null {
  if (options.length === 0) return null;
  const full: OptionContext = { ...context, optionCount: options.length };
  const weighted = weightedFeatures(model);
  const scores = options.map((option) => scoreOption(option, full, weighted));
  let best = 0;
  scores.forEach((score, i) => {
    if (score > scores[best]!) best = i;
  });
  if (model.minimumScore !== undefined && scores[best]! <= model.minimumScore) return null;
  const share = 1 / scores.reduce((sum, score) => sum + Math.exp(score - scores[best]!), 0);
  const winner = options[best]!;
  const method = methodOf(winner);
  const confidence = confidenceOf(featuresOf(winner, full), share, options.length, method, model);
  return { speaker: winner.speaker, method, confidence: calibrate(confidence, model) };
}

function strongest(proposers: readonly Proposer[]): Proposer {
  return PROPOSERS.find((proposer) => proposers.includes(proposer)) ?? proposers[0]!;
}

export { featuresOf, FEATURE_NAMES } from './features';
export type * from './types';
