import type { KeyNumber } from './types';

/**
 * The words of a key number's context before it and after it, for the popup and the exports to set the number apart.
 * Kept apart from numbers.ts so that the popup need not load the number finder and its word lists.
 */
export function aroundNumber(number: KeyNumber): { before: string; after: string } {
  const { context, numberAt, text } = number;
  return { before: context.slice(0, numberAt).trim(), after: context.slice(numberAt + text.length).trim() };
}
