import { describe, expect, it } from 'vitest';
import { analyseHtml } from '../../../scripts/lib/analyse-html';

/** A strike story written by us in the shape of a news page: its furniture shares the headline's words. */
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour workers strike at Port Ellery</title>
<meta name="description" content="Harbour workers at Port Ellery walked out on Tuesday."></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
  <h1>Harbour workers strike at Port Ellery</h1>
  <p>By Jane Doe</p>
  <p>Updated 6:22 AM EST, Tuesday, November 19, 2024</p>
  <figure><img src="crane.jpg" alt=""><p>Harbour workers strike outside the Port Ellery terminal gates at dawn on Tuesday.</p><p>Jane Doe | Getty Images</p></figure>
  <p><a href="/news/strike-vote">Related: Port Ellery harbour workers vote to strike in November</a></p>
  <p>Sign up for our newsletter to get every Port Ellery strike update in your inbox.</p>
  <p>PORT ELLERY, Maine — Hundreds of dock workers walked off the job on Tuesday, halting cargo traffic at the port after talks on a new pay deal broke down overnight.</p>
  <p>The union said the walkout would last until the port authority returned to the table with a better offer for its members, who have had no rise in three years.</p>
  <p>The port authority said it regretted the decision and hoped to resume talks before the end of the week, when two container ships are due to dock.</p>
</article>
<footer>© Port Ellery Courier</footer></body></html>`;

describe('the summary of a whole page', () => {
  it('is the lead sentence of the story, not its byline, date line, caption, related link or newsletter box', () => {
    const analysis = analyseHtml(PAGE, 'https://courier.example/news/harbour-strike');
    expect(analysis.summary).toEqual({
      text: 'Hundreds of dock workers walked off the job on Tuesday, halting cargo traffic at the port after talks on a new pay deal broke down overnight.',
      method: 'lead-sentence',
    });
  });
});
