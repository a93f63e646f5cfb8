import { characterAt, isCapitalLetter, isLetter, isLowerChar, isMark, isUpperChar, LATIN_LETTERS } from '../analysis/text/letters';
import { dateInText } from './dates';
import { BYLINE_PREPOSITIONS, CJK_PLACEHOLDERS, INTERFACE_WORDS, NAME_PARTICLES, ORGANISATION_WORDS, PLACEHOLDER_NAMES, ROLE_WORDS } from './words';

const INTERFACE = new Set(INTERFACE_WORDS);
const PREPOSITIONS = new Set(BYLINE_PREPOSITIONS);

const ORGANISATION = new RegExp(`\\b(${ORGANISATION_WORDS.join('|')})\\b`, 'i');
const PLACEHOLDER = new RegExp(`^(${PLACEHOLDER_NAMES.join('|')})$`, 'i');
const PARTICLE = new RegExp(`^(${NAME_PARTICLES.join('|')})$`, 'i');
const ROLE = new RegExp(`\\b(${ROLE_WORDS.join('|')})\\b`, 'i');

/** "By", "Par", "Por", "Von"…: the word a byline starts with, in several languages. */
const BY_WORD = /^\s*((?:(?:analysis|commentary|essay|opinion|posted|published|reported|reporting|review|story)\s+)?(?:by)+|written by|words by|par|por|von|door|di|da|av|af|od|autor(?:ka)?|auteur|texto|text|текст|автор)\s*:?\s+/i;

/** The words that open a byline in Chinese and Japanese: "author", "writer", "poster", "reporter" ("著者：…", "投稿者 …"). */
const CJK_BY_WORD = /^\s*(?:著者|作者|投稿者|記者|记者)(?:\s*[:：]\s*|\s+)/;

/** A name credited in brackets for the pictures, not the words: "… and Ana Ruiz (photographs)", ", Li Wei (video)". */
const PICTURE_CREDIT = /(?:^|,|&|\band\b)[^,&()]*\((?:photo|video|illustrat|graphic|picture)[^)]*\)/gi;

/** What follows the names in a byline: a date, a weekday, "Updated …", "Edited by …", "Photographs by …". */
const BYLINE_TAIL =
  /\s*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?=\d)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:updated|published|posted|edited by|photo(?:graph)?s? by|illustrations? by|additional reporting)\b|\d).*$/is;

/** A month or weekday glued to the name before it, as text from adjacent elements reads: "Carrie ArnoldNovember 4". */
const GLUED_DATE = /(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s*\d|$)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gu;

/** Two words glued where two elements met ("DavidsonWashington"): both sides long, unlike McDonald or DiCaprio. */
const GLUED_WORDS = /(?<=\p{Ll}{4})(?=\p{Lu}\p{Ll}{3})/gu;

/** Matches nothing: the glued-text patterns are only compiled and run where a capital follows a lower-case letter. */
const NEVER = /(?!)/g;

/** Buttons and links that follow a name in a byline box. */
const SOCIAL_TAIL = /\s*\b(twitter|facebook|instagram|linkedin|e-?mail|follow|bio|contact|view(?: \w+)? profile|view more|more articles|more stories|more from|see all|all posts|all stories|read more)\b.*$/i;

/**
 * Where a byline runs into the outlet's name or the dateline: a run of capitals glued to a name ("Meg WagnerNEW YORK
 * DAILY NEWS"), or two words in capitals after a name ("Kevin Ruiz USA TODAY"; one, "Claire DUBOIS", is a French surname).
 */
const CAPITALS_TAIL = /(?<=[a-zß-ÿ])(?:[A-ZÀ-Þ]{3,}|\s+[A-ZÀ-Þ]{2,}\s+[A-ZÀ-Þ]{2,}\b).*$/;

/** A sentence after the names: "Finian Cunningham. Sputnik International" (after a word of three letters or more, not an initial). */
const SENTENCE_TAIL = /(?<=[a-zß-ÿ]{3})\.\s+.*$/;

/**
 * Where a byline's parts meet: a bar, a bullet, a dash or a spaced slash ("Politik · Ana Ruiz", "October 14, 2009|Ana
 * Ruiz", "Ana Ruiz / Agency / Updated …"). The names are in the first part that holds any.
 */
const PART_SEPARATOR = /\s*[|•·—–]\s*|\s+[-/]\s+/;

/** Splits a byline into person names in byline order: drops "By", job descriptions, URLs and organisations. */
export function parseByline(byline: string): string[] {
  const text = byline.replace(/\s+/g, ' ').replace(hasCaseChange(byline) ? GLUED_DATE : NEVER, ' ');
  for (const part of text.split(PART_SEPARATOR)) {
    const names = namesInPart(part);
    if (names.length > 0) return names;
    // Only a section label or a date comes before the names; after other words ("PMJS - IT desk"), a part is no byline.
    if (!isLeadLabel(part)) return [];
  }
  return [];
}

