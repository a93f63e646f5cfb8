import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speakerCertainty } from '../../../utils/analysis/certainty';
import { isPlaceOrGroupName } from '../../../utils/analysis/people/names';
import type { OptionContext, SpeakerOption, SpeakerWeights } from '../../../utils/analysis/speaker-choice';
import {
  calibrate, chooseSpeaker, CONFIDENCE_FEATURE_NAMES, confidenceFeatures, confidenceOf, FEATURE_NAMES, FITTED_WEIGHTS, sharedConfidenceFeatures,
} from '../../../utils/analysis/speaker-choice';
import { FEATURES } from '../../../utils/analysis/speaker-choice/features';
import { analyseArticle } from '../../../utils/analysis';
import { articleFrom } from './article-from';

/** "Gallant met Blinken. “We agree,” Gallant said." in offsets: a sentence each, the quotation in the second. */
const CONTEXT: OptionContext = {
  quoted: 'We agree, Antony',
  quoteStart: 40,
  quoteEnd: 60,
  sentences: [{ start: 0, end: 39 }, { start: 40, end: 80 }],
  partial: false,
  isBlock: false,
  optionCount: 2,
  people: [
    { name: 'Yoav Gallant', mentions: [{ start: 0 }, { start: 62 }] },
    { name: 'Antony Blinken', mentions: [{ start: 20 }] },
  ],
  cue: { start: 62, end: 69 },
  attributedShare: 0.75,
};

function option(speaker: string, proposers: SpeakerOption['proposers'] = ['cue-verb'], isRuleChoice = true): SpeakerOption {
  return { speaker, proposers, isRuleChoice, placements: [] };
}

describe('speaker choice features', () => {
  it.each([
    ['proposed:cue-verb', option('Yoav Gallant'), 1],
    ['proposed:recent-person', option('Yoav Gallant'), 0],
    ['knownPerson', option('Yoav Gallant'), 1],
    ['knownPerson', option('the ministry'), 0],
    ['namedInQuote', option('Antony Blinken'), 1],
    ['namedInQuote', option('Yoav Gallant'), 0],
    ['placeOrGroup', option('New Hampshire'), 1],
    ['placeOrGroup', option('Yoav Gallant'), 0],
    ['description', option('a senior official'), 1],
    ['namedSentenceBefore', option('Antony Blinken'), 1],
    ['namedSentenceBefore', option('Yoav Gallant'), 1],
    ['namedRightAfter', option('Yoav Gallant'), 1],
    ['namedRightAfter', option('Antony Blinken'), 0],
    ['singleWord', option('Gallant'), 1],
    ['cueNextToQuote', option('Yoav Gallant'), 1],
    ['cueNextToQuote', option('Yoav Gallant', ['recent-person']), 0],
    ['cueNearQuote', option('Yoav Gallant'), 1],
    ['onePersonInSentence', option('Yoav Gallant'), 1],
    ['severalPeopleInSentence', option('Yoav Gallant'), 0],
    ['fewAttributed', option('Yoav Gallant'), 0.25],
  ])('%s of %o is %d', (name, given, expected) => {
    expect(FEATURES[name]!(given, CONTEXT)).toBe(expected);
  });

  it('reads whether another of the article’s people bears the option’s surname', () => {
    const family: OptionContext = { ...CONTEXT, people: [...CONTEXT.people, { name: 'Dana Gallant', mentions: [{ start: 30 }] }] };
    expect(FEATURES.sharesSurname!(option('Yoav Gallant'), family)).toBe(1);
    expect(FEATURES.sharesSurname!(option('Gallant'), family)).toBe(1);
    expect(FEATURES.sharesSurname!(option('Antony Blinken'), family)).toBe(0);
    expect(FEATURES.sharesSurname!(option('Yoav Gallant'), CONTEXT)).toBe(0);
  });

  it('reads an attribution far from its quotation, and several people named in its sentence', () => {
    const far: OptionContext = { ...CONTEXT, cue: { start: 140, end: 147 }, people: [...CONTEXT.people, { name: 'Maria Lopez', mentions: [{ start: 70 }] }] };
    expect(FEATURES.cueNearQuote!(option('Yoav Gallant'), far)).toBe(0);
    expect(FEATURES.severalPeopleInSentence!(option('Yoav Gallant'), far)).toBe(1);
  });
});

