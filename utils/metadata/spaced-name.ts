import { characterAt, characterBefore, isLetter, isLowerChar, isUpperChar } from '../analysis/text/letters';
import { letterKey } from './site-name';

/**
 * The page's own spacing of a publisher name it gives glued ("CBSSports", "hawaiinewsnow"): the name, or a handle or
 * profile address of the page with the same letters ("facebook.com/HawaiiNewsNow"), split where its case changes, if
 * the page's text writes it so ("CBS Sports Writer", "© 2019 Hawaii News Now"), its capitals maybe as initials ("City A.M.").
 * Else the name as it was.
 */
export function spacedName(name: string, gluedForms: readonly string[], pageText: () => string): string {
  if (name.includes(' ')) return name;
  const key = letterKey(name);
  // A brand's own camel case ("YouTube") is its spelling; capitals glued to a word ("CBSSports") are an address's form,
  // and a lower-case handle takes the capitals of the page's profiles. Only these cost a reading of the page's text.
  const forms = [...(hasGluedCapitals(name) ? [name] : []), ...(name === name.toLowerCase() ? gluedForms : [])];
  const spellings = forms.filter((form) => letterKey(form) === key).map(splitAtCaseChanges);
  const split = spellings.filter((spelling): spelling is string => !!spelling);
  const candidates = [...new Set([...split, ...split.map(withDottedInitials)])];
  if (candidates.length === 0) return name;
  const text = pageText();
  return candidates.find((candidate) => hasWords(text, candidate)) ?? name;
}

/** Whether the text holds the words as words ("CNN Money" is not in "CNN MoneyStream"). */
function hasWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!isLetter(characterBefore(text, at)) && !isLetter(characterAt(text, at + words.length))) return true;
  }
  return false;
}

/** Capitals run into a word or after one: "CBSSports", "CityAM" (not "YouTube", "WIRED"). */
function hasGluedCapitals(name: string): boolean {
  for (let at = 1; at < name.length; at++) {
    const [before, char, after] = [name[at - 1]!, name[at]!, name[at + 1] ?? ''];
    if (isUpperChar(before) && isUpperChar(char) && isLowerChar(after)) return true;
    if (isLowerChar(before) && isUpperChar(char) && isUpperChar(after)) return true;
  }
  return false;
}

/** "HawaiiNewsNow" → "Hawaii News Now", "CBSSports" → "CBS Sports" (a run of capitals keeps all but its last); null when nothing splits. */
export function splitAtCaseChanges(word: string): string | null {
  let spaced = '';
  for (let at = 0; at < word.length; at++) {
    const [before, char, after] = [word[at - 1] ?? '', word[at]!, word[at + 1] ?? ''];
    const isWordStart = at > 0 && isUpperChar(char) && (isLowerChar(before) || (isUpperChar(before) && isLowerChar(after)));
    spaced += isWordStart ? ` ${char}` : char;
  }
  return spaced.includes(' ') ? spaced : null;
}

/** Capitals a name may write as initials: "City AM" → City A.M. (a run of two or three). */
function withDottedInitials(spaced: string): string {
  return spaced
    .split(' ')
    .map((word) => (word.length >= 2 && word.length <= 3 && word === word.toUpperCase() ? `${[...word].join('.')}.` : word))
    .join(' ');
}

/** The last path segment of a profile address ("https://www.facebook.com/HawaiiNewsNow/" → HawaiiNewsNow). */
export function profileName(url: string): string | null {
  const match = url.match(/^https?:\/\/[^/]+\/([^/?#]+)\/?(?:[?#].*)?$/);
  return match?.[1] ?? null;
}
