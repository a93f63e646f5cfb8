import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { speakerCertainty } from '../../../utils/analysis/certainty';
import { isPlaceOrGroupName } from '../../../utils/analysis/people/names';
import type { OptionContext, SpeakerOption, SpeakerWeights } from '../../../utils/analysis/speaker-choice';
import { calibrate, chooseSpeaker, FEATURE_NAMES, FITTED_WEIGHTS } from '../../../utils/analysis/speaker-choice';
import { FEATURES } from '../../../utils/analysis/speaker-choice/features';

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
