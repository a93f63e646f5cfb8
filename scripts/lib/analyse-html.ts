import { parseHTML } from 'linkedom';
import { analyseArticle } from '../../utils/analysis';
import type { Analysis } from '../../utils/analysis';
import { extractArticle } from '../../utils/article';

/**
 * Runs the extension's pipeline on saved HTML in Node. linkedom stands in for the browser's DOM: unlike jsdom it
 * does not parse CSS, which throws on some real pages, and it reads every page of the corpus.
 */
export function analyseHtml(html: string, url: string): Analysis {
  const { document } = parseHTML(html);
  return analyseArticle(extractArticle(document as unknown as Document, url));
}
