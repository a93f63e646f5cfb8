import type { TextBlock } from '../../article/types';
import { stripDateline } from './datelines';
import { isLetter, isLowerChar, isUpperChar, lettersBefore } from '../text/letters';
import { sentenceStarts } from '../text/sentences';
import { isCreditLine, isFurniture, isLeadSentence, labelOf } from './sentence-furniture';
import { MONTHS } from '../words/months';
import { KICKER_LABELS, NUMBERED_ABBREVIATIONS } from '../words/summary-cues';

/** The story is told in its opening: sentences are sought in this many prose blocks that hold one. */
const LEAD_BLOCKS = 4;
/** Bylines, datelines and captions come first on many pages; past this many blocks the opening is over. */
const MAX_OPENING_BLOCKS = 16;
/** A lead sentence is found in a paragraph's opening; a longer block is cut to this before it is split. */
const MAX_LEAD_CHARS = 2000;
/** A bracketed kicker ("[Updated]", "(Reuters)") is short; past this the bracket is an aside that opens the sentence. */
const MAX_KICKER_CHARS = 60;
/** Marks that end a sentence in Chinese and Japanese, which leave no space after them for the sentence splitter. */
const FULL_WIDTH_ENDS = ['。', '！', '？'];
/** Marks that end a sentence in the other scripts, with the space after them. */
const LATIN_ENDS = ['. ', '! ', '? '];
const KICKERS = new Set(KICKER_LABELS);
const ABBREVIATIONS_BEFORE_NUMBERS = new Set([...MONTHS, ...NUMBERED_ABBREVIATIONS]);

/**
 * Full statements from the opening prose blocks, each cleaned of its dateline and kicker; none of the page's
 * furniture. A heading that is a full statement before the prose starts is a standfirst, which tells the story as a
 * lead does; after it, a heading is a subhead or a pull quote.
 */
export function leadSentences(text: string, blocks: readonly TextBlock[]): string[] {
  const found: string[] = [];
  let blocksWithLead = 0;
  const opening = blocks.slice(0, MAX_OPENING_BLOCKS);
  opening.forEach((block, i) => {
    if (blocksWithLead === LEAD_BLOCKS || !isProse(block, blocksWithLead === 0) || isCreditedPhoto(text, opening[i + 1], opening[i + 2])) return;
    const sentences = blockSentences(text, block)
      .map(oneLine)
      .filter((sentence) => !isFurniture(sentence))
      .map(cleanSentence)
      .filter(isLeadSentence);
    found.push(...sentences);
    if (sentences.length > 0) blocksWithLead++;
  });
  return found;
}

/** A paragraph that is not a link; a heading only before the prose starts, where it is a standfirst. */
function isProse(block: TextBlock, isBeforeProse: boolean): boolean {
  return (block.kind === 'paragraph' || (block.kind === 'heading' && isBeforeProse)) && !block.isLink;
}

/**
 * A block followed by a photo credit ("Jane Doe | Getty Images", "(Image: © NASA)") is the photo's caption, unless a
 * caption follows the credit: then the credit is that caption's, set above it.
 */
function isCreditedPhoto(text: string, next: TextBlock | undefined, afterNext: TextBlock | undefined): boolean {
  return next !== undefined && afterNext?.kind !== 'caption' && isCreditLine(text.slice(next.start, next.end));
}

/** Blocks hold single spaces but for their line breaks: only a sentence with one is searched for white space. */
function oneLine(text: string): string {
  return (text.includes('\n') ? text.replace(/\s+/g, ' ') : text).trim();
}

/** The sentences of a block's opening, mended where the splitter broke after a month ("Nov. 15") or could not split ("。"). */
function blockSentences(text: string, block: TextBlock): string[] {
  const end = Math.min(block.end, block.start + MAX_LEAD_CHARS);
  const starts = sentenceStarts(text, block.start, end);
  const sentences: string[] = [];
  starts.forEach((start, i) => {
    const sentence = text.slice(start, starts[i + 1] ?? end);
    const previous = sentences.at(-1);
    if (previous !== undefined && endsOnNumberedAbbreviation(previous) && isDigitChar(sentence.charAt(0))) sentences[sentences.length - 1] = previous + sentence;
    else sentences.push(sentence);
  });
  return sentences.flatMap(splitUncasedSentences);
}

/** "… on Nov. ", "… a Boeing Co. ": the piece ends on an abbreviation that a number follows in the same sentence. */
export function endsOnNumberedAbbreviation(piece: string): boolean {
  const trimmed = piece.trimEnd();
  return trimmed.endsWith('.') && ABBREVIATIONS_BEFORE_NUMBERS.has(lettersBefore(trimmed, trimmed.length - 1).toLowerCase());
}

function isDigitChar(char: string): boolean {
  return char >= '0' && char <= '9';
}

/**
 * The splitter ends a sentence before a capital; scripts without capitals (Chinese, Japanese, Korean, Arabic, Hebrew)
 * give it none, so a paragraph of theirs is one piece: it is split here after "。", "！", "？" and after a full stop,
 * exclamation mark or question mark followed by a space and a letter that has no case.
 */
export function splitUncasedSentences(piece: string): string[] {
  const ends = [...uncasedSentenceEnds(piece)].sort((a, b) => a - b);
  if (ends.length === 0) return [piece.trim()];
  const sentences = [...ends, piece.length].map((end, i) => piece.slice(i === 0 ? 0 : ends[i - 1]! + 1, end + 1).trim());
  return sentences.filter(Boolean);
}

/** Where sentences end in a piece without a capital to tell: after "。", "！", "？", or a stop, space and a letter with no case. */
function uncasedSentenceEnds(piece: string): Set<number> {
  const ends = new Set<number>();
  for (const mark of FULL_WIDTH_ENDS) {
    for (let at = piece.indexOf(mark); at >= 0 && at < piece.length - 1; at = piece.indexOf(mark, at + 1)) ends.add(at);
  }
  for (const mark of LATIN_ENDS) {
    for (let at = piece.indexOf(mark); at >= 0; at = piece.indexOf(mark, at + 1)) if (isUncasedLetter(piece[at + 2])) ends.add(at);
  }
  return ends;
}

function isUncasedLetter(char: string | undefined): boolean {
  return char !== undefined && isLetter(char) && !isUpperChar(char) && !isLowerChar(char);
}

/** A line, without what opens it and is not the story: a bracketed kicker, a "BREAKING:" label, a dateline. */
export function cleanSentence(sentence: string): string {
  return stripDateline(stripKicker(stripBracketKicker(sentence)));
}

/** "[Updated] …", "(Reuters) - …": a short bracket opening the sentence, and the dash after it. */
function stripBracketKicker(sentence: string): string {
  const close = sentence.startsWith('[') ? sentence.indexOf(']') : sentence.startsWith('(') ? sentence.indexOf(')') : -1;
  if (close < 0 || close > MAX_KICKER_CHARS) return sentence;
  return dropLeadingDashes(sentence.slice(close + 1));
}

/** "BREAKING: …", "EXCLUSIVE: …": the kicker goes, the sentence after it stays. */
function stripKicker(sentence: string): string {
  const label = labelOf(sentence);
  return label !== null && KICKERS.has(label) ? sentence.slice(sentence.indexOf(':') + 1).trimStart() : sentence;
}

function dropLeadingDashes(text: string): string {
  let at = 0;
  while (at < text.length && (text[at] === ' ' || text[at] === '—' || text[at] === '–' || text[at] === '-')) at++;
  return text.slice(at);
}
