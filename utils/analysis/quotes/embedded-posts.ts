import type { TextBlock } from '../../article/types';
import type { Cue } from '../attribution';
import { CAPITAL_RANGES, characterAt, isCapitalLetter } from '../text/letters';

/**
 * The signature line of an embedded post: "— Rosa Delgado (@MayorDelgado) March 14, 2025", as X/Twitter, Mastodon and
 * Threads embeds print it under the post's text, either on its own line or at the end of the same block.
 */
const SIGNATURE = new RegExp(String.raw`(?:^|\s)[—–-]\s*([${CAPITAL_RANGES}][^()@\n—–]{1,60}?)\s*\((@[\w.@-]+)\)[^\n]*$`);

/** The signature in a block's text, if its name opens on a capital (which SIGNATURE, free of `\p{Lu}`, leaves to code). */
function signatureIn(blockText: string): RegExpMatchArray | null {
  const match = blockText.match(SIGNATURE);
  return match && isCapitalLetter(characterAt(match[1]!, 0)) ? match : null;
}

/** Whether a block is nothing but a post's signature line (never a quotation itself). */
export function isSignatureBlock(text: string, block: TextBlock): boolean {
  if (block.kind !== 'blockquote') return false;
  const match = signatureIn(text.slice(block.start, block.end));
  return match !== null && match.index === 0;
}

/** Where an embedded post's own text ends: before a signature at the end of its block, or at the block's end. */
export function postTextEnd(text: string, block: TextBlock): number {
  const match = signatureIn(text.slice(block.start, block.end));
  return match && match.index !== undefined && match.index > 0 ? block.start + match.index : block.end;
}

/** The author a post's signature names, in its own block or in the next one, as the quotation's cue. */
export function signatureCue(text: string, blocks: readonly TextBlock[], blockIndex: number): Cue | null {
  for (const block of [blocks[blockIndex], blocks[blockIndex + 1]]) {
    if (!block || block.kind !== 'blockquote') continue;
    const match = signatureIn(text.slice(block.start, block.end));
    if (!match?.[1] || match.index === undefined) continue;
    const start = block.start + match.index + match[0].indexOf(match[1]);
    return { mention: { text: match[1].trim(), start, end: start + match[1].trim().length, kind: 'name', isDefinite: true }, method: 'signature' };
  }
  return null;
}
