import { describe, expect, it } from 'vitest';
import { choosePublisher } from '@/utils/metadata/publisher';
import type { PublisherContext } from '@/utils/metadata/publisher';
import { hostLabels, matchesHost } from '@/utils/metadata/site-name';
import { organisationNames, readCopyrightHolder, readLogoName, readMicrodataPublisher, readTrademarkNames } from '@/utils/metadata/site-sources';
import { readPageMetadata } from '@/utils/metadata';
import * as siteWords from '@/utils/metadata/site-words';
import { parseHTML } from 'linkedom';

const page = (body: string) => parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;

describe('choosePublisher picks the publication', () => {
  it.each<[string, (string | null)[], PublisherContext, (string | null)[], string | null]>([
    ['over the wire agency whose story it carries', ['Associated Press', 'Harbour Courier'], { hosts: ['harbourcourier'] }, [], 'Harbour Courier'],
    ['over an agency line', ['Courier News Service', 'The Courier'], {}, [], 'The Courier'],
    ['over a hosting platform', ['Blogger', 'Tunnel Notes'], {}, [], 'Tunnel Notes'],
    ['over a syndication platform on its own address', ['MSN', 'Harbour Courier'], { hosts: ['msn'] }, [], 'Harbour Courier'],
    ['a platform on its own address when nothing else names the page', ['Medium'], { hosts: ['medium'] }, [], 'Medium'],
    ['an agency on its own site', ['Reuters'], { hosts: ['reuters'] }, [], 'Reuters'],
    ['an agency when nothing else names the page', ['Associated Press'], {}, [], 'Associated Press'],
    ['never a section', ['U.S.', 'The Courier'], {}, [], 'The Courier'],
    ['never the section the page declares', ['Harbour Life', 'The Courier'], { notNames: ['Harbour Life'] }, [], 'The Courier'],
    ['never the page title', ['Tunnel approved after a long debate', 'The Courier'], { notNames: ['Tunnel approved after a long debate'] }, [], 'The Courier'],
    ['over a tagline the address does not spell', ['Expert advice for harbour pilots'], { hosts: ['harbourpilotmag'] }, ['Harbour Pilot'], 'Harbour Pilot'],
    ['over a tagline, a name of its own fields the address does not spell either', ['Expert advice for harbour pilots', 'Harbour Pilot'], { hosts: ['hpmag'] }, [], 'Harbour Pilot'],
    ['a tagline when nothing else names the page', ['Expert advice for harbour pilots'], { hosts: ['hpmag'] }, [], 'Expert advice for harbour pilots'],
    ['from its copyright line when no field names it', [null], { hosts: ['vortexcannon'] }, ['Vortex Cannon Entertainment'], 'Vortex Cannon Entertainment'],
    ['from a handle the address spells', [null], { hosts: ['comwrap'] }, ['comwrap'], 'comwrap'],
    ['not from a copyright line of another company', [null], { hosts: ['courier'] }, ['Mega Media Holdings'], null],
    ['a handle in og:site_name, capitalised as its title writes it', ['@harbourfact'], { title: 'Tunnel claims checked | HarbourFact' }, [], 'HarbourFact'],
    ['without the credit to its software', ['Harbour Wiki powered by WikiHost'], {}, [], 'Harbour Wiki'],
    ['a domain form with spaces, without its ending', ['Le Courrier.fr'], {}, [], 'Le Courrier'],
    ['a one-word domain form its handle writes bare', ['Sportsline.ca'], { handles: ['Sportsline'] }, [], 'Sportsline'],
    ['a one-word domain form as the site writes it', ['Aktuálně.cz'], { handles: ['Aktualnecz'] }, [], 'Aktuálně.cz'],
    ['without an edition word where the address spells the rest', ['Harbour Insider Deutschland'], { hosts: ['harbourinsider'] }, [], 'Harbour Insider'],
    ['with its edition where the address names it', ['Harbour Net Japan'], { hosts: ['japan', 'harbournet'] }, [], 'Harbour Net Japan'],
    ['with an edition word the address keeps', ['Sputnik International'], { hosts: ['sputniknews'] }, [], 'Sputnik International'],
    ['without a Japanese legal form', ['特許業務法人ライトハウス'], {}, [], 'ライトハウス'],
    ['a domain form by the full name its trademark notice gives', ['Courier.co.uk'], { trademarks: () => ['Harbour Courier'] }, [], 'Harbour Courier'],
    ['a domain form not by a trademark that spells another name', ['Courier.co.uk'], { handles: ['Courier'], trademarks: () => ['Harbour Post'] }, [], 'Courier'],
    ['not by a trademark notice when the name is no domain form', ['Courier'], { trademarks: () => ['Harbour Courier'] }, [], 'Courier'],
  ])('%s', (_, declared, context, corroborated, expected) => {
    expect(choosePublisher(declared, context, () => corroborated)).toBe(expected);
  });
});