/** A part that may precede the names: nothing, a date, or one capitalised word (a section: "Politik"). */
function isLeadLabel(part: string): boolean {
  const text = part.trim();
  const isSection = !text.includes(' ') && isCapitalLetter(characterAt(text, 0)) && isLowerChar(characterAt(text, 1));
  return !text || isSection || !!dateInText(text);
}

/** The people one part of a byline names. */
function namesInPart(part: string): string[] {
  const cleaned = part
    .replace(/^\s*By/, (by, at: number, text: string) => (isCapitalLetter(characterAt(text, by.length)) ? 'By ' : by))
    .replace(BY_WORD, '')
    .replace(CJK_BY_WORD, '')
    .replace(/\(\s*(?:with|avec|con|mit|com|met|and|et|y)\s+([^)]*)\)/gi, ', $1')
    .replace(PICTURE_CREDIT, '')
    .replace(BYLINE_TAIL, '')
    .replace(SENTENCE_TAIL, '')
    // A note in brackets ("(Bruxelles, bureau européen)") goes before the names are split at its commas.
    .replace(/\s*\([^()]*\)/g, '')
    .replace(hasCaseChange(part) ? GLUED_WORDS : NEVER, ', ')
    .replace(SOCIAL_TAIL, '')
    .replace(/\s+(is|est|es|ist|è|é)\s+(a|an|the|une?|el|la|le|ein|eine|der|die|das|o|um|uma)?\b.*$/i, '')
    .trim();
  const names = splitNames(cleaned).map(cleanName);
  return untilRole(names.map(untilOtherWords)).map(titleCaseShouted).filter(isPersonName);
}

/** Words of a name cut from the words after it: more are a sentence or a name read twice. */
const MAX_CUT_NAME_WORDS = 3;

/**
 * A name ends where what follows it in a byline starts: a preposition ("Ana Ruiz on Monday", "Ana Ruiz in Politics"),
 * or, after a name in Latin letters, a word in a CJK script ("Ana Ruiz 翻訳者 …"); or where a job title starts, after a
 * name of two words ("Ana Ruiz Staff Writer": longer, an outlet's name may stand between, "Ana Ruiz Courier News
 * Reporter"). Not any lower-case word: a teaser's headline follows its writer's name ("Ana Ruiz The real problem with
 * tunnels"). The name kept ends in a word, not an initial ("Science X staff").
 */
function untilOtherWords(name: string): string {
  const words = name.split(' ');
  const isLatin = !isCjk(name);
  const end = words.findIndex((word, at) => at > 0 && (PREPOSITIONS.has(word) || (isLatin && isCjk(word))));
  const role = words.findIndex((word, at) => at > 0 && ROLE.test(word));
  const isRoleFirst = role > 0 && (end < 0 || role < end);
  // A job title may open with desk words ("Senior Staff Writer").
  let cut = isRoleFirst ? role : end;
  while (isRoleFirst && cut > 1 && (ORGANISATION.test(words[cut - 1]!) || ROLE.test(words[cut - 1]!))) cut--;
  if (cut < 0 || (isRoleFirst ? cut !== 2 : cut > MAX_CUT_NAME_WORDS)) return name;
  // Words after the name that name a desk ("Harbour Courier staff") make it no person's byline.
  if (!isRoleFirst && ORGANISATION.test(words.slice(cut).join(' '))) return name;
  const kept = words.slice(0, cut);
  return (kept[kept.length - 1]?.replace(/\.$/, '').length ?? 0) >= 2 ? kept.join(' ') : name;
}

/** "Ana Ruiz, Senior Staff Technologist, Some Project": names stop where the job description starts. */
function untilRole(parts: string[]): string[] {
  const role = parts.findIndex((part) => ROLE.test(part));
  return role < 0 ? parts : parts.slice(0, role);
}

