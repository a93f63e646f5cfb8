import { NON_PERSON_WORDS } from '../words/non-person-words';
import { PLACE_AND_GROUP_NAMES } from '../words/places';
import { SPEECH_VERBS } from '../words/speech-verbs';
import { HONORIFICS, NAME_PARTICLES, ROLE_NOUNS } from '../words/person-titles';
import { isAllCapitals, startsLower } from '../text/letters';
import { memoised } from '../text/memo';
import { isGivenName } from './gender';

/**
 * Splits a run where one name ends and another begins: after a possessive ("Parata’s Ngātiwai") and at " of " unless
 * it joins the parts of an organisation ("Department of Conservation", not "Mitch McConnell of Kentucky").
 * Each part comes with its offset in the run.
 */
export function splitRun(run: string): { part: string; offset: number }[] {
  if (!/['’]s | of /.test(run)) return [{ part: run, offset: 0 }];
  const parts: { part: string; offset: number }[] = [];
  let offset = 0;
  for (const piece of run.split(/(?<=['’]s) |(?<= of) /)) {
    const previous = parts[parts.length - 1];
    const isOrgJoin = previous && / of$/.test(previous.part) && isNonPersonWord(previous.part.slice(0, -3).split(' ').pop() ?? '');
    if (previous && isOrgJoin) previous.part += ` ${piece}`;
    else parts.push({ part: piece, offset });
    offset += piece.length + 1;
  }
  return parts.map(({ part, offset: at }) => ({ part: part.replace(/ of$/, ''), offset: at }));
}

/** Capitalised words that open a sentence or a clause and are never part of a name. Lower case. */
export const FUNCTION_WORDS = new Set([
  'a', 'aber', 'about', 'accordingly', 'actually', 'additionally', 'after', 'ah', 'ainsi', 'ale', 'alors', 'already',
  'also', 'although', 'always', 'am', 'an', 'and', 'another', 'apparently', 'après', 'are', 'as', 'ask', 'at', 'auch',
  'auf', 'aunque', 'aussi', 'avant', 'avec', 'basically', 'be', 'because', 'before', 'bei', 'besides', 'both', 'but',
  'by', 'car', 'certainly', 'chez', 'clearly', 'click', 'comme', 'como', 'con', 'could', 'cuando', 'currently', 'dann',
  'dans', 'de', 'dem', 'den', 'denn', 'depuis', 'der', 'des', 'desde', 'die', 'doch', 'donc', 'du', 'durante',
  'during', 'earlier', 'ein', 'eine', 'einem', 'einen', 'einer', 'either', 'el', 'ellas', 'elles', 'ellos', 'en',
  'enter', 'er', 'es', 'especially', 'et', 'even', 'eventually', 'every', 'featuring', 'finally', 'follow',
  'following', 'for', 'fortunately', 'from', 'furthermore', 'für', 'generally', 'get', 'had', 'has', 'have',
  'he', 'hence', 'her', 'here', 'his', 'how', 'however', 'i', 'ich', 'if', 'ihr', 'il', 'ils', 'im', 'in', 'including',
  'indeed', 'initially', 'instead', 'interestingly', 'is', 'it', 'its', 'když', 'la', 'las', 'later', 'le', 'les',
  'like', 'likewise', 'listen', 'longtime', 'lors', 'los', 'mais', 'many', 'maybe', 'meanwhile', 'meet', 'mit', 'more',
  'moreover', 'most', 'must', 'my', 'nach', 'neither', 'never', 'nevertheless', 'no', 'noch', 'nonetheless', 'nor',
  'nosotros', 'not', 'nous', 'now', 'nur', 'obviously', 'oder', 'of', 'often', 'on', 'once', 'one', 'only', 'or',
  'originally', 'other', 'otherwise', 'ou', 'our', 'over', 'para', 'pendant', 'perhaps', 'pero', 'play', 'po', 'podle',
  'por', 'pour', 'previously', 'probably', 'protože', 'puis', 'před', 'při', 'quand', 'recent', 'recently',
  'regarding', 'sans', 'see', 'según', 'seit', 'selon', 'shall', 'she', 'should', 'sie', 'similarly', 'sin', 'since',
  'so', 'some', 'sometimes', 'soon', 'statt', 'still', 'subscribe', 'such', 'surely', 'také', 'también', 'thank',
  'thanks', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'thus', 'to', 'today',
  'tomorrow', 'tonight', 'tras', 'typically', 'ultimately', 'un', 'una', 'und', 'under', 'une', 'unfortunately', 'unlike',
  'until', 'up', 'using', 'usually', 'už', 'very', 'vous', 'warum', 'was', 'watch', 'we', 'weil', 'wenn', 'were',
  'what', 'when', 'whenever', 'where', 'wherever', 'whether', 'which', 'while', 'who', 'whoever', 'whom', 'whose',
  'why', 'wie', 'wir', 'with', 'within', 'without', 'wo', 'would', 'yes', 'yesterday', 'yet', 'you', 'your', 'zu',
]);

/**
 * Speech verbs, which open a sentence before their subject ("Replied Stephen, …", "Added Smith: …") and are no part of
 * a name; but for those that are names too ("Said", as in Edward Said; "Manda", "Juge").
 */
const NAME_LIKE_VERBS = new Set(['said', 'manda', 'juge', 'dice']);
const OPENING_VERBS = new Set<string>(SPEECH_VERBS.filter((verb) => !verb.includes(' ') && !NAME_LIKE_VERBS.has(verb)));
const NON_PERSON = new Set(NON_PERSON_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_WORDS = new Set(ROLE_NOUNS.flatMap((noun) => noun.split(' ')));

/** What the word lists say of a word, as bits: one lookup per distinct word instead of one per question asked. */
const FUNCTION = 1;
const ROLE = 2;
const HONORIFIC_WORD = 4;
const NON_PERSON_WORD = 8;
const PARTICLE = 16;
/** Opens with a lower-case letter. */
const LOWER_START = 32;
/** Capital letters only. */
const CAPITALS = 64;
const classesOf = memoised(classify, 20_000);

/** A word's classes; a compound takes its last part's organisation or place class too ("Sun-Times", "Post-Gazette"). */
function classify(word: string): number {
  const lower = word.toLowerCase();
  // The form the word lists use: lower case, without a trailing full stop ("Sen." → "sen").
  const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return (FUNCTION_WORDS.has(key) || OPENING_VERBS.has(key) || isFunctionCompound(word, key) ? FUNCTION : 0)
    | (isRoleKey(key, word) ? ROLE : 0)
    | (HONORIFIC.has(key) ? HONORIFIC_WORD : 0)
    | (NON_PERSON.has(withoutPossessive(key)) || NON_PERSON.has(withoutPossessive(key.slice(key.lastIndexOf('-') + 1))) ? NON_PERSON_WORD : 0)
    | (PARTICLES.has(lower) ? PARTICLE : 0)
    | (startsLower(word) ? LOWER_START : 0)
    | (isAllCapitals(word) ? CAPITALS : 0);
}

/**
 * "then-nominee", "so-called", "now-defunct": a compound opened by a function word describes; it names no one. Nor
 * does one closed by a participle of origin or backing: "Australian-born", "Paris-based", "Saudi-led". A particle
 * before a capital ("El-Erian") is a surname.
 */
function isFunctionCompound(word: string, key: string): boolean {
  const hyphen = key.indexOf('-');
  if (hyphen <= 0) return false;
  // Written in lower case after the hyphen: "Space-Based Internet" is a headline's capitals, not a compound adjective.
  const lastPart = word.slice(word.lastIndexOf('-') + 1);
  const firstPart = key.slice(0, hyphen);
  // "El-Erian", "Le-Pen": a name particle joined to a capitalised name is a surname, not "then-nominee".
  const isParticleSurname = PARTICLES.has(firstPart) && !startsLower(lastPart);
  return (FUNCTION_WORDS.has(firstPart) && !isParticleSurname) || (startsLower(lastPart) && DESCRIBING_ENDS.has(lastPart));
}

/** The last parts of compound adjectives written before a name: "Australian-born Assange", "Kyiv-based analyst". */
const DESCRIBING_ENDS = new Set(['backed', 'based', 'born', 'bred', 'controlled', 'era', 'funded', 'led', 'made', 'owned', 'raised', 'run', 'style']);

/** "israel's" → "israel": a lower-case key without its possessive ending. */
function withoutPossessive(key: string): string {
  const apostrophe = key[key.length - 2];
  return key.endsWith('s') && (apostrophe === "'" || apostrophe === '’') ? key.slice(0, -2) : key;
}

/** A title or role word that may stand before a name ("Senator", "Mr.", "Minister"). */
export function isRoleWord(word: string): boolean {
  return (classesOf(word) & ROLE) !== 0;
}

function isRoleKey(key: string, word: string): boolean {
  if (ROLE_WORDS.has(key) || HONORIFIC.has(key)) return true;
  // "President-elect", "Vice-President", "ex-minister".
  if (key.includes('-')) return key.split('-').some((part) => ROLE_WORDS.has(part));
  // German compounds: "Bundeskanzler", "Außenminister", "Ministerpräsident" (not a brand's capitals: "HuffPollster").
  if (key.length < 10 || word[0] === word[0]!.toLowerCase() || hasInnerCapital(word)) return false;
  const ends = COMPOUND_ROLE_ENDS.get(key.slice(-COMPOUND_KEY_LENGTH)) ?? [];
  return ends.some((noun) => key.length - noun.length >= 3 && key.endsWith(noun));
}

function hasInnerCapital(word: string): boolean {
  const rest = word.slice(1);
  return rest !== rest.toLowerCase();
}

/**
 * Role nouns long enough to end a compound without matching by chance (after at least three letters), by their last
 * four letters, so a word is compared with the few that end like it. A plain suffix test: a regular expression of
 * \p{L} and this alternation took a quarter of a second to compile on first use.
 */
const COMPOUND_KEY_LENGTH = 4;
const COMPOUND_ROLE_ENDS = new Map<string, string[]>();
for (const noun of ROLE_NOUNS) {
  if (noun.length < 7 || noun.includes(' ')) continue;
  const ending = noun.slice(-COMPOUND_KEY_LENGTH);
  COMPOUND_ROLE_ENDS.set(ending, [...(COMPOUND_ROLE_ENDS.get(ending) ?? []), noun]);
}

/** A title written before a name that is not part of it ("Mr.", "Dr", "Frau"). */
export function isHonorific(word: string): boolean {
  return (classesOf(word) & HONORIFIC_WORD) !== 0;
}

/** A word that shows a capitalised run names an organisation, a place or a date rather than a person. */
export function isNonPersonWord(word: string): boolean {
  return (classesOf(word) & NON_PERSON_WORD) !== 0;
}

const PLACES_AND_GROUPS = new Set(PLACE_AND_GROUP_NAMES);
/** "R-Neb.", "D-Calif": a party and state tag set after a lawmaker's name. */
const PARTY_TAG = /^[DIR]-[A-Z][A-Za-z.]*$/;

/**
 * "New Hampshire", "Mexican", "R-Neb.", "Minnesota Democratic": a place, a people, a party or a tag, whose capitals
 * make it look like a name; or a run every word of which is one of those or shows a thing ("Supreme Court").
 */
export const isPlaceOrGroupName = memoised(readsAsPlaceOrGroup, 20_000);

/** "Iowa", "New Hampshire", "Syrian": a name made only of places and peoples, not an organisation ("State Department"). */
export function isPlaceName(name: string): boolean {
  const lower = placeKey(name);
  return PLACES_AND_GROUPS.has(lower) || lower.split(' ').every((word) => PLACES_AND_GROUPS.has(word));
}

/** A name as the place list holds it: lower case, without its possessive or article. */
function placeKey(name: string): string {
  return stripPossessive(name).toLowerCase().replace(/^the /, '');
}

function readsAsPlaceOrGroup(name: string): boolean {
  const lower = placeKey(name);
  if (PARTY_TAG.test(name) || PLACES_AND_GROUPS.has(lower)) return true;
  return lower.split(' ').every((word) => PLACES_AND_GROUPS.has(word) || isNonPersonWord(word));
}

/** A word that opens a sentence or clause and is never part of a name ("The", "However", "Depuis"). */
export function isFunctionWord(word: string): boolean {
  return (classesOf(word) & FUNCTION) !== 0;
}

/** Drops a possessive ending: "Gallant's" → "Gallant". */
export function stripPossessive(name: string): string {
  return name.replace(/['’]s?$/, '');
}

/**
 * Where the name starts in a run of capitalised words: after the last sentence opener, title, organisation or place
 * word before it ("White House press secretary Josh Earnest", "Twitter Gary Lineker"), after an owner ("Fox News’ Sean
 * Hannity"), and after a lone capital that is a one-letter word ("S Declanem Ricem" in Czech), not an initial.
 */
export function nameStart(words: readonly string[]): number {
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const classes = classesOf(word);
    if (classes & LOWER_START) continue; // a particle inside the name: "Luis de Miranda"
    if (classes & PARTICLE && i < words.length - 1) continue; // "Van der Meer", "De Miranda" opening a sentence
    const isAcronym = classes & CAPITALS && word.length >= 2; // "UMP Laure de la Raudière": a party's initials before a name
    const isLoneCapital = i === 0 && word.length === 1 && classes & CAPITALS; // "S Declanem Ricem" (Czech)
    const isOwner = i < words.length - 1 && /['’]s?$/.test(word); // "Fox News’ Sean Hannity": the owner before the name
    if (isMiddleInitial(words, i)) continue; // "Sonya A. Zoghlin": an initial, not the article "a"
    if (classes & ROLE && isSurnameAfterGivenName(words, i)) continue; // "Howard Dean": a title never ends a name
    const isGroupBefore = i === 0 && isGroupPlural(words);
    if (classes & (FUNCTION | ROLE | NON_PERSON_WORD) || isAcronym || isLoneCapital || isOwner || isGroupBefore || isSpouseTitleAt(words, i)) first = i + 1;
  }
  return first;
}

/** A capital and a full stop between two words of a name: "Sonya A. Zoghlin", "Jane I. Doe" (whose "A." and "I." are no article or pronoun). */
function isMiddleInitial(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  return i > 0 && i < words.length - 1 && word.length === 2 && word[1] === '.' && isAllCapitals(word[0]!);
}

/**
 * Whether words[i] ends the run right after a given name: there a role word is a surname ("Howard Dean", "Ruth
 * Judge"), since a title stands before the name it gives a role to and none can end one.
 */
export function isSurnameAfterGivenName(words: readonly string[], i: number): boolean {
  return i > 0 && i === words.length - 1 && isGivenName(words[i - 1]!);
}

/** Endings of plural nouns for groups of people: "Democrats", "Floridians", "Senators", "Celebrities", "Conservatives". */
const GROUP_PLURAL_ENDING = /[a-z](?:ans|ats|ors|ies|ives|ists|ers)$/;

/**
 * "Democrats Hillary Clinton, Bernie Sanders and …", "Celebrities Julianne Moore and …": a group's plural, capitalised
 * at a sentence's start or as a party, before a full name of two words or more, is no part of it. Not a given name
 * ("Douglas", "Charles").
 */
function isGroupPlural(words: readonly string[]): boolean {
  return words.length >= 3 && GROUP_PLURAL_ENDING.test(words[0]!) && !isGivenName(words[0]!);
}

/** The words that make a title after "First": "First Lady Michelle Obama", "First Gentleman Doug Emhoff". */
const SPOUSE_TITLES = new Set(['lady', 'gentleman']);

function isSpouseTitleAt(words: readonly string[], i: number): boolean {
  return i > 0 && SPOUSE_TITLES.has(words[i]!.toLowerCase()) && words[i - 1]!.toLowerCase() === 'first';
}

/** A name particle in any case ("de", "De", "van", "Van"). */
export function isParticle(word: string): boolean {
  return (classesOf(word) & PARTICLE) !== 0;
}

/**
 * "Van der Meer" at the start of a sentence is "van der Meer": the particle's capital belongs to the sentence. But "Al"
 * before a single word is the given name ("Al Gore", "Al Franken"), as the Arabic article is joined by a hyphen.
 */
export function lowerLeadingParticles(words: readonly string[]): string[] {
  if (words.length === 2 && words[0] === 'Al') return [...words];
  const result = [...words];
  for (let i = 0; i < result.length - 1 && isParticle(result[i]!); i++) result[i] = result[i]!.toLowerCase();
  return result;
}
