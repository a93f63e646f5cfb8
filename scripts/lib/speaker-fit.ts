/**
 * The pieces of fitting the speaker weights: matching the analysis's quotations to an answer key's, judging whether a
 * speaker names the key's person, and a deterministic L2-regularised logistic regression.
 */

/** An answer key's quotation: its words and who said them (null where the key leaves the speaker open). */
export interface KeyQuote {
  text: string;
  speaker: string | null;
}

/** Honorifics and titles a key may keep in a name and a prediction may drop ("Sen", "Mr"). */
const TITLE_WORDS = new Set(['dr', 'gov', 'mr', 'mrs', 'ms', 'president', 'rep', 'sen', 'the']);

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a quotation, without marks, case or accents. */
export function quoteWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/** Token F1 of two word lists. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of b) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of a) {
    const left = counts.get(word) ?? 0;
    if (left === 0) continue;
    shared++;
    counts.set(word, left - 1);
  }
  if (shared === 0) return 0;
  const precision = shared / a.length;
  const recall = shared / b.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Pairs each predicted quotation with the key quotation it reproduces (word overlap ≥ 0.8), one to one, best first. */
export function matchQuotes(predicted: readonly string[], key: readonly KeyQuote[]): Map<number, KeyQuote> {
  const predictedWords = predicted.map(quoteWords);
  const keyWords = key.map((quote) => quoteWords(quote.text));
  const pairs: [number, number, number][] = [];
  predictedWords.forEach((p, i) => keyWords.forEach((k, j) => {
    const overlap = wordOverlap(p, k);
    if (overlap >= 0.8) pairs.push([overlap, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const matched = new Map<number, KeyQuote>();
  const usedKeys = new Set<number>();
  for (const [, i, j] of pairs) {
    if (matched.has(i) || usedKeys.has(j)) continue;
    matched.set(i, key[j]!);
    usedKeys.add(j);
  }
  return matched;
}

/** A name's words, folded to lower case without accents, titles left out. */
export function nameWords(name: string): string[] {
  return fold(name).split(/[^\p{L}\p{N}]+/u).filter((word) => word && !TITLE_WORDS.has(word));
}

/**
 * Whether a predicted speaker names the key's: the same words, or some of them with the surname; a key that gives
 * only a surname ("Weaver") is named by the full name ("Jeff Weaver"), since the key's builder could not always find it.
 */
export function namesSameSpeaker(predicted: string, key: string): boolean {
  const p = nameWords(predicted);
  const k = nameWords(key);
  if (p.length === 0 || k.length === 0) return false;
  if (p.join(' ') === k.join(' ')) return true;
  if (p.every((word) => k.includes(word)) && p.includes(k[k.length - 1]!)) return true;
  return k.length === 1 && p[p.length - 1] === k[0];
}

/** One training example: an option's features and whether it is the key's speaker. */
export interface Example {
  features: number[];
  label: 0 | 1;
}

/** A fitted logistic model: the bias and one weight per feature. */
export interface LogisticModel {
  bias: number;
  weights: number[];
}

/** L2 penalty on the weights (not the bias): keeps rare features' weights from running off. */
const L2_PENALTY = 1;
const NEWTON_STEPS = 25;
/** A Newton step no larger than this in any weight has converged: the weights file rounds to four decimals. */
const CONVERGED_STEP = 1e-9;

function hasConverged(step: readonly number[]): boolean {
  return step.every((value) => Math.abs(value) < CONVERGED_STEP);
}

/**
 * Fits a conditional logit by Newton's method: for each quotation, the probability of each of its options is the
 * softmax of their scores, and the right option's is made large. Deterministic, so the weights file only changes with
 * the data. Quotations whose options are all wrong teach nothing here; they are the confidence threshold's business.
 */
export function fitChoiceModel(groups: readonly Example[][], featureCount: number): LogisticModel {
  let weights = new Array<number>(featureCount).fill(0);
  const usable = groups.filter((group) => group.some((option) => option.label === 1) && group.length > 1);
  for (let iteration = 0; iteration < NEWTON_STEPS; iteration++) {
    const gradient = weights.map((value) => L2_PENALTY * value);
    const hessian = weights.map((_, j) => weights.map((__, k) => (j === k ? L2_PENALTY : 0)));
    for (const group of usable) addGroup(group, weights, gradient, hessian);
    const step = solve(hessian, gradient);
    weights = weights.map((value, j) => value - step[j]!);
    if (hasConverged(step)) break;
  }
  return { bias: 0, weights };
}

/** Adds one quotation's share to the gradient and Hessian of the negative log-likelihood. */
function addGroup(group: readonly Example[], weights: readonly number[], gradient: number[], hessian: number[][]): void {
  const probabilities = softmax(group.map((option) => dot(weights, option.features)));
  const n = weights.length;
  const mean = new Array<number>(n).fill(0);
  group.forEach((option, i) => option.features.forEach((value, j) => (mean[j]! += probabilities[i]! * value)));
  const rightCount = group.filter((option) => option.label === 1).length;
  group.forEach((option, i) => {
    const target = option.label / rightCount;
    for (let j = 0; j < n; j++) {
      gradient[j]! += (probabilities[i]! - target) * option.features[j]!;
      const centred = option.features[j]! - mean[j]!;
      if (centred === 0) continue;
      for (let k = 0; k < n; k++) hessian[j]![k]! += probabilities[i]! * centred * (option.features[k]! - mean[k]!);
    }
  });
}

/** The softmax of scores, shifted by their largest for numerical safety. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Fits a binary logistic regression by Newton's method (the bias unpenalised): deterministic, like the choice model. */
export function fitLogistic(examples: readonly Example[], featureCount: number, penalty = L2_PENALTY): LogisticModel {
  let theta = new Array<number>(featureCount + 1).fill(0);
  for (let iteration = 0; iteration < NEWTON_STEPS; iteration++) {
    const gradient = theta.map((value, j) => (j === 0 ? 0 : penalty * value));
    const hessian = theta.map((_, j) => theta.map((__, k) => (j === k && j > 0 ? penalty : 0)));
    for (const { features, label } of examples) {
      const x = [1, ...features];
      // Most features are 0 for any one example: only the others add to the gradient and the Hessian.
      const nonZero = x.flatMap((value, j) => (value === 0 ? [] : [j]));
      const p = sigmoid(dot(theta, x));
      for (const j of nonZero) {
        gradient[j]! += (p - label) * x[j]!;
        for (const k of nonZero) hessian[j]![k]! += p * (1 - p) * x[j]! * x[k]!;
      }
    }
    const step = solve(hessian, gradient);
    theta = theta.map((value, j) => value - step[j]!);
    if (hasConverged(step)) break;
  }
  return { bias: theta[0]!, weights: theta.slice(1) };
}

/** The model's probability for one example's features. */
export function predict(model: LogisticModel, features: readonly number[]): number {
  return sigmoid(model.bias + dot(model.weights, features));
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(matrix: readonly number[][], vector: readonly number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

/** A choice's confidence score and whether it was right. */
export interface ScoredChoice {
  score: number;
  right: boolean;
}

/**
 * The highest score at or below which the choices are right less than half the time, counting every choice scored
 * that low or lower; 0 when even the lowest are right more often than not.
 */
export function evenLine(choices: readonly ScoredChoice[]): number {
  const scored = [...choices].sort((a, b) => a.score - b.score);
  let right = 0;
  let line = 0;
  scored.forEach((choice, i) => {
    if (choice.right) right++;
    const isLastOfScore = i + 1 === scored.length || scored[i + 1]!.score > choice.score;
    if (isLastOfScore && right / (i + 1) < 0.5) line = choice.score;
  });
  return line;
}
