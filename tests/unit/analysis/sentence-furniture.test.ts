import { describe, expect, it } from 'vitest';
import {
  countLeadWords,
  isCaption,
  isCreditLine,
  isDateLine,
  isFinished,
  isFurniture,
  isHeadlineCase,
  isInsideQuotation,
  isLeadSentence,
  isPitch,
  labelOf,
} from '../../../utils/analysis/summary/sentence-furniture';

const LEAD = 'Dock workers returned to work on Friday after their union accepted a pay rise.';

describe('sentence furniture', () => {
  it.each([
    ['Related: Dock workers plan a strike over pay', true],
    ['Lire aussi : Les dockers en grève', true],
    ['Read more: the union’s full statement', true],
    ["Editor's note: this story has been updated", true],
    ['ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados.', true],
    [LEAD, false],
    ['Heads up, travelers: Hundreds of workers are striking at the airport.', false],
  ])('isFurniture(%j) is %s', (sentence, expected) => {
    expect(isFurniture(sentence)).toBe(expected);
  });

  it.each([
    ['Related: more', 'related'],
    ['À lire aussi : la suite', 'à lire aussi'],
    ['A sentence that runs for a long while before it reaches its colon: here', null],
    ['No colon at all', null],
  ])('labelOf(%j) is %j', (sentence, expected) => {
    expect(labelOf(sentence)).toBe(expected);
  });

  it.each([
    [LEAD, true],
    ['“We are done,” she said.”', true],
    ['Il a déclaré : « C’est fini. »', true],
    ['Dock workers returned to work', false],
    ['Did the dock workers return to work?', false],
    ['The best way to see it is in this one chart:', false],
    ['The mayor on the quay (Jane Doe/AFP/Getty Images)', false],
    ['港の労働者は金曜日に仕事に戻った。', true],
  ])('isFinished(%j) is %s', (sentence, expected) => {
    expect(isFinished(sentence)).toBe(expected);
  });

  it.each([
    ['The mayor on the quay in Shelby on Sunday. (Jane Doe/AFP/Getty Images)', true],
    ['© Archive Photos/Getty Images The reason we love sad films is linked to endorphins.', true],
    ['Nick Loeb and Sofia Vergara Shutterstock / Getty Images', true],
    ['A credit card sized computer that costs $35 - Image: Raspberry Pi Foundation', true],
    ['The defendant is escorted from the county court in Shelby on June 18, 2015.', true],
    ['The president speaks about the relief portal in Washington, Monday, Oct. 17, 2022.', true],
    [LEAD, false],
    ['The company reported its results on Tuesday, March 3, and its shares rose.', false],
    ['Parents can choose and/or refuse the new plan for their children.', false],
  ])('isCaption(%j) is %s', (sentence, expected) => {
    expect(isCaption(sentence)).toBe(expected);
  });

  it.each([
    ['Sign up for our newsletter to get the news delivered every morning.', true],
    ['Abonnez-vous à notre newsletter pour recevoir les dernières nouvelles.', true],
    ['Click here to get more information or download this game.', true],
    ['This post may contain affiliate and/or referral links.', true],
    ['Mental Floss may receive a commission for purchases made through these links.', true],
    ['Looks like you’re using new Reddit on an old browser.', true],
    ['You can view our June open thread and its comments here.', true],
    ['The minister said the talks would go on in the capital, the mayor said here.', false],
    [LEAD, false],
    ['Netflix added five million subscribers in the quarter, the company said.', false],
    ['“You can subscribe to our newsletter,” the minister joked at the launch.', false],
    ['The European Commission approved the merger of the two partners on Monday.', false],
  ])('isPitch(%j) is %s', (sentence, expected) => {
    expect(isPitch(sentence)).toBe(expected);
  });

  it.each([
    ['Some Pouches of Sleepytime Tea That Belonged to Your Partner Before You Moved In', true],
    ['A FortiGuard Labs How-To Guide for Cybersecurity Threat Researchers', true],
    ['THE HARBOUR IS CLOSED AFTER THE STORM HIT THE TOWN ON FRIDAY', true],
    [LEAD, false],
    ['Zimbabwe President Robert Mugabe and his wife Grace are under house arrest at their compound in Harare.', false],
    ['Das bizarre Genom der größten Blütenpflanze der Welt offenbart, zu was Parasiten fähig sind.', false],
    ['A HIGH-powered federal government team has been doing the rounds of media organisations.', false],
  ])('isHeadlineCase(%j) is %s', (sentence, expected) => {
    expect(isHeadlineCase(sentence)).toBe(expected);
  });

  it.each([
    ['Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.', true],
    ['December 6, 2016 — 6:22 PM EST December 7, 2016', true],
    [LEAD, false],
    ['On Nov. 15, 2019, the former ambassador testified before the committee in Washington.', false],
    ['トレンドマイクロは3月9日、新しいアプリの発売を開始すると発表した。', false],
  ])('isDateLine(%j) is %s', (sentence, expected) => {
    expect(isDateLine(sentence)).toBe(expected);
  });

  it.each([
    ['He said it was over and that the town could rest.” The jury found him guilty.', true],
    ['Oh, here we go, it is about to happen!"', true],
    ['She called it "a fair deal" and signed.', false],
    [LEAD, false],
  ])('isInsideQuotation(%j) is %s', (sentence, expected) => {
    expect(isInsideQuotation(sentence)).toBe(expected);
  });

  it.each([
    ['Jane Doe | Bloomberg | Getty Images', true],
    ['(Image: © NASA/ESA/K. Retherford)', true],
    ['Photo: Jane Doe', true],
    ['© Maizal / stock.adobe.com', true],
    ['WeWork chairman Marcelo Claure (Credit: Getty Images)', false],
    ['The J. Paul Getty Museum reopened its doors on Monday after a long closure.', false],
  ])('isCreditLine(%j) is %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });

  it.each([
    ['Dock workers returned to work on Friday.', 7],
    ['港の労働者は金曜日に仕事に戻った。', 9],
  ])('countLeadWords(%j) is %i', (sentence, expected) => {
    expect(countLeadWords(sentence)).toBe(expected);
  });

  it.each([
    [LEAD, true],
    ['(EDIT: removed the link, because the rest of the clique got what they wanted…', false],
    ['“We are flying,” the captain said after the match on Sunday night.', false],
    ['Tuesday 15 October 2019 by Bradley M. Kuhn', false],
  ])('isLeadSentence(%j) is %s', (sentence, expected) => {
    expect(isLeadSentence(sentence)).toBe(expected);
  });
});
