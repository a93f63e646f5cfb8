import { describe, expect, it } from 'vitest';
import { formatWithCsl } from '@/utils/citation/csl-engine';
import { toCslItem } from '@/utils/citation/csl-item';
import type { CslStyle } from '@/utils/citation/types';
import { ACCESSED, ARTICLES } from './fixtures';

const URL_ = 'https://courier.example/news/harbour-tunnel';

/** Expected entries, written from the style manuals' rules for online news articles. */
const EXPECTED: [CslStyle, keyof typeof ARTICLES, string][] = [
  ['apa', 'one', `Ruiz, A. M. (2021, May 6). Harbour tunnel approved after long debate. <i>The Courier</i>. ${URL_}`],
  ['apa', 'several', `Ruiz, A., Wei, L., de Jong, M., &#38; Holm, S. (2021, May 6). Harbour tunnel approved after long debate. <i>The Courier</i>. ${URL_}`],
  ['apa', 'organisation', `Harbour tunnel approved after long debate. (2021, May 6). <i>The Courier</i>. ${URL_}`],
  ['apa', 'noAuthor', `<i>Notes on harbour tunnels</i>. (2021, May 6). ${URL_}`],
  ['apa', 'noDate', `Ruiz, A. M. (n.d.). Harbour tunnel approved after long debate. <i>The Courier</i>. Retrieved November 25, 2026, from ${URL_}`],
  ['mla', 'one', `Ruiz, Ana María. “Harbour Tunnel Approved after Long Debate.” <i>The Courier</i>, 6 May 2021, ${URL_}.`],
  ['mla', 'several', `Ruiz, Ana, et al. “Harbour Tunnel Approved after Long Debate.” <i>The Courier</i>, 6 May 2021, ${URL_}.`],
  ['mla', 'organisation', `“Harbour Tunnel Approved after Long Debate.” <i>The Courier</i>, 6 May 2021, ${URL_}.`],
  ['mla', 'noAuthor', `<i>Notes on Harbour Tunnels</i>. 6 May 2021, ${URL_}.`],
  ['mla', 'noDate', `Ruiz, Ana María. “Harbour Tunnel Approved after Long Debate.” <i>The Courier</i>, ${URL_}. Accessed 25 Nov. 2026.`],
  ['chicago', 'one', `Ruiz, Ana María. “Harbour Tunnel Approved after Long Debate.” <i>The Courier</i>, May 6, 2021. ${URL_}.`],
  ['chicago', 'several', `Ruiz, Ana, Li Wei, Michiel de Jong, and Sara Holm. “Harbour Tunnel Approved after Long Debate.” <i>The Courier</i>, May 6, 2021. ${URL_}.`],
  ['chicago', 'organisation', `<i>The Courier</i>. “Harbour Tunnel Approved after Long Debate.” May 6, 2021. ${URL_}.`],
  // CMOS 14.207 would close the title with a period; the official style, lacking a site name, closes it with a comma.
  ['chicago', 'noAuthor', `“Notes on Harbour Tunnels,” May 6, 2021. ${URL_}.`],
  ['chicago', 'noDate', `Ruiz, Ana María. “Harbour Tunnel Approved after Long Debate.” <i>The Courier</i>. Accessed November 25, 2026. ${URL_}.`],
  ['chicago-note', 'one', `Ana María Ruiz, “Harbour Tunnel Approved after Long Debate,” <i>The Courier</i>, May 6, 2021, ${URL_}.`],
  ['chicago-note', 'several', `Ana Ruiz et al., “Harbour Tunnel Approved after Long Debate,” <i>The Courier</i>, May 6, 2021, ${URL_}.`],
  ['chicago-note', 'organisation', `“Harbour Tunnel Approved after Long Debate,” <i>The Courier</i>, May 6, 2021, ${URL_}.`],
  ['chicago-note', 'noAuthor', `“Notes on Harbour Tunnels,” May 6, 2021, ${URL_}.`],
  ['chicago-note', 'noDate', `Ana María Ruiz, “Harbour Tunnel Approved after Long Debate,” <i>The Courier</i>, accessed November 25, 2026, ${URL_}.`],
  ['harvard', 'one', `Ruiz, A.M. (2021) ‘Harbour tunnel approved after long debate’, <i>The Courier</i>, 6 May. Available at: ${URL_} (Accessed: 25 November 2026).`],
  ['harvard', 'several', `Ruiz, A. <i>et al.</i> (2021) ‘Harbour tunnel approved after long debate’, <i>The Courier</i>, 6 May. Available at: ${URL_} (Accessed: 25 November 2026).`],
  ['harvard', 'organisation', `<i>The Courier</i> (2021) ‘Harbour tunnel approved after long debate’, 6 May. Available at: ${URL_} (Accessed: 25 November 2026).`],
  ['harvard', 'noAuthor', `<i>Notes on harbour tunnels</i> (2021). Available at: ${URL_} (Accessed: 25 November 2026).`],
  ['harvard', 'noDate', `Ruiz, A.M. (no date) ‘Harbour tunnel approved after long debate’, <i>The Courier</i>. Available at: ${URL_} (Accessed: 25 November 2026).`],
];

describe('CSL styles with citeproc-js', () => {
  it.each(EXPECTED)('%s, %s article', (style, article, expected) => {
    expect(formatWithCsl(toCslItem(ARTICLES[article], ACCESSED), style).html).toBe(expected);
  }, 60_000);

  it('gives plain text without tags or entities', () => {
    const { text } = formatWithCsl(toCslItem(ARTICLES.several, ACCESSED), 'apa');
    expect(text).toBe(`Ruiz, A., Wei, L., de Jong, M., & Holm, S. (2021, May 6). Harbour tunnel approved after long debate. The Courier. ${URL_}`);
  }, 60_000);
});