describe('choosing a speaker', () => {
  const rulesOnly: SpeakerWeights = { weights: { ruleChoice: 1 } };

  it('takes the option the weights score highest, with the method of its strongest proposer', () => {
    const options = [option('Yoav Gallant', ['recent-person'], true), option('Antony Blinken', ['named-nearby', 'cue-verb'], false)];
    expect(chooseSpeaker(options, CONTEXT, rulesOnly)).toMatchObject({ speaker: 'Yoav Gallant', method: 'nearby-name' });
    expect(chooseSpeaker(options, CONTEXT, { weights: { 'proposed:cue-verb': 2 } })).toMatchObject({ speaker: 'Antony Blinken', method: 'cue-verb' });
  });

  it('has no speaker for a quotation with no options', () => {
    expect(chooseSpeaker([], CONTEXT)).toBeNull();
  });

  it('shows the fitted "right 97 times in 100" score as 0.9, keeping the order of scores', () => {
    const model: SpeakerWeights = { weights: {}, certainAt: 0.8 };
    expect(calibrate(0.8, model)).toBeCloseTo(0.9);
    expect(calibrate(0.4, model)).toBeCloseTo(0.45);
    expect(calibrate(1, model)).toBeCloseTo(1);
    expect(calibrate(0.7, model)).toBeLessThan(calibrate(0.81, model));
  });

  it('shows the fitted even-chance score as 0.5, between 0 and the certain line, keeping the order of scores', () => {
    const model: SpeakerWeights = { weights: {}, certainAt: 0.9, unclearAt: 0.7 };
    expect(calibrate(0.7, model)).toBeCloseTo(0.5);
    expect(calibrate(0.35, model)).toBeCloseTo(0.25);
    expect(calibrate(0.8, model)).toBeCloseTo(0.7);
    expect(calibrate(0.9, model)).toBeCloseTo(0.9);
    expect(calibrate(0.69, model)).toBeLessThan(calibrate(0.71, model));
  });

  it('ignores an even-chance score that is not below the certain line', () => {
    const model: SpeakerWeights = { weights: {}, certainAt: 0.8, unclearAt: 0.85 };
    expect(calibrate(0.4, model)).toBeCloseTo(0.45);
  });
});

describe('where the attribution mentions an option', () => {
  /** The placements of each quotation's options, by speaker, as a fit sees them. */
  function placementsOf(paragraphs: string[]): Record<string, SpeakerOption['placements']>[] {
    const seen: Record<string, SpeakerOption['placements']>[] = [];
    analyseArticle(articleFrom(paragraphs), { observe: (i, options) => (seen[i] = Object.fromEntries(options.map((o) => [o.speaker, o.placements]))) });
    return seen;
  }

  it('places a name after the quotation and before its verb, nearest the quotation', () => {
    const [placed] = placementsOf(['Yoav Gallant met Antony Blinken in Haifa on Monday.', '“We agree on the port,” Gallant said.']);
    expect(placed!['Yoav Gallant']).toEqual([{ side: 'after', verb: 'before-verb', isNearest: true, isAfterPreposition: false, isPossessive: false, kind: 'name' }]);
  });

  it('places a pronoun before the quotation and its verb, nearest the quotation', () => {
    const [placed] = placementsOf(['Yoav Gallant met Antony Blinken in Haifa on Monday.', 'Gallant toured the port.', 'He told reporters, “We agree on the port.”']);
    expect(placed!['Yoav Gallant']).toEqual([{ side: 'before', verb: 'before-verb', isNearest: true, isAfterPreposition: false, isPossessive: false, kind: 'person-pronoun' }]);
  });

  it('places a pronoun as not nearest when a name stands between it and the quotation', () => {
    const [placed] = placementsOf(['Yoav Gallant met Antony Blinken in Haifa on Monday.', 'Gallant toured the port.', 'He told reporters in Haifa, “We agree on the port.”']);
    expect(placed!['Yoav Gallant']).toEqual([expect.objectContaining({ side: 'before', isNearest: false, kind: 'person-pronoun' })]);
  });
});

