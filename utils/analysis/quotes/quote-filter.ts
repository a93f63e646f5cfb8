import type { TextBlock } from '../../article/types';
import type { Cue } from '../attribution';
import { isDigit, startsLower, startsUpper } from '../text/letters';

/** A quotation of fewer words than this, with no speech around it, is a scare quote or a coined term, not speech. */
const MIN_UNATTRIBUTED_WORDS = 5;
/** Title Case runs up to this long are titles of works, slogans and names, not speech. */
const MAX_TITLE_WORDS = 10;
/** A heading of this many words that ends like a sentence is a standfirst, whose quotations count. */
const MIN_STANDFIRST_WORDS = 10;

/**
 * Words right before a quotation, in the lower-cased text, that say it is a name, a title or a term rather than speech.
 * Case-sensitive: with the `i` flag (and worse, `iu`) the pattern took twice as long or more to compile.
 */
const NAMING_BEFORE = /(?:so-called|dubbed|known as|nicknamed|titled|entitled|named|labelled|labeled|branded|called it the|the word|the term|the phrase|hashtag|dit|appelé|appelée|llamado|llamada|tzv\.|takzvaný)\s*$/;

/**
 * A reference list's entry: the date it was read ("Retrieved 4 May 2019", "Accessed March 3, 2020", "Abgerufen am 2.
 * Mai", "Consultado el 5", "Consulté le 3"), an archive note, an ISBN, a DOI, or authors cut short before a title
 * ("Fielding et al., “…”"). Its quoted spans are titles of works.
 */
const REFERENCE_ENTRY = /\b(?:Retrieved|Accessed|Abgerufen am|Consultado el|Consulté le)\s(?:on\s)?(?:\d|[A-Z][a-z]+\.? \d)|\bArchived from the original\b|\bISBN[-: ]*\d|\bdoi:\s?10\.|\bet al\.,\s*["“]/;

/** Whether a block is an entry of a list of references or sources, whose quoted spans are titles, not speech. */
export function isReferenceEntry(blockText: string): boolean {
  return REFERENCE_ENTRY.test(blockText);
}

/** What a quotation looks like where it stands, to judge whether it is speech. */
export interface QuoteShape {
  words: string[];
  block: TextBlock;
  /** The block is a heading that reads as a full sentence: a standfirst. */
  isStandfirstBlock: boolean;
  /** The block is an entry of a reference list. */
  isReferenceBlock: boolean;
  /** The sentence up to the opening mark. */
  before: string;
  /** The quotation opens its block. */
  opensBlock: boolean;
  cue: Cue | null;
  /** Another quotation in the same block has an attribution of its own. */
  hasAttributedNeighbour: boolean;
}

/** Whether a quoted span is somebody's words, rather than a title, a term, a nickname, a headline or a caption. */
export function isSpeech(shape: QuoteShape): boolean {
  const { words, block, before, cue } = shape;
  if (block.kind === 'caption' || (block.kind === 'heading' && !shape.isStandfirstBlock) || shape.isReferenceBlock) return false;
  if (block.kind === 'blockquote' && shape.opensBlock) return true;
  if (words.length === 0 || isTitleCase(words) || NAMING_BEFORE.test(before.toLowerCase())) return false;
  if (cue && cue.method !== 'none') return true;
  if (shape.hasAttributedNeighbour && words.length >= 3) return true;
  if (before.trim() === '' && (words.length >= 3 || /[.!?]$/.test(words[words.length - 1]!))) return true;
  return words.length >= MIN_UNATTRIBUTED_WORDS;
}

/** A "heading" that is a full sentence is a standfirst or a pull quote set in heading type. */
export function isStandfirst(blockText: string): boolean {
  return blockText.split(/\s+/).length >= MIN_STANDFIRST_WORDS && /[.!?]["”’»]?$/.test(blockText.trim());
}

/** Words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['&', 'a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

function isTitleCase(words: string[]): boolean {
  if (words.length > MAX_TITLE_WORDS || words.length < 2) return false;
  return words.every((word) => startsUpper(word) || isDigit(word[0]) || word[0] === '#' || word[0] === '@' || TITLE_SMALL_WORDS.has(word));
}

/** A fragment woven into the writer's own sentence, rather than a statement set off after a break, colon or comma. */
export function isPartial(before: string, opensBlock: boolean, inner: string): boolean {
  if (opensBlock) return false;
  if (/(?:^|[.!?])\s*$/.test(before)) return false;
  if (/[:,—–]\s*$/.test(before)) return startsLower(inner);
  return true;
}