/** Highwire and Dublin Core give one person per tag, often inverted: "Jong, Michiel de" is Michiel de Jong. */
export function uninvertName(value: string): string {
  if (!value.includes(',')) return value;
  const match = value.trim().match(/^([\p{L}'’-]+(?:\s+(?:[\p{Ll}]+\s+)?[\p{L}'’-]+)?),\s+([\p{L}'’. -]+)$/u);
  if (!match?.[1] || !match[2] || match[1].split(/\s+/).length > 1 || /\band\b|&/.test(match[2])) return value;
  return `${match[2].trim()} ${match[1]}`;
}

/**
 * Commas, ampersands and "and" in the languages of the word lists; Czech "a" only before a capital. A case-insensitive
 * Unicode pattern was slow to compile: this one holds no Unicode class, and "a" is followed by a letter of a cased script.
 * The one-letter words are lower case only: "E." and "Y." are initials ("Sarah E. Needleman", "Bruce Y. Lee").
 */
const NAME_SEPARATOR = new RegExp(String.raw`\s*(?:,|;|&|，|、|\b(?:[Aa]nd|AND|[Uu]nd|UND|et|ET|en|og|och)\b|\b[yei]\b(?!\.)|\ba\b(?=\s+[${LATIN_LETTERS}\u0370-\u03FF\u0400-\u052F\u0531-\u0587]))\s*`);

/** Splits "A, B and C" (and its translations) into names. */
function splitNames(byline: string): string[] {
  return byline.split(NAME_SEPARATOR).filter(Boolean);
}

function cleanName(name: string): string {
  return name
    .replace(BY_WORD, '')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/\s*@\S+/g, '')
    .replace(CAPITALS_TAIL, '')
    .replace(/^[.,;:\s[\]【】［］]+|[.,;:\s[\]【】［］]+$/g, '')
    .trim();
}

/** "GILLIAN MOHNEY" is written Gillian Mohney in a citation. */
function titleCaseShouted(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** A short byline that names an organisation or a desk ("BBC News", "By Our Foreign Staff", "AFP"). */
export function isOrganisationByline(byline: string): boolean {
  const text = byline.replace(BY_WORD, '').trim();
  return text.split(/\s+/).length <= 4 && ORGANISATION.test(text) && !ROLE.test(text) && parseByline(text).length === 0;
}

/** Whether a string looks like one person's name rather than an organisation, a URL or a placeholder. */
export function isPersonName(name: string): boolean {
  if (!name || name.length > 60 || /[/@]|https?:|www\.|\d/.test(name)) return false;
  if (PLACEHOLDER.test(name) || ORGANISATION.test(name) || ROLE.test(name)) return false;
  // Each script test runs only where the first character is of that script: Unicode script patterns are slow to compile.
  if (isCjk(name) && /^\p{Script=Han}{2,4}$/u.test(name)) return !CJK_PLACEHOLDERS.includes(name);
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5 || /^the$/i.test(words[0] ?? '')) return false;
  if (words.some((word) => INTERFACE.has(word.toLowerCase()))) return false;
  // "S.Paulo" is a place written short, not an initial ("J.R.R." and "D." are initials).
  if (words.some((word) => word[1] === '.' && /^\p{Lu}\.\p{Lu}\p{Ll}/u.test(word))) return false;
  // Arabic and Hebrew have no capitals but space their names: two to five words of that script are a name.
  // (Chinese and Japanese names are written unspaced: handled above, and spaced Han words are menus, not names.)
  if (isHebrewOrArabic(name) && (words.every((word) => /^[\p{Script=Arabic}\p{M}-]+$/u.test(word)) || words.every((word) => /^[\p{Script=Hebrew}\p{M}'"׳״-]+$/u.test(word)))) return true;
  return words.every((word) => isCapitalisedWord(word) || PARTICLE.test(word));
}

/** A single capitalised word that is no placeholder, organisation or job: "Regan" may be a name where a source says so. */
export function isCapitalisedName(word: string): boolean {
  return word.length >= 2 && isCapitalisedWord(word) && !PLACEHOLDER.test(word) && !ORGANISATION.test(word) && !ROLE.test(word) && !/\d/.test(word);
}

/** "Gallant", "O’Neill", "Jean-Luc", "J.R.R.": a capital or an apostrophe, then letters, marks, apostrophes, dots, hyphens. */
function isCapitalisedWord(word: string): boolean {
  const first = characterAt(word, 0);
  if (!isCapitalLetter(first) && first !== "'" && first !== '’') return false;
  for (let at = first.length; at < word.length; ) {
    const char = characterAt(word, at);
    if (!isLetter(char) && !isMark(char) && !"'’.-".includes(char)) return false;
    at += char.length;
  }
  return true;
}

/** Opens with a character of the CJK blocks (Han ideographs and their extensions are all at or above U+2E80). */
function isCjk(text: string): boolean {
  return text.charCodeAt(0) >= 0x2e80;
}

/** Opens with a character of the Hebrew or Arabic blocks (with Syriac and Thaana between them, and Arabic's supplement). */
function isHebrewOrArabic(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

/** Whether a capital follows a lower-case letter somewhere in the text ("ArnoldNovember", "DavidsonWashington"). */
function hasCaseChange(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (isUpperChar(text[i]!) && isLowerChar(text[i - 1]!)) return true;
  return false;
}
