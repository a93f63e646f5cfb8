import { describe, expect, it } from 'vitest';
import { findPeople, languageCode } from '../../../utils/analysis/people';

function names(text: string, lang = 'en'): string[] {
  return findPeople(text, [], lang).map((person) => person.name);
}

describe('findPeople finds', () => {
  it.each([
    ['a name after a role', 'Defense Minister Yoav Gallant arrived on Monday.', 'Yoav Gallant'],
    ['a name with a role in apposition', 'Emile Heskey, a former Liverpool striker, was impressed.', 'Emile Heskey'],
    ['a name whose surname comes back alone', 'Fiona Parry spoke first. Later Parry wept.', 'Fiona Parry'],
    ['a name with a particle', 'Sofia van der Berg arrived. Van der Berg left early, and van der Berg said so.', 'Sofia van der Berg'],
    ['a name with a particle after a role', 'Historian Luis de Miranda wrote it.', 'Luis de Miranda'],
    ['a hyphenated name', 'Opposition leader Lee Jae-myung spoke. Lee was angry.', 'Lee Jae-myung'],
    ['a name with an initial', 'Economist C. Eugene Steuerle disagreed.', 'C. Eugene Steuerle'],
    ['a name with a middle initial', 'Senior fellow Robert M. Danin agreed.', 'Robert M. Danin'],
    ['a name whose middle initial is also a word', 'Sonya A. Zoghlin, his attorney, declined to comment.', 'Sonya A. Zoghlin'],
    ['a given name that is also a particle, before a surname', 'Sen. Al Franken joked on stage. Franken left.', 'Al Franken'],
    ['an Arabic name with al-', 'Foreign Minister Faisal al-Mekdad spoke.', 'Faisal al-Mekdad'],
    ['a name without a military title’s abbreviation', 'Lt. Col Ana Vindel testified on Tuesday. Vindel was calm.', 'Ana Vindel'],
    ['a name without a church title', 'Archbishop Aris Talbot spoke first. Talbot was brief.', 'Aris Talbot'],
    ['a name that opens a quoted sentence', 'Delaney left early. “Ross Delaney owes the harbour an apology,” the union said. Delaney did not reply.', 'Ross Delaney'],
    ['a surname of a particle joined to a capital, which no compound of a function word is', 'Economist Karim El-Sayed disagreed.', 'Karim El-Sayed'],
    ['a name with an age', 'Eloise Parry, 21, was taken to hospital.', 'Eloise Parry'],
    ['the subject of a speech verb', 'Margie Kim said the apology was not enough.', 'Margie Kim'],
    ['the subject of a speech verb after an apposition with commas of its own', 'Rhoda Venn, a florist from Tilbury, Essex, said the rent had doubled.', 'Rhoda Venn'],
    ['the subject of a speech verb after a relative clause', 'Ilse Marrow, who ran the inquest, told reporters it was an accident.', 'Ilse Marrow'],
    ['a name after a group’s plural that opens the sentence', 'Celebrities Julianne Morrow and Kerry Vance thanked him. Morrow said so.', 'Julianne Morrow'],
    ['a surname that is also a role, after a given name', 'Guns are a crisis, Howard Dean, the former governor, told the crowd. Delegates cheered.', 'Howard Dean'],
    ['a surname with a title only', 'President Obama told the assembly. Obama left.', 'Obama'],
    ['a name behind a German compound title', 'Bundeskanzler Olaf Scholz reiste ab.', 'Olaf Scholz'],
    ['a name after a pollster’s title', 'Pollster Dana Whitfield disagreed. Whitfield was blunt.', 'Dana Whitfield'],
    ['a name after a role and its portfolio', 'Chief of Staff Dana Whitfield wrote the memo.', 'Dana Whitfield'],
    ['a name after a role and a portfolio of two words', 'Director of National Intelligence Mara Quist testified.', 'Mara Quist'],
    ['a name after a role set off by a comma', 'La ministre du Travail, Claire Dubois, a parlé.', 'Claire Dubois'],
    ['a name after a party’s initials', 'La députée UMP Laure de la Raudière a voté contre.', 'Laure de la Raudière'],
    ['a name after an elided article', 'L’économiste Sophie Nguyen-Lefèvre juge ce chiffre optimiste.', 'Sophie Nguyen-Lefèvre'],
    ['a name after a political label', "El ex comunista Massimo D'Alema dudaba.", "Massimo D'Alema"],
    ['a name whose surname comes back after an article, before a noun', 'Benjamin Netanyahu returned to power. The Netanyahu coalition is pushing reforms.', 'Benjamin Netanyahu'],
    ['a name whose surname comes back after an article, before a conjunction', 'Michael Horowitz led one inquiry. Before the Horowitz and Durham reports, little was known.', 'Michael Horowitz'],
    ['a name whose surname comes back after a plural article, for the family', 'Sacha Braguine a quitté la ville. Il a rencontré les Braguine, puis il est parti.', 'Sacha Braguine'],
    ['a name after an adjective that opens the sentence', 'Longtime Yoav Gallant loyalists cheered. Gallant waved.', 'Yoav Gallant'],
    ['a name after a compound opened by a function word', 'Then-nominee Donald Trump promised help. Trump won.', 'Donald Trump'],
    ['a name after a speech verb that opens the sentence', 'Replied Ana Ruiz, smiling: “No.” Ruiz left.', 'Ana Ruiz'],
    ['a surname that is also a speech verb', 'The critic Edward Said wrote it. Said died in 2003.', 'Edward Said'],
    ['a name after an adverb opening the sentence', 'Perhaps Donald Trump will sign it. Trump left.', 'Donald Trump'],
    ['a name after an imperative opening a headline', 'Ask Damien Chazelle about musicals. Chazelle laughed.', 'Damien Chazelle'],
    ['a name after a participle opening the sentence', 'Following Dana Okafor’s speech, the hall emptied. Okafor left.', 'Dana Okafor'],
    ['a name after thanks', 'Thanks Junior Gaspard for the tip. Gaspard smiled.', 'Junior Gaspard'],
    ['a name after the title of a head of state’s spouse', 'First Lady Ana Duarte opened the school. Duarte spoke.', 'Ana Duarte'],
    ['a name after a modal opening a question', 'Would Adam Schiff testify? Schiff did not say.', 'Adam Schiff'],
    ['a name after "another" or "other"', 'Another Nadia Okafor fan waited outside. Okafor came out, and the other Okafor fans cheered.', 'Nadia Okafor'],
  ])('%s', (_, text, name) => {
    expect(names(text)).toContain(name);
  });

  it('names a person by the full form the text repeats, not by a headline’s longer run of capitals that ends with it', () => {
    const text = 'Roger Vance built the network. Friends of Roger Vance agreed. Vance left.\n\nHow Women Took Down Roger Vance';
    expect(names(text)).toEqual(['Roger Vance']);
    expect(findPeople(text)[0]?.aliases).toContain('Women Took Down Roger Vance');
  });

  it('keeps the longest form of a name when the text repeats it at least as often as a shorter one', () => {
    expect(names('The ethnobotanist Linda Black Elk spoke first. Students of Linda Black Elk agreed. Black Elk left.')).toEqual(['Linda Black Elk']);
  });

  it('reads "a" before a surname as "to", not an article, outside English', () => {
    expect(names('Maria Silva chegou cedo ao estádio. O prêmio foi entregue a Silva.', 'pt')).toContain('Maria Silva');
    expect(names('Fans queued for the Surface Book today. They waited for a Book, and Book owners were angry.', 'en')).toEqual([]);
  });

  it('links a declined Czech surname to the full name', () => {
    const [person] = findPeople('Trenér David Moyes chválí tým. Tým manažera Davida Moyese vyhrál, Moyesem nadšen.', [], 'cs');
    expect(person?.name).toBe('David Moyes');
    expect(person?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['a role opening the paragraph', 'The plan passed.\n\nOpposition leader Daniel Mbeki said it was badly costed. Mbeki left.', 'Opposition leader'],
    ['a role touching the name', 'Defense Minister Yoav Gallant arrived. Gallant spoke.', 'Defense Minister'],
    ['a role with its complement', 'Secretary of State Antony Blinken arrived. Blinken spoke.', 'Secretary of State'],
    ['a role held "to" a place', 'On Friday, former ambassador to the Ukraine Marie Yovanovitch testified. Yovanovitch spoke.', 'former ambassador to the Ukraine'],
    ['a role held "to" a place without an article', 'China’s ambassador to Britain Liu Xiaoming spoke on Monday. Liu left.', 'ambassador to Britain'],
    ['a role after "of", without it', 'Staff from the office of Communications Minister Malcolm Turnbull took part. Turnbull spoke.', 'Communications Minister'],
    ['a lower-case role after "of", without it', 'A photo of Chinese president Xi Jinping was shown. Xi spoke.', 'Chinese president'],
    ['a long role in apposition, ended where its phrase can end', 'Charles Schultze, chairman of the Council of Economic Advisers in the Carter administration, once spoke.', 'chairman of the Council of Economic Advisers'],
    ['a long role in apposition, ended before a second role', 'C. Eugene Steuerle, a fellow at the Urban Institute and a co-founder of the tax centre, said so.', 'fellow at the Urban Institute'],
    ['a long role in apposition, not cut inside "and" between nouns', 'Tasos Georgelis, deputy commissioner for water and sewer operations at the city agency, said so.', 'deputy commissioner for water and sewer operations'],
    ['a role in apposition within the length, whole', 'Emile Heskey, a former Liverpool striker and a pundit, was impressed.', 'former Liverpool striker and a pundit'],
  ])('reads %s', (_, text, role) => {
    expect(findPeople(text)[0]?.role).toBe(role);
  });

  it('leaves the place a role is held in out of the name after it', () => {
    expect(names('On Friday, former ambassador to the Ukraine Marie Yovanovitch testified. Yovanovitch spoke.')).toEqual(['Marie Yovanovitch']);
  });

  it('keeps the longer form when a shorter one is part of it', () => {
    expect(names('Hori Parata watched as his son, Te Kaurinui Robert Parata, carved it. Parata smiled. “Yes,” says Te Kaurinui.')).toEqual([
      'Hori Parata',
      'Te Kaurinui Robert Parata',
    ]);
  });
});

describe('findPeople does not find', () => {
  it.each([
    ['an organisation', 'The Food Standards Agency said the pills were dangerous. Agency staff agreed.'],
    ['a place used again alone after a preposition', 'New Zealand is beautiful. Whales strand in Zealand often.'],
    ['a newspaper, a company and an agency named by their last word', 'The Houston Chronicle reported that Boeing Co and Border Protection agreed. Chronicle reporters said Protection staff and Co workers agreed.'],
    ['a building whose last word heads a noun phrase of its own', 'Teachers surrounded the Indiana Statehouse on Tuesday. Indiana teachers lined the Statehouse, and others waited.'],
    ['a thing named after a person who is named alone', 'Not everyone is on the Harlow Express yet. Harlow said he would win. Voters cheered Harlow.'],
    ['a thing named again with its article before a function word', 'Fans queued for the Nintendo Switch today. The Switch is sold out, and Switch owners are angry.'],
    ['a capitalised sentence opener', 'Earlier Saturday the vote was held.'],
    ['a day or a month', 'On Monday March the vote was held.'],
    ['a compound adjective of origin before a surname', 'The Australian-born Assange appeared in court. Assange denied it.'],
    ['a link to a photo gallery', 'See Gallery: the best photos. Gallery visitors agreed.'],
    ['a product named after its maker', 'Apple Music raised prices. Google Maps did not. Apple Music subscribers and Maps users agreed.'],
    ['a heading that labels a summary', 'Summary Drinking water helps. Drinking water is cheap.'],
    ['a video player’s button', 'Play Video. Video plays are counted.'],
    ['a date line of the page', 'Published Oct 3, 2019. Updated Nov 20, 2019. Nov rules apply.'],
    ['an acronym with dots', 'The U.S. Embassy said so. U.S. officials agreed.'],
    ['a group named by a role’s plural after a place', 'Virginia Republicans said the vote was rigged. Senate Democrats disagreed.'],
    ['an article and one capitalised word', 'La CNCTR a rendu son avis. La CNCTR a dit non, selon la Constitución.'],
    ['a coined name in quotation marks', 'It calls the rota the “Ellery Compromise”. Ellery is a port town.'],
    ['a title in quotation marks, with its small words', 'She read “Ellery Compromise of the Harbour” twice. Ellery is a port town.'],
    ['a newspaper whose last word is a compound ending in an organisation word', 'The parade paused, the Tilbury Sun-Times reported. Tilbury Sun-Times readers agreed.'],
    ['a thing with a relative clause before "according to"', 'A deal could involve Tilly Wave, which holds spectrum, according to analysts.'],
    ['a research body', 'A study by the Tilbury Policy Research found rents doubled. Research staff agreed.'],
    ['a name in a language that does not decline names, by a different ending', 'Arab Israeli voters came out. Israel responded, and Israelis voted.'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it('does not cut a name after a compound in a headline\'s title case, which is no adjective of origin', () => {
    expect(names('Related: Building a Space-Based Internet Satellite. Internet Satellite plans grew, said Satellite.')).not.toContain('Internet Satellite');
  });

  it('takes no German noun phrase for a name, since German capitalises every noun', () => {
    expect(names('In Zeiten von Corona ist alles anders. Corona hat alles verändert, sagt Eliane Steinmeyer.', 'de')).toEqual(['Eliane Steinmeyer']);
  });

  it('leaves out the article’s author', () => {
    expect(findPeople('By Jane Smith. Jane Smith reports that Smith is busy.', ['Jane Smith'])).toEqual([]);
  });
});

describe('languageCode', () => {
  it.each([['cs-CZ', 'cs'], ['cs_CZ', 'cs'], ['DE', 'de'], ['en', 'en'], [null, ''], ['', '']])('reads %s as %s', (lang, code) => {
    expect(languageCode(lang)).toBe(code);
  });
});