describe('how much of the article its quotations’ own attributions name', () => {
  it('is the share of its quotations whose attribution names someone, the same for each', () => {
    const shares: number[] = [];
    const paragraphs = ['Yoav Gallant met Antony Blinken in Haifa on Monday.', '“We agree on the port,” Gallant said.', '“It will take a year.”'];
    analyseArticle(articleFrom(paragraphs), { observe: (i, _options, context) => (shares[i] = context.attributedShare) });
    expect(shares).toEqual([0.5, 0.5]);
  });
});

describe('the confidence of a choice', () => {
  const winner = FEATURE_NAMES.map((_, i) => (i % 3 === 0 ? 1 : 0));

  it('reads the shared values, then the winner’s method’s group, and zeros for the other groups', () => {
    const values = confidenceFeatures(sharedConfidenceFeatures(winner, 0.6, 2), 'pronoun');
    expect(values).toHaveLength(CONFIDENCE_FEATURE_NAMES.length);
    const at = (name: string) => values[CONFIDENCE_FEATURE_NAMES.indexOf(name)];
    expect([at('choiceShare'), at('pronoun|choiceShare'), at('attribution|choiceShare'), at('continuation|choiceShare')]).toEqual([0.6, 0.6, 0, 0]);
    expect([at('pronoun|method'), at('attribution|method'), at('contested'), at('pronoun|contested')]).toEqual([1, 0, 1, 1]);
  });

  it('puts a role noun’s or a nearby name’s choice in no group: only the shared weights read it', () => {
    const values = confidenceFeatures(sharedConfidenceFeatures(winner, 0.6, 1), 'role-noun');
    expect(values.slice(winner.length + 2).every((value) => value === 0)).toBe(true);
  });

  it.each(['cue-verb', 'pronoun', 'continuation', 'role-noun'] as const)('weighs a %s choice as the logistic model on its full values does', (method) => {
    const weights = Object.fromEntries(CONFIDENCE_FEATURE_NAMES.map((name, i) => [name, ((i * 7) % 11) / 10 - 0.5]));
    const model: SpeakerWeights = { weights: {}, confidence: { bias: -0.3, weights } };
    const values = confidenceFeatures(sharedConfidenceFeatures(winner, 0.8, 3), method);
    const sum = -0.3 + CONFIDENCE_FEATURE_NAMES.reduce((total, name, i) => total + weights[name]! * values[i]!, 0);
    expect(confidenceOf(winner, 0.8, 3, method, model)).toBeCloseTo(1 / (1 + Math.exp(-sum)), 12);
  });
});

describe('speaker certainty', () => {
  it.each([
    [{ speaker: 'Yoav Gallant', confidence: 0.95 }, 'certain'],
    [{ speaker: 'Yoav Gallant', confidence: 0.7 }, 'probable'],
    [{ speaker: 'Yoav Gallant', confidence: 0.3 }, 'unclear'],
    [{ speaker: null, confidence: 0 }, 'unknown'],
  ] as const)('%o is %s', (quote, expected) => {
    expect(speakerCertainty(quote)).toBe(expected);
  });
});

describe('places, peoples and parties are no names', () => {
  it.each([['New Hampshire'], ['Mexican'], ['R-Neb.'], ['D-Calif'], ['Minnesota Democratic'], ['the Democrats']])('%s', (name) => {
    expect(isPlaceOrGroupName(name)).toBe(true);
  });
  it.each([['Yoav Gallant'], ['Washington Irving'], ['Georgia Meloni'], ['Jordan Peterson']])('%s is a name', (name) => {
    expect(isPlaceOrGroupName(name)).toBe(false);
  });
});

describe('the fitted weights', () => {
  it('weigh every feature the analysis computes, and nothing else', () => {
    expect(Object.keys(FITTED_WEIGHTS.weights).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  it.skipIf(!existsSync('../shared/polnear/pages/index.json'))('are what the fitting script gives on PolNeAR (run it after changing features)', () => {
    const fit = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fit-speaker-weights.ts', '--check'], { encoding: 'utf8' });
    expect(fit.stderr).not.toContain('stale');
    expect(fit.status).toBe(0);
  }, 180_000);
});
