/** Opening quotation marks and the closing marks each may pair with. Ordered by opening mark's code point. */
export const QUOTE_PAIRS: readonly (readonly [open: string, closers: string])[] = [
  ['"', '"'],
  ['«', '»'],
  ['»', '«'],
  ['‘', '’'],
  ['‚', '‘’'],
  ['“', '”'],
  ['„', '“”'],
  ['‹', '›'],
  ['「', '」'],
  ['『', '』'],
];
