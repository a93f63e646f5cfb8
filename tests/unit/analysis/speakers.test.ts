import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/analysis';
import type { BlockInput } from './article-from';
import { articleFrom } from './article-from';

/** Introduces the people the cases refer back to, the way a news story does in its first paragraph. */
const INTRO = 'Defense Minister Yoav Gallant met US Secretary of State Antony Blinken in Tel Aviv on Tuesday.';

function speakerOf(blocks: BlockInput[], quoteStart: string, lang = 'en'): string | null | undefined {
  const analysis = analyseArticle(articleFrom(blocks, { lang }));
  return analysis.quotes.find((quote) => quote.text.startsWith(quoteStart))?.speaker;
}

describe('speakers: finds', () => {
  it.each([
    ['name then verb after the quote', [INTRO, '“We speak in one voice,” Gallant said.'], 'We speak', 'Yoav Gallant'],
    ['verb then name after the quote', [INTRO, '“We speak in one voice,” said Gallant.'], 'We speak', 'Yoav Gallant'],
    ['verb then full name with apposition', [INTRO, '“Prices fell,” said Tyler Besecker, president of a seafood firm.'], 'Prices fell', 'Tyler Besecker'],
    ['name and verb before a colon', [INTRO, 'Blinken told reporters: “We are together.”'], 'We are together', 'Antony Blinken'],
    ['a bare colon after a name', [INTRO, 'Gallant: “We are ready.”'], 'We are ready', 'Yoav Gallant'],
    ['according to', [INTRO, '“The talks went well,” according to Blinken.'], 'The talks', 'Antony Blinken'],
    ['a pronoun, resolved to the last person named as a subject', [INTRO, 'Gallant thanked his guest.', '“It was a good day,” he said.'], 'It was a good', 'Yoav Gallant'],
    ['a pronoun, not resolved to the person the quotation speaks of', [INTRO, 'Blinken spoke first.', 'Beside him stood Gallant, smiling.', '“Gallant is a wise man,” he said.'], 'Gallant is a wise', 'Antony Blinken'],
    ['a pronoun, not resolved to the person the quotation speaks to', [INTRO, 'Gallant thanked his guest.', 'Blinken praised the hosts.', '“Thank you, Antony, for coming,” he said.'], 'Thank you, Antony', 'Yoav Gallant'],
    ['a pronoun, resolved to the person who introduces himself by name', [INTRO, 'Gallant thanked his guest.', '“I’m Yoav Gallant, and this is my ministry,” he said.'], 'I’m Yoav', 'Yoav Gallant'],
    ['a verb in the present tense of a feature’s prose', [INTRO, '“We will not wait,” Blinken said.', 'Gallant was calmer.', '“We are patient, and we are ready,” he maintains.'], 'We are patient', 'Yoav Gallant'],
    ['a verb of praise before a quotation too short to count without one', [INTRO, 'Gallant thanked Blinken for “standing firm.”'], 'standing firm', 'Yoav Gallant'],
    ['two people joined by "and" who speak together', [INTRO, 'Gallant and Blinken issued a statement calling the talks “a step toward peace.”'], 'a step toward', 'Yoav Gallant and Antony Blinken'],
    ['a plural subject before a verb whose reported clause names someone', [INTRO, 'Many voters said Gallant had shown “real courage” in the war.'], 'real courage', 'Many voters'],
    ['a description after an inverted verb, initials and all', [INTRO, '“Nobody will be charged,” said a former U.S. law enforcement official who saw the file.'], 'Nobody will', 'a former U.S. law enforcement official'],
    ['a verb of blame before a quotation too short to count without one', [INTRO, 'Blinken blamed the delay on “red tape.”'], 'red tape', 'Antony Blinken'],
    ['the subject of a verb of blame, with its object between', [INTRO, 'Blinken slammed the plan as “a step backwards.”'], 'a step backwards', 'Antony Blinken'],
    ['the agent of a passive speech verb, after the quotation', [INTRO, 'The talks were described as “frank” by Blinken on Monday.'], 'frank', 'Antony Blinken'],
    ['a surname two people share, for the one named first, even when a closing headline runs words into his name', ['Roger Vance built the network over twenty years.', '“I built it from nothing,” Vance said.', 'Friends of Roger Vance were not surprised.', 'Elena Vance, his wife, declined to comment.', 'How the Women of Fox Took Down Roger Vance'], 'I built it', 'Roger Vance'],
    ['a document that concludes', [INTRO, 'Gallant read the findings.', '“In hindsight, the warning came late,” the report concludes.'], 'In hindsight', 'the report'],
    ['a role noun, resolved to the person holding that role', [INTRO, 'Blinken later spoke to the press.', '“We will respond,” the defense minister warned.'], 'We will respond', 'Yoav Gallant'],
    ['the holder of a role a name qualifies, after the verb', [INTRO, '“This is simple,” said Gallant campaign manager Dana Whitfield in a statement.'], 'This is simple', 'Dana Whitfield'],
    ['a pronoun, for the holder of a role a name qualifies', [INTRO, 'Gallant spokesman Omer Levin would not say when the vote will come.', '“I have no announcement yet,” he said.'], 'I have no', 'Omer Levin'],
    ['a pronoun, not for someone its gender rules out', ['Senator Hillary Okafor met Governor Peter Lind in March.', 'Lind rebuked Okafor at length.', 'Okafor “caused chaos,” he said.'], 'caused chaos', 'Peter Lind'],
    ['a pronoun, not for someone a title shows to be of the other gender', ['Mrs. Alex Brandt and Jordan Kade debated on Monday.', 'Brandt interrupted Kade twice.', 'Brandt “never listens,” he said.'], 'never listens', 'Jordan Kade'],
    ['a pronoun, for the speaker of the sentence before rather than the first person it names', [INTRO, 'Yet Gallant is also “a change agent,” Blinken said.', '“People want that now,” he said.'], 'People want', 'Antony Blinken'],
    ['a pronoun, not for the owner named after the speaker’s verb', ['Opposition leader Lars Sorensen met President Min Ho Yoon on Monday.', 'Sorensen, the opposition leader, said Yoon’s “illegal decree” had caused chaos.', '“Our people have suffered,” he said Friday.'], 'Our people', 'Lars Sorensen'],
    ['a pronoun, not for someone named later in its own sentence', [INTRO, 'Blinken asked Gallant how long the work would take.', '“About a year,” he told Blinken.'], 'About a year', 'Yoav Gallant'],
    ['a name whose bracketed party tag comes before its apposition', [INTRO, 'Sen. Clara Voss (D-Mo.), who has endorsed Gallant, said he had been “stronger” since the war.'], 'stronger', 'Clara Voss'],
    ['a name whose apposition holds another name with its bracketed party tag', [INTRO, 'Mara Quist, a law professor who once worked for Sen. Tom Ardell (R-Tenn.), one of the bill’s authors, called it “a real change.”'], 'a real change', 'Mara Quist'],
    ['the subject of a participle clause, not the name after "Like"', [INTRO, 'Like Blinken, Gallant rejected the plan, arguing that there is “no room for delay” in the talks.'], 'no room', 'Yoav Gallant'],
    ['a quotation ending in a comma, with no verb after it, for the verb before it', [INTRO, 'Mara Quist, 22, of Haifa, said she still hoped for a “surprise,” because Antony Blinken had never won her over.'], 'surprise', 'Mara Quist'],
    ['a verb after the quotation joined by "and", for the subject before the quotation', [INTRO, 'Mara Quist, the port’s mayor, proposed we “wake up and smell the sea” and said Antony Blinken should resign.'], 'wake up', 'Mara Quist'],
    ['a surname that is also a people’s word, for the person the story names by it', ['Investor Dana Cuban met Senator Ted Harlow on Monday.', 'Cuban also complained that Harlow is rigid, suggesting the senator sees issues as “absolutely black and white.”'], 'absolutely', 'Dana Cuban'],
    ['a name whose apposition holds a state’s abbreviation before a comma', [INTRO, 'Mara Quist, 22, of Flint, Mich., said Gallant could still pull off a “surprise” this year.'], 'surprise', 'Mara Quist'],
    ['a name with a generational suffix, set off by an apposition after the quotation', [INTRO, '“Yes, I support Gallant,” Brent Harlow III, founder of the Harbour Research Center, tells the Courier.'], 'Yes, I support', 'Brent Harlow III'],
    ['the subject of an accusation, not the accused', [INTRO, 'Later Gallant accuses Blinken of “leading from behind” in the talks.'], 'leading from', 'Yoav Gallant'],
    ['a pronoun, for the subject of the sentence before, not the name a participle clause follows', [INTRO, 'Speaking in Haifa, Gallant went after Blinken, calling him “a total stiff.”', 'He says, “Here is a man who would not last a day in my job.”'], 'Here is a man', 'Yoav Gallant'],
    ['a name whose apposition holds a quoted title', [INTRO, 'Mara Quist, a contestant on Gallant’s show “The Harbour Hour,” who later worked alongside Gallant, said her boss was “always kind and generous.”'], 'always kind', 'Mara Quist'],
    ['a description a name only qualifies', [INTRO, '“He never listens,” said one Gallant insider.'], 'He never listens', 'one Gallant insider'],
    ['a one-word name opening the sentence its speech verb follows', [INTRO, 'The strike ended on Friday.', 'Northwind said in a statement: “We look forward to having everyone back.”'], 'We look forward', 'Northwind'],
    ['a name without the title before it', [INTRO, '“We will vote no,” said Minority Whip Carla Benning.'], 'We will vote', 'Carla Benning'],
    ['a continuation paragraph with no attribution', [INTRO, '“We will not wait,” Blinken said.', '“Nor will our allies.”'], 'Nor will', 'Antony Blinken'],
    ['a quotation broken by its attribution', [INTRO, '“We are united,” Gallant said, “and we will remain so.”'], 'and we will', 'Yoav Gallant'],
    ['a participle clause', [INTRO, 'Gallant praised the visit, saying it sent “a clear message to our enemies today.”'], 'a clear message', 'Yoav Gallant'],
    ['a surname with a title', [INTRO, '“It is settled,” Mr. Blinken added.'], 'It is settled', 'Antony Blinken'],
    ['an organisation speaking as "it"', [INTRO, 'The Food Standards Agency warned shoppers on Monday.', '“Do not buy these pills,” it said in a statement.'], 'Do not buy', 'Food Standards Agency'],
    ['an unnamed source', [INTRO, '“The deal is close,” a senior US official said.'], 'The deal is close', 'a senior US official'],
    ['an unnamed source opening a sentence, with a proper noun in it', [INTRO, 'An Iowa Republican was blunt.', '“He is the guy you feel you need to impress,” an Iowa Republican said.'], 'He is the guy', 'an Iowa Republican'],
    ['an organisation opening the sentence before a quotation', [INTRO, 'The company said on Monday that it would appeal.', '“We disagree with the ruling,” it said.'], 'We disagree', 'the company'],
    ['a person’s office, by the owner’s full name', [INTRO, '“The claims are false,” Gallant’s office said.'], 'The claims', 'Yoav Gallant’s office'],
    ['"his office", by the full name of the person it stands for', [INTRO, 'Gallant left early.', 'His office put out a statement calling the report “a fabrication.”'], 'a fabrication', 'Yoav Gallant’s office'],
    ['"her office", for the woman named before, not the man named since', ['Senator Hillary Okafor met Governor Peter Lind in March.', 'Lind spoke first.', 'Her office put out a statement calling the report “a fabrication.”'], 'a fabrication', 'Hillary Okafor’s office'],
    ['a person’s lawyers, by the owner’s full name', [INTRO, '“The case has no merit,” Blinken’s lawyers wrote.'], 'The case has', 'Antony Blinken’s lawyers'],
    ['"the company", for the organisation the sentence before is about', [INTRO, 'Brightline Media also commented on Gallant’s visit, but would not say more.', '“We wish them well,” the company said.'], 'We wish them', 'Brightline Media'],
    ['"the company", not for an organisation a person is named after', [INTRO, 'Brightline Media laid off staff, and its owner Dana Whitfield left.', '“We wish them well,” the company said.'], 'We wish them', 'the company'],
    ['a speech verb of tone, after an unnamed speaker', [INTRO, '“If we were any higher, we would be in orbit,” one user quipped.'], 'If we were', 'one user'],
    ['a speech verb of repetition, before the quotation', [INTRO, 'Gallant spoke first.', 'A spokesperson for the port authority reiterated that the plan was “unworkable under the old charter”.'], 'unworkable', 'a spokesperson for the port authority'],
    ['a name with a particle', ['Historian Luis de Miranda wrote a book on neon.', '“Neon is a mood,” de Miranda writes.'], 'Neon is', 'Luis de Miranda'],
    ['a question attributed after it', [INTRO, '“Why now?” Blinken asked.'], 'Why now', 'Antony Blinken'],
    ['an embedded post signed on its own line', [INTRO, ['blockquote', 'Ships are moving again, thanks to everyone.'], ['blockquote', '— Rosa Delgado (@MayorDelgado) March 14, 2025']], 'Ships are moving', 'Rosa Delgado'],
    ['an embedded post signed by a name in accented capitals', [INTRO, ['blockquote', 'Ships are moving again, thanks to everyone.'], ['blockquote', '— Émile Zola (@ezola) March 14, 2025']], 'Ships are moving', 'Émile Zola'],
    ['an embedded post signed in the same block', [INTRO, ['blockquote', 'Ships are moving again, thanks to everyone. — Rosa Delgado (@MayorDelgado) March 14, 2025']], 'Ships are moving', 'Rosa Delgado'],
    ['a role set off before the name', ['The union’s regional organiser, Deborah Nkemelu, spoke first.', 'Later the organiser was asked about pay.', '“We will hold them to it,” the organiser said.'], 'We will hold', 'Deborah Nkemelu'],
    ['an unnamed source with the name its complement holds', [INTRO, '“The deal is close,” a spokesperson for the Harbour Development Agency said.'], 'The deal is close', 'a spokesperson for the Harbour Development Agency'],
    ['an unnamed source and how close it is to the story', [INTRO, '“The deal is close,” said a source familiar with the talks.'], 'The deal is close', 'a source familiar with the talks'],
    ['an unnamed source whose complement a day ends', [INTRO, '“The deal is close,” a spokesperson for Brightline Media said Tuesday.'], 'The deal is close', 'a spokesperson for Brightline Media'],
    ['a role whose complement ends before its holder’s name', [INTRO, '“The deal is close,” Gallant’s chief of staff Dana Whitfield said.'], 'The deal is close', 'Dana Whitfield'],
    ['"the spokesperson" after "a spokesperson for …"', [INTRO, 'A spokesperson for the chamber of commerce said the deal came late.', '“Some members lost contracts,” the spokesperson said.'], 'Some members', 'a spokesperson for the chamber of commerce'],
    ['a document that opens the previous sentence', ['Le projet de loi énonce les domaines de la surveillance.', 'Il s’agit notamment de « la prévention du terrorisme et de la criminalité organisée ».'], 'la prévention', 'le projet de loi'],
    ['an organisation named after "according to"', [INTRO, 'Some “storms, tides and predators” are thought to contribute, according to the Department of Conservation.'], 'storms', 'Department of Conservation'],
    ['a person named after a preposition and a verb', [INTRO, '“Výborný tým,” píše na Twitter Gary Lineker. Lineker je komentátor.'], 'Výborný', 'Gary Lineker'],
    ['a fragment right after its subject and a verb', ['Minister Carla Reyes visited Salta on Monday with her team.', 'Among the names was Reyes, whom the report placed “in three cities at once during the week”.'], 'in three cities', 'the report'],
    ['a fragment after a person and a verb that is not a speech verb', [INTRO, 'The aid arrived on Monday.', 'Blinken welcomed “a first step towards a lasting peace in the region” at the port.'], 'a first step', 'Antony Blinken'],
    ['a role owned by a place, resolved to the person holding it', [INTRO, 'Blinken spoke first.', '“We will respond,” Israel’s defense minister said.'], 'We will respond', 'Yoav Gallant'],
    ['a role owned by a place that no one named holds, in the article\'s words', ['Talks resumed in Geneva on Monday.', '“No deal yet,” Iran’s foreign minister said.'], 'No deal yet', 'Iran’s foreign minister'],
    ['a role owned by a surname, with a compound modifier', ['The novelist John M. Ford died in 2006.', 'At some point, Ford’s now-deceased father told a friend that “the only way I know he is alive is the checks”.'], 'the only way', 'Ford’s now-deceased father'],
    ['a role owned by the last person named, who is not its holder', [INTRO, 'Gallant left early.', '“He is tired,” Gallant’s spokesman said.'], 'He is tired', 'Gallant’s spokesman'],
    ['a role held "to" a place, then its holder', ['Talks resumed in London on Monday.', 'China’s ambassador to Britain Liu Xiaoming said Beijing “will not sit on its hands” if provoked.'], 'will not sit', 'Liu Xiaoming'],
    ['a name in apposition to the role that opens the clause', [INTRO, 'When I asked Maersk’s director of security, Dana Whitfield, about the cuts, she said, “We did what we could.”'], 'We did what', 'Dana Whitfield'],
    ['a name before an apposition with initials in it', ['Cmdr. Sean Robertson leads the coalition’s press office.', 'Robertson, the U.S. commander, said: “We do not support forced moves.”'], 'We do not', 'Sean Robertson'],
    ['the subject of a sentence before a colon, not a place after a preposition', ['Director Tom Harper made the film in Glasgow.', 'Phoning in from London, Harper remembered the first day: “The script said almost nothing.”'], 'The script', 'Tom Harper'],
    ['a plural noun with no determiner after the quotation', ['Thousands marched to the capitol on Monday.', '“Fund our schools,” teachers chanted.'], 'Fund our', 'teachers'],
    ['a plural noun with a proper adjective before it', [INTRO, '“The plan is dead,” Israeli officials said.'], 'The plan', 'Israeli officials'],
    ['a plural noun opening the sentence before a verb that opens the quotation', [INTRO, 'Police said: “We have made an arrest.”'], 'We have made', 'police'],
    ['a role in the opening line, named only further on', ['The father of a missing climber has said the search was “far too slow from the start”.', 'Rescuers found the man on Sunday.', '“We waited for two days,” his father, Tomasz Kowal, said.'], 'far too slow', 'Tomasz Kowal'],
    ['an inverted verb after a comma, past the names of the clause before it', [INTRO, '“The odds are long” that Gallant can win the vote, said Mara Lindqvist, a pollster at the Hale Institute.'], 'The odds', 'Mara Lindqvist'],
    ['a verb that names its listener, after a comma, is not inverted', [INTRO, '“We are ready,” Gallant, the minister, told Channel Twelve on Monday.'], 'We are ready', 'Yoav Gallant'],
    ['a participle after a comma opens its own clause', [INTRO, '“We are ready,” Gallant said on Monday, adding Blinken agreed.'], 'We are ready', 'Yoav Gallant'],
    ['a name after the quotation, then a long apposition naming someone known, then the verb', ['Secretary Dana Whitcombe spoke on Monday.', '“This post is one you get by marriage,” Melka Verveer, who served as Dana Whitcombe’s chief of staff during the Whitcombe years, told the paper.'], 'This post', 'Melka Verveer'],
    ['a body named by its acronym after "the"', [INTRO, 'The FBI concluded this month that Gallant had been “extremely careless” with the files.'], 'extremely careless', 'FBI'],
    ['a name qualifying a role after the verb, before the quotation', [INTRO, 'In other words, explained the NBC moderator Dana Whitcombe: “What does that have to do with it?”'], 'What does that', 'Dana Whitcombe'],
    ['a quotation that is its paragraph, credited in the line under it', [INTRO, '“We will not be moved on this.”', '- Antony Blinken.', 'The talks went on.'], 'We will not', 'Antony Blinken'],
    ['a credit line with a title and a description, under the last paragraph', [INTRO, '“We will not be moved on this.”', '—Secretary Antony Blinken, speaking after the talks.'], 'We will not', 'Antony Blinken'],
    ['a quotation opening the paragraph after one that ends in a colon, with a verb', [INTRO, 'Of course, as Mara Lindqvist of the Hale Institute observed, the stage itself won:', '“The clear winner of the night was the network that ran it.”'], 'The clear winner', 'Mara Lindqvist'],
    ['a name before "of the" and a body names the person, not the body', [INTRO, '“We are ready,” Mara Lindqvist of the Hale Institute said.'], 'We are ready', 'Mara Lindqvist'],
    ['a pronoun, for the sentence’s subject rather than a name after a preposition before it', [INTRO, 'During a call with Blinken on Monday, Gallant toured the port.', '“It will take a year,” he said.'], 'It will take', 'Yoav Gallant'],
    ['a pronoun, for a name after a preposition when its sentence names no one else', [INTRO, 'Blinken left on Monday.', 'But for Gallant the visit was personal.', '“It was moving,” he said.'], 'It was moving', 'Yoav Gallant'],
    ['a pronoun, past a pronoun of the other gender opening the sentence before', ['Governor Peter Lind spoke first on Monday.', 'He was joined on the call by Dana Whitfield, the head of the nurses’ union.', 'She said the plan “has done more harm than good”.'], 'has done more', 'Dana Whitfield'],
    ['a phrasal speech verb of retort, before the quotation', [INTRO, 'After Blinken pressed the point, Gallant shot back, “We have waited long enough.”'], 'We have waited', 'Yoav Gallant'],
    ['a definite description no role list holds, as written, not the person named before', [INTRO, 'Gallant spoke to a packed hall for an hour.', '“Not one more year!” the crowd yelled.'], 'Not one more', 'the crowd'],
    ['a name right before a participle, for the participle', [INTRO, 'Blinken left the talks early, with Gallant tweeting that the deal was “a historic step for the region.”'], 'a historic step', 'Yoav Gallant'],
    ['the writer of a letter, not its addressee right before the participle', [INTRO, 'Gallant wrote a letter to Secretary of State Antony Blinken asking for “a clear answer by Friday.”'], 'a clear answer', 'Yoav Gallant'],
    ['a verb joined by "and" to the clause before the previous quotation, for that clause’s subject', [INTRO, 'Gallant said the plan was “a good start,” and said that Blinken “deserves the credit for it.”'], 'deserves the credit', 'Yoav Gallant'],
    ['a pronoun, for someone named again only past its clause', [INTRO, 'Gallant toured the port on Monday.', '“We will finish it,” he told the workers, at the dock where Gallant once worked.'], 'We will finish', 'Yoav Gallant'],
    ['a pronoun, for the last of two speakers of the sentence before', [INTRO, 'When Blinken asked about the schedule, Gallant replied, “We start in May.”', '“Nothing will change that,” he added.'], 'Nothing will change', 'Yoav Gallant'],
    ['a plural noun after a quantifier', [INTRO, 'Gallant spoke to the crowd for an hour.', '“Not one more year!” some protesters chanted.'], 'Not one more', 'some protesters'],
    ['a verb joined by "and" after an object, for the clause’s subject', [INTRO, 'Gallant knocked Blinken on trade and called him “a friend of many years.”'], 'a friend of many', 'Yoav Gallant'],
    ['a verb after the quotation joined by "and", for the subject of the verb before it, not the name nearest', [INTRO, 'Mara Quist said that Gallant is a “good, decent man,” and said the talks had failed.'], 'good, decent', 'Mara Quist'],
    ['a description right after the verb after the quotation, not a person its relative clause names', [INTRO, '“The deal is close,” said one source who met Blinken on Monday.'], 'The deal is close', 'one source'],
    ['a quotation ending in a nested question, attributed after it', [INTRO, '“He stopped and said, ‘How do we win Haifa?’” Mara Quist, the port’s mayor, said of the meeting.'], 'He stopped', 'Mara Quist'],
    ['an unnamed source described with a word holding a digit', [INTRO, 'Gallant left early.', '“The port is closed,” a NY1 reporter said.'], 'The port is closed', 'a NY1 reporter'],
    ['a long description right after an inverted verb, as written', [INTRO, 'Gallant left early.', '“There was wrongdoing,” said a former senior harbour safety official.'], 'There was wrongdoing', 'a former senior harbour safety official'],
    ['a name right after a verb no list holds, after the quotation', [INTRO, 'Gallant left early.', '“This is fantastic!” beamed Mara Quist of Haifa, who had waited all day.'], 'This is fantastic', 'Mara Quist'],
    ['a name and then a verb no list holds, after the quotation', [INTRO, 'Gallant left early.', '“We did it,” Mara Quist beamed.'], 'We did it', 'Mara Quist'],
    ['a verb joined by "and" after a quotation, whose object is named after it', [INTRO, 'Gallant thanked the workers “for their patience” and called Dana Whitfield “a partner we trust.”'], 'a partner we trust', 'Yoav Gallant'],
    ['a participle joined by "and" after a quotation and a preposition’s object', [INTRO, 'Gallant was quick to respond, calling the vote a “disaster” for Blinken and asking, “Who can trust this deal now?”'], 'Who can trust', 'Yoav Gallant'],
    ['a name after its organisation’s possessive, without the organisation', [INTRO, '“The talks went well,” said Harbour News’ Dana Whitfield.'], 'The talks went', 'Dana Whitfield'],
    ['the agent of a passive speech verb, before the quotation', [INTRO, 'Gallant was asked by host Dana Whitfield, who had interviewed him before, “Will you sign the deal?”'], 'Will you sign', 'Dana Whitfield'],
    ['a description and a verb no list holds, after the quotation', [INTRO, '“Who will pay for it?” Gallant asked.', '“Mexico!” the audience screamed back.'], 'Mexico', 'the audience'],
    ['a name after another and a noun saying how they stand, not the first name', [INTRO, '“The deal is close,” said Gallant ally Dana Whitfield.'], 'The deal is close', 'Dana Whitfield'],
    ['a name after a pollster’s party, inverted after the quotation', [INTRO, '“Voters are tired,” said Likud pollster Dana Whitfield.'], 'Voters are tired', 'Dana Whitfield'],
    ['a name of a place, then a role in apposition, before the verb', [INTRO, 'Mara Quist of Haifa, a senior harbour official, said the port was “closed for good.”'], 'closed for good', 'Mara Quist'],
    ['a newsletter named in one word whose inner capital starts a role noun, which is no compound title', [INTRO, 'This is TidePollster for Monday.', '“The early polls were not wrong,” TidePollster wrote.'], 'The early polls', 'TidePollster'],
    ['a description right after an inverted verb, up to the preposition that opens its complement', [INTRO, 'Gallant left early.', '“Gallant is really effective,” said a harbour insider in the northern port city of Haifa.'], 'Gallant is really', 'a harbour insider'],
    ['a verb joined by "but" after an object, for the clause’s subject', [INTRO, 'Mara Quist used to back fellow mayor Dana Whitfield, but now said Gallant had “the duty to bring us together.”'], 'the duty to bring', 'Mara Quist'],
    ['a name owned by the name before it, after an inverted verb', [INTRO, '“Owners should leave their guns at home,” opined Haifa’s Evening Courier.'], 'Owners should leave', 'Evening Courier'],
    ['a participle going on from a name’s speech verb, not the sentence’s first name', [INTRO, 'Gallant left as soon as the talks were over, Mara Quist said, adding, “He was not very patient.”'], 'He was not very patient', 'Mara Quist'],
    ['a role after a dash that closes an aside, not the name the aside ends with', [INTRO, 'In the letter - addressed to the harbour’s lawyer, Dana Whitfield - the defence minister asks whether “the port broke the law.”'], 'the port broke', 'Yoav Gallant'],
    ['a description no list holds, opening the clause of a verb set off by commas', [INTRO, 'Gallant asked for a ruling.', 'That, the harbour commission said, “would be helpful in avoiding uncertainty.”'], 'would be helpful', 'the harbour commission'],
    ['a description no list holds, capitalised at the sentence’s start, before a verb and a colon', [INTRO, 'Gallant asked for a ruling.', 'The second review said: “Go ahead and publish once you fix that.”'], 'Go ahead', 'the second review'],
    ['a body named only in words of bodies and places, the subject of a speech verb', [INTRO, 'Months after Gallant left office, the Harbour Department told reporters that “no records of the talks were found.”'], 'no records of the talks', 'Harbour Department'],
    ['a pronoun after one that speaks to a listener stands for the same speaker, not the listener', [INTRO, 'Blinken asked Gallant about the border.', '“We will hold the line,” he told Blinken, to applause from the crowd.', '“It is not a question of wanting,” he said.'], 'It is not a question', 'Yoav Gallant'],
    ['a name between "the" and a noun, right before a speech verb, describes the speaker', [INTRO, 'At the town hall, the Gallant supporter retorted: “There is no other way.”'], 'There is no other way', 'the Gallant supporter'],
    ['a name between "the" and a role noun before a speech verb is the role holder’s place', [INTRO, '“We will hold the line,” the Haifa minister said.'], 'We will hold', 'Yoav Gallant'],
    ['a pronoun after a sentence in which one person asks another stands for the one asked', [INTRO, 'Last month, Blinken asked Gallant whether the talks would go on.', '“Sure they will, as long as it takes,” he said.'], 'Sure they will', 'Yoav Gallant'],
    ['a body’s noun after "the" stands for the body named before with that noun in its name', [INTRO, 'The Haifa Board of Elections met on Monday, and Gallant left early.', '“The candidate is eligible,” the board said.'], 'The candidate is eligible', 'Haifa Board of Elections'],
    ['a name after a preposition and a title is an object, not the subject of a joined verb', [INTRO, 'As the crowd cheered, Gallant was joined on stage by US Secretary of State Antony Blinken and joked, “We should do this more often.”'], 'We should do this', 'Yoav Gallant'],
    ['a name after a title whose own "of the" is no preposition before the name', [INTRO, 'Gallant tweeted a photo of the port, and Speaker of the Knesset Rep. Dana Whitfield said photos “have no place in a campaign.”'], 'have no place', 'Dana Whitfield'],
    ['a pronoun passes over a name that only qualifies a group’s noun', [INTRO, 'The Blinken campaign picked up on a post that appeared to say Gallant was leaving.', '“Is this what we accept now?” he told the show.'], 'Is this what we accept', 'Yoav Gallant'],
    ['a surname two people share stands for the one whose full name opens a sentence of its paragraph', [INTRO, 'Dana Gallant, a senior adviser, spoke with voters outside the polling station on Tuesday. At one point a woman asked for a photo, and Gallant said, “As long as we break no rules.”'], 'As long as we break', 'Dana Gallant'],
    ['a kinship noun after "his" or "her" is a relative of the person named before, not that person', [INTRO, 'Gallant spent his childhood watching westerns on the couch.', '“He studied every scene of them,” his brother told me.'], 'He studied every scene', 'his brother'],
    ['a name told something after a relative clause is the listener, not an inverted subject', [INTRO, 'Blinken, who chaired the talks, told Gallant the truce would likely hold, according to two aides: “This truce will last,” he said.'], 'This truce will last', 'Antony Blinken'],
    ['a quotation opening the paragraph after one that ends in a colon, with no speech verb', [INTRO, '17-year-old Jared Potts echoed:', '“He speaks his mind, and that might be what the country needs.”'], 'He speaks', 'Jared Potts'],
  ] as [string, BlockInput[], string, string][])('%s', (_, blocks, quoteStart, speaker) => {
    expect(speakerOf(blocks, quoteStart)).toBe(speaker);
  });

  it.each([
    ['French « » with dit-il', 'fr', ['Le ministre Jean-Luc Moreau a visité Lyon.', '« Nous sommes prêts », a dit Jean-Luc Moreau.'], 'Nous sommes', 'Jean-Luc Moreau'],
    ['French selon', 'fr', ['La maire Anne Hidalgo a parlé lundi.', '« Le projet avance », selon Anne Hidalgo.'], 'Le projet', 'Anne Hidalgo'],
    ['German: an article and one noun is a description, not a name', 'de', ['Der Markt ist ruhig.', '„Es muss niemand hamstern“, sagt die Managerin.'], 'Es muss', 'die Managerin'],
    ['German beschreibt, after the quotation, naming someone not introduced', 'de', ['Sein Kollege, Professor Jonas Weber, ist skeptisch.', '»Die Gene dienen uns als Fossilien«, beschreibt Cai den Ansatz.'], 'Die Gene', 'Cai'],
    ['German sagte', 'de', ['Bundeskanzler Olaf Scholz reiste nach Paris.', '„Wir stehen zusammen“, sagte Scholz.'], 'Wir stehen', 'Olaf Scholz'],
    ['Spanish dijo', 'es', ['El presidente Gabriel Boric viajó a Lima.', '"Estamos unidos", dijo Boric.'], 'Estamos unidos', 'Gabriel Boric'],
    ['Czech řekl with a declined surname', 'cs', ['Trenér David Moyes chválí tým.', '"Hrajeme skvěle," řekl Moyes. Tým manažera Davida Moyese vyhrál.'], 'Hrajeme', 'David Moyes'],
  ])('%s', (_, lang, blocks, quoteStart, speaker) => {
    expect(speakerOf(blocks as BlockInput[], quoteStart, lang)).toBe(speaker);
  });
});