describe('matchesHost', () => {
  it.each([
    ['Vortex Cannon Entertainment', 'vortexcannon.org'],
    ['Sputnik International', 'sputniknews.com'],
    ['The Associated Press', 'hosted.ap.org'],
    ['Radio-Canada', 'ici.radio-canada.ca'],
    ['Ascom', 'www.ascom.com'],
    ['The Harbour Review', 'www.theharbourreview.com'],
    ['Hamburger Tageblatt', 'www.tageblatt.example'],
  ])('%s is the name of %s', (name, host) => {
    expect(matchesHost(name, hostLabels(`https://${host}/a`))).toBe(true);
  });
  it.each([
    ['Mattias Geniar', 'ma.ttias.be'],
    ['Hearst Communications', 'www.ctpost.com'],
    ['Expert how-to for riders', 'practicalhorsemanmag.com'],
    ['Hamburger Tageblatt', 'www.burger.example'],
  ])('%s is not the name of %s', (name, host) => {
    expect(matchesHost(name, hostLabels(`https://${host}/a`))).toBe(false);
  });
  it('reads no name from a second-level suffix', () => {
    expect(hostLabels('https://www.express.co.uk/news')).toEqual(['express']);
  });
});

describe('page sources of a publisher name', () => {
  it.each([
    ['<footer><p>© 2019 Harbour News Now. All rights reserved.</p></footer>', 'Harbour News Now'],
    ['<div class="site-copyright">Copyright © 2002-2019 Tunnel Post, Inc</div>', 'Tunnel Post'],
    ['<footer><p>© 2019 POLYGRAPH.info All Rights Reserved.</p></footer>', 'POLYGRAPH.info'],
    ['<footer><p>About us · Contact</p></footer>', null],
  ])('the copyright line %s names %s', (html, expected) => {
    expect(readCopyrightHolder(page(html))).toBe(expected);
  });
  it.each([
    ['<footer><p>Copyright ©2019 Harbour Newspapers. "Harbour Courier" is a registered trademark. All rights reserved.</p></footer>', ['Harbour Courier']],
    ['<div id="copyright">© 2019 ALL RIGHTS RESERVED. Harbour Sports is a registered trademark of Harbour Broadcasting Inc.</div>', ['Harbour Sports']],
    ['<footer><p>Harbour Wiki® is a trademark of the Harbour Foundation.</p></footer>', ['Harbour Wiki']],
    ['<footer><p>© 2019 Harbour Courier. All rights reserved.</p></footer>', []],
    ['<main><p>"Harbour Courier" is a registered trademark.</p></main>', []],
  ])('the notice %s marks %j', (html, expected) => {
    expect(readTrademarkNames(page(html))).toEqual(expected);
  });
  it('reads a syndicated page’s provider from its microdata logo', () => {
    const html = '<span itemprop="publisher" itemscope><a href="/" title="Harbour News"><img alt="Harbour News" src="x.png"></a></span>';
    expect(readMicrodataPublisher(page(html))).toBe('Harbour News');
  });
  it.each([
    ['<header><a class="site-logo" href="/"><img alt="Harbour Courier - Home - News" src="l.png"></a></header>', 'Harbour Courier - Home - News'],
    ['<div id="logo"><img alt="Harbour Courier’s Logo" src="l.png"></div>', 'Harbour Courier'],
    ['<img class="logo" alt="Harbour Courier logo" src="l.png">', 'Harbour Courier'],
    ['<header><img alt="A tunnel under the harbour" src="p.png"></header>', null],
    ['<div class="logo"><img alt="" src="l.png"></div>', null],
  ])('the logo %s names %s', (html, expected) => {
    expect(readLogoName(page(html))).toBe(expected);
  });
  it('names the page from its logo where no field does and the address spells it', () => {
    const html = '<html><head><title>Swim results</title></head><body><a class="logo" href="/"><img alt="Harbour Courier - Home" src="l.png"></a></body></html>';
    expect(readPageMetadata(parseHTML(html).document as unknown as Document, 'https://www.harbourcourier.example/a').publisher).toBe('Harbour Courier');
    expect(readPageMetadata(parseHTML(html).document as unknown as Document, 'https://www.other.example/a').publisher).toBeNull();
  });
  it('reads an outlet from an organisation byline without its desk words', () => {
    expect(organisationNames(['Harbour Pilot Editorial Staff', 'Ana Ruiz'])).toEqual(['Harbour Pilot']);
  });
});

describe('site word lists', () => {
  it.each(Object.entries(siteWords))('%s is sorted and unique', (_, list) => {
    expect(list).toEqual([...new Set(list)].sort());
  });
});
