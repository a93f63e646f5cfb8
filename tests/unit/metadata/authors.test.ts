import { describe, expect, it } from 'vitest';
import * as words from '@/utils/metadata/words';
import { isOrganisationByline, parseByline, uninvertName } from '@/utils/metadata/authors';

describe('parseByline finds', () => {
  it.each([
    ['By Ana Ruiz', ['Ana Ruiz']],
    ['By Ana Ruiz, Li Wei and Tomas Berg', ['Ana Ruiz', 'Li Wei', 'Tomas Berg']],
    ['Ana Ruiz & Li Wei', ['Ana Ruiz', 'Li Wei']],
    ['Par Claire Dubois et Marc Lenoir', ['Claire Dubois', 'Marc Lenoir']],
    ['Marc Lenoir (avec Claire Dubois et Paul Morel)', ['Marc Lenoir', 'Claire Dubois', 'Paul Morel']],
    ['Por Andrés Gil y Martín Soto', ['Andrés Gil', 'Martín Soto']],
    ['Dana Levin is The Courier’s diplomatic reporter', ['Dana Levin']],
    ['By Ana Ruiz, Senior Staff Technologist, Open Rights Project', ['Ana Ruiz']],
    ['By Nathan Wills March 25, 2015', ['Nathan Wills']],
    ['by Lucas Noel22 Dec 2016651', ['Lucas Noel']],
    ['Carrie ArnoldNovember 4, 2019', ['Carrie Arnold']],
    ['Written by Rob Ewing Edited by Betty Baer', ['Rob Ewing']],
    ['By GILLIAN MOHR', ['Gillian Mohr']],
    ['Ludwig van Berg', ['Ludwig van Berg']],
    ['Nelson D. Shaw', ['Nelson D. Shaw']],
    ['肖春芳', ['肖春芳']],
    ['ByTravis Hale', ['Travis Hale']],
    ['ByÉmile Zola', ['Émile Zola']],
    ['Byron Kale', ['Byron Kale']],
    ['Владимир Соколов', ['Владимир Соколов']],
    ['Sinéad O’Connor and Nga\u0304re Te Ao', ['Sinéad O’Connor', 'Nga\u0304re Te Ao']],
    ['Joe DavisonWashington PostDec 13, 2016', ['Joe Davison']],
    ['Andrew HusbandTwitterNews', ['Andrew Husband']],
    ['Rebecca Hersh Twitter', ['Rebecca Hersh']],
    ['Leonardo DiCaprio and Betsy DeVos', ['Leonardo DiCaprio', 'Betsy DeVos']],
    ['ليلى حداد', ['ليلى حداد']],
    ['דנה לוין', ['דנה לוין']],
    ['Sarah E. Needleman', ['Sarah E. Needleman']],
    ['Bruce Y. Lee', ['Bruce Y. Lee']],
    ['Meg WagnerNEW YORK DAILY NEWSDec 16, 2016', ['Meg Wagner']],
    ['Kevin Ruiz USA TODAY', ['Kevin Ruiz']],
    ['By MEG KINNARD and ERRIN HAINES, Associated Press', ['Meg Kinnard', 'Errin Haines']],
    ['Finian Cunningham. Sputnik International', ['Finian Cunningham']],
    ['Par Claire DUBOIS', ['Claire DUBOIS']],
    ['Текст: Венера Ерофеева', ['Венера Ерофеева']],
    ['Jose AltoverosView More Articles', ['Jose Altoveros']],
    ['Ana Ruiz y Li Wei', ['Ana Ruiz', 'Li Wei']],
    // The names are in the first part of a divided byline that holds any, after a section label or a date.
    ['Politik · Ana Ruiz, Li Wei', ['Ana Ruiz', 'Li Wei']],
    ['October 14, 2009|Marc Lenoir', ['Marc Lenoir']],
    ['Tomas Berg / HNS / Updated: Oct 9, 2019, 11:05 IST', ['Tomas Berg']],
    // A note in brackets, even glued to the name and holding a comma.
    ['Par Claire Dubois(Lyon, bureau régional)', ['Claire Dubois']],
    // The kind of piece before "by".
    ['Analysis by Ana Ruiz, Courier Editor-at-large', ['Ana Ruiz']],
    // The names end where a word that is no part of a name starts.
    ['By Ana Ruiz , Li Wei on Monday, November 18th, 2019 at 11:08 a.m.', ['Ana Ruiz', 'Li Wei']],
    ['Written by Tomas Berg in Hardware on 1 June 2019 at 08:34 PM EDT. 51 Comments', ['Tomas Berg']],
    ['作者： Ana Ruiz 翻訳者 山田 花子', ['Ana Ruiz']],
    ['By Ana Ruiz in Lyon and Li Wei in Hong Kong', ['Ana Ruiz', 'Li Wei']],
    ['Posted by Ana Ruiz on March 3, 2020', ['Ana Ruiz']],
    // A job title after a name of two words.
    ['By Ana Ruiz Staff Writer', ['Ana Ruiz']],
    ['Ana Ruiz Contributor', ['Ana Ruiz']],
    ['Ana Ruiz Special to The Courier', ['Ana Ruiz']],
    // Chinese and Japanese bylines: their opening words, their commas, their brackets.
    ['著者：山田太郎', ['山田太郎']],
    ['投稿者 Ana Ruiz', ['Ana Ruiz']],
    ['[山田太郎，Courier]', ['山田太郎']],
    // Not a name credited for the pictures.
    ['by Ana Ruiz (reporting) and Li Wei (photographs)', ['Ana Ruiz']],
    ['Tomas Berg (video), Ana Ruiz', ['Ana Ruiz']],
  ])('%s → %j', (byline, names) => {
    expect(parseByline(byline)).toEqual(names);
  });
});