describe('speakers: does not find', () => {
  it('a speaker in a line set between dashes under a quotation', () => {
    expect(speakerOf(['“Haha, he pretended to be crazy!”', '-Continuous Filming-'], 'Haha')).toBeNull();
  });

  it('a description that runs on into its verb’s auxiliary', () => {
    expect(speakerOf([INTRO, '“The port is closed,” the harbour has said.'], 'The port is closed')).not.toBe('the harbour has');
  });

  it.each([
    ['a speaker for a quotation with no attribution and nobody named before it', ['“Nobody knows who said this long sentence here.”'], 'Nobody knows'],
    ['a place after a preposition as the speaker', ['“We will rebuild the whole town together,” said residents in Springfield.'], 'We will rebuild'],
  ])('%s', (_, blocks, quoteStart) => {
    const speaker = speakerOf(blocks, quoteStart);
    expect(speaker === null || speaker === 'residents').toBe(true);
  });

  it.each([
    ['a word standing for others', [INTRO, '“We will not go back,” others said.'], 'We will not'],
    ['the last item of a list in apposition', ['Stuart Kaplan runs the firm.', '“If I see a deck on sale,” Kaplan, also a collector of games, rare cards, and books says, “that upsets me.”'], 'If I see'],
    ['a surname, which names a person', ['Pastor Tom Jones led the march on Monday.', '“It is over,” Jones said.'], 'It is over'],
  ])('a plural description in %s', (_, blocks, quoteStart) => {
    expect(speakerOf(blocks as BlockInput[], quoteStart)).not.toMatch(/^(?:others|and books|jones)$/i);
  });

  it('takes no name after a participle for the participle’s subject', () => {
    const blocks: BlockInput[] = [INTRO, 'A statement went out on Monday, saying Blinken “cannot be trusted with the talks.”'];
    const quote = analyseArticle(articleFrom(blocks)).quotes.find((q) => q.text.startsWith('cannot be trusted'));
    expect(quote?.method).not.toBe('cue-verb');
  });

  it('takes no place for what "it" stands for', () => {
    const blocks: BlockInput[] = ['The results in Iowa and Ohio show a two-way race.', '“We can win this,” it said.'];
    expect(speakerOf(blocks, 'We can win') ?? '').not.toMatch(/Iowa|Ohio/);
  });

  it('takes no clause with an auxiliary after a term for its description and verb', () => {
    const quotes = analyseArticle(articleFrom([INTRO, 'The names changed over time, to “English-speaking peoples” and now the “Anglosphere,” the basic ideas have not.'])).quotes;
    expect(quotes.map((quote) => quote.speaker)).not.toContain('the basic ideas have');
  });

  it('gives a plural subject no fragment that its verb does not open', () => {
    const quotes = analyseArticle(articleFrom([INTRO, 'To answer this, the scientists asked five people to perform a “direction discrimination” task.'])).quotes;
    expect(quotes.map((quote) => quote.speaker)).not.toContain('the scientists');
  });

  it('does not name a role in the opening line after someone given another role further on', () => {
    const blocks: BlockInput[] = ['The father of a missing climber has said the search was “far too slow from the start”.', '“We waited for two days,” his brother, Tomasz Kowal, said.'];
    expect(speakerOf(blocks, 'far too slow')).toBe('the father');
  });

  it('does not look further on for a role someone already holds earlier', () => {
    const blocks: BlockInput[] = ['The organiser, Deborah Nkemelu, met the board.', 'The organiser called the offer “an insult to every member”.', '“It is final,” the new organiser, Sam Okafor, said.'];
    expect(speakerOf(blocks, 'an insult')).toBe('Deborah Nkemelu');
  });

  it('does not take the signature line of an embedded post for a quotation', () => {
    const quotes = analyseArticle(articleFrom([INTRO, ['blockquote', 'Ships are moving again.'], ['blockquote', '— Rosa Delgado (@MayorDelgado) March 14, 2025']])).quotes;
    expect(quotes.map((quote) => quote.text)).toEqual(['Ships are moving again.']);
  });

  it('takes no signature whose name opens in lower case', () => {
    const quotes = analyseArticle(articleFrom([INTRO, ['blockquote', 'Ships are moving again, thanks to everyone.'], ['blockquote', '— émile zola (@ezola) March 14, 2025']])).quotes;
    expect(quotes.map((quote) => quote.method)).not.toContain('signature');
  });

  it('takes a description in a caseless script for no speaker', () => {
    expect(speakerOf([INTRO, '“The harvest was good this year,” a 農家 said.'], 'The harvest')).not.toBe('a 農家');
  });

  it('does not give a quotation the speaker of an unrelated earlier paragraph across prose', () => {
    const speaker = speakerOf([INTRO, '“We are ready,” Gallant said.', 'The weather in the city was warm all week, and the markets were busy.', '“The harvest was good this year,” a farmer said.'], 'The harvest');
    expect(speaker).toBe('a farmer');
  });
});

describe('speakers: a fragment after one word', () => {
  it('takes no sentence opener or preposition for its subject', () => {
    const blocks: BlockInput[] = ['Writers often ask the wrong question about their tools and their craft.', 'Instead of “can a computer write this story for me today”, we should ask what it is for.'];
    expect(speakerOf(blocks, 'can a computer')).not.toBe('Instead');
  });
});
