import { describe, expect, it } from 'vitest';
import { choosePublisher, cleanPublisher } from '@/utils/metadata/publisher';
import { chooseTitle, publisherFromTitle, stripSiteSuffix, withoutKicker } from '@/utils/metadata/title';

describe('stripSiteSuffix removes', () => {
  it.each([
    ['Harbour tunnel approved | The Courier', 'The Courier', 'Harbour tunnel approved'],
    ['Harbour tunnel approved after long debate - Courier', null, 'Harbour tunnel approved after long debate'],
    ['New Zealand - Wikipedia', 'Wikipedia', 'New Zealand'],
    ['The Courier | Harbour tunnel approved after a long debate', 'The Courier', 'Harbour tunnel approved after a long debate'],
  ])('%s', (title, publisher, expected) => {
    expect(stripSiteSuffix(title, publisher)).toBe(expected);
  });
});

describe('stripSiteSuffix keeps', () => {
  it.each([
    ['Brexit: what happens now', null],
    ['Rain - and more rain', null],
    ['Zimbabwe coup: Mugabe and wife insist he finishes his term, as priest steps in to mediate the talks', 'The Telegraph'],
  ])('%s', (title, publisher) => {
    expect(stripSiteSuffix(title, publisher)).toBe(title);
  });
});

describe('chooseTitle', () => {
  it('prefers the visible headline when a declared title agrees with it', () => {
    expect(chooseTitle(['The Modern Ambitions Behind Neon', 'Why Neon Is the Symbol of Its Century'], 'Why Neon Is the Symbol of Its Century', null)).toBe(
      'Why Neon Is the Symbol of Its Century',
    );
  });
  it('takes the title most sources agree on when the headline matches none', () => {
    expect(chooseTitle(['a description', 'New Zealand', 'New Zealand - Wikipedia'], 'Menu', 'Wikipedia')).toBe('New Zealand');
  });
  it('prefers the visible headline the page shows over a declared variant of the same story', () => {
    const declared = ['Harbour tunnel vote passes after long council debate | The Courier'];
    expect(chooseTitle(declared, 'Why the harbour tunnel finally won the council vote', 'The Courier')).toBe('Why the harbour tunnel finally won the council vote');
  });
  it('keeps the declared title when the heading shares too little with it (a section, a menu, another story)', () => {
    const declared = ['Harbour tunnel vote passes after long council debate'];
    expect(chooseTitle(declared, 'Most read stories this week', 'The Courier')).toBe('Harbour tunnel vote passes after long council debate');
    expect(chooseTitle(declared, 'Offices', 'The Courier')).toBe('Harbour tunnel vote passes after long council debate');
  });
  it('reads a heading as the headline when the description shares its words', () => {
    expect(chooseTitle(['The rise of a forgotten novelist'], 'The Disappearance of Anna Kessler', null, 'How Anna Kessler vanished from the shelves')).toBe('The Disappearance of Anna Kessler');
  });
  it('ignores a site-logo h1 and empty sources', () => {
    expect(chooseTitle([null, '', 'Harbour tunnel approved | The Courier'], 'The Courier', 'The Courier')).toBe('Harbour tunnel approved');
  });
});

describe('publishers', () => {
  it.each([
    [['Aktuálně.cz - Víte, co se právě děje'], 'Aktuálně.cz'],
    [['Le Monde.fr', 'Le Monde'], 'Le Monde'],
    [['Wikimedia Foundation, Inc.', 'Wikipedia'], 'Wikipedia'],
    [['The New York Times Company'], 'The New York Times'],
    [['Fast Company'], 'Fast Company'],
    [['https://www.facebook.com/courier', 'The Courier'], 'The Courier'],
    [[null, undefined], null],
  ])('%j → %s', (candidates, expected) => {
    expect(choosePublisher(candidates)).toBe(expected);
  });
  it('drops legal forms', () => {
    expect(cleanPublisher('Spiceworks Inc')).toBe('Spiceworks');
  });
  it('reads a site name from the end of <title> but not a person', () => {
    expect(publisherFromTitle('Harbour tunnel approved | The Courier')).toBe('The Courier');
    expect(publisherFromTitle('Notes on tunnels | Ana Ruiz')).toBeNull();
  });
  it.each([
    ['Harbour diet (14 days) - weight loss of up to 10 kg. Reviews', null],
    ['Harbour tunnel plugin - evolve extension for tunnels', null],
    ['Harbour tunnel approved | topicseed', 'topicseed'],
    ['Harbour tunnel approved | harbour news', 'harbour news'],
  ])('reads no phrase of the headline as the site: %s', (title, expected) => {
    expect(publisherFromTitle(title)).toBe(expected);
  });
  it.each<[string, string[], string | null]>([
    ['港口隧道获批_科技_海港网', [], '海港网'],
    ['港口隧道获批 _探索者 _海港网', [], '海港网'],
    ['The Harbour Review: Seeking a bigger tunnel', ['theharbourreview'], 'The Harbour Review'],
    ['Harbour Notes: Seeking a bigger tunnel', ['tunnelblog'], null],
    ['Tunnel approved - Hamburger Tageblatt', ['tageblatt'], 'Hamburger Tageblatt'],
  ])('reads the site from %s', (title, hosts, expected) => {
    expect(publisherFromTitle(title, hosts)).toBe(expected);
  });
});

describe('withoutKicker', () => {
  it.each([
    ['Column: The merger sends a dismal signal', 'The merger sends a dismal signal'],
    ['Opinion: Why the tunnel matters', 'Why the tunnel matters'],
    ['Chronique : la ville et son tunnel', 'la ville et son tunnel'],
  ])('drops the kicker of %s', (title, expected) => {
    expect(withoutKicker(title)).toBe(expected);
  });
  it.each([['Breaking News: Tunnel opens early'], ['Star Wars Jedi: Fallen Order review'], ['Opinion: Yes']])('keeps %s', (title) => {
    expect(withoutKicker(title)).toBe(title);
  });
});