describe('parseByline does not find', () => {
  it.each([
    ['BBC News'],
    ['Associated Press'],
    ['Our Foreign Staff'],
    ['admin'],
    ['https://example.com/author/ana'],
    ['@anaruiz'],
    ['Folha de S.Paulo'],
    ['Ben Silver Games Editor'],
    ['個人'],
    ['著者'],
    ['名片'],
    ['設定'],
    ['Creative Commons License'],
    ['just some words here'],
    ['Ana ruiz'],
    ['بقلم'],
    ['Zone Justice'],
    ['Apartment Therapy Submissions'],
    ['View ORCID Profile'],
    ['HSP - Oficina de TI'],
    ['Harbour Y staff'],
    ['Ana Ruiz Ana Ruiz Creating the most human company of all'],
    ['Harbour Courier staff'],
    ['Ana Ruiz The real problem with tunnels'],
    ['Ana Ruiz Courier News Reporter'],
    ['著者一覧'],
    ['人氣(23925)'],
  ])('%s', (byline) => {
    expect(parseByline(byline)).toEqual([]);
  });
});

describe('isOrganisationByline', () => {
  it.each([['BBC News'], ['By Our Foreign Staff'], ['AFP'], ['Reuters']])('finds %s', (byline) => {
    expect(isOrganisationByline(byline)).toBe(true);
  });
  it.each([['Ana Ruiz'], ['Mark Stone BuzzFeed News Reporter'], ['']])('does not find %s', (byline) => {
    expect(isOrganisationByline(byline)).toBe(false);
  });
});

describe('uninvertName', () => {
  it.each([
    ['Jong, Michiel de', 'Michiel de Jong'],
    ['Smith, John', 'John Smith'],
    ['Ana Ruiz, Li Wei', 'Ana Ruiz, Li Wei'],
    ['Ana Ruiz', 'Ana Ruiz'],
  ])('%s → %s', (value, name) => {
    expect(uninvertName(value)).toBe(name);
  });
});

describe('word lists', () => {
  it.each(Object.entries(words))('%s is sorted and unique', (_, list) => {
    expect(list).toEqual([...new Set(list)].sort());
  });
});
