/** Prints what SayWho finds on a saved page or a URL: `npm run analyze -- <file.html | URL> [--url ORIGINAL] [--json]`. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Analysis } from '../utils/analysis';
import { analyseHtml } from './lib/analyse-html';

const USAGE = 'usage: npm run analyze -- <file.html | http(s) URL> [--url ORIGINAL_URL] [--json]';

async function main(argv: string[]): Promise<number> {
  const asJson = argv.includes('--json');
  const urlIndex = argv.indexOf('--url');
  const originalUrl = urlIndex >= 0 ? argv[urlIndex + 1] : undefined;
  const source = argv.find((arg, i) => !arg.startsWith('--') && (urlIndex < 0 || i !== urlIndex + 1));
  if (!source || (urlIndex >= 0 && !originalUrl)) {
    console.error(USAGE);
    return 2;
  }
  const { html, url } = await load(source);
  const analysis = analyseHtml(html, originalUrl ?? url);
  console.log(asJson ? JSON.stringify(analysis, null, 2) : formatReport(analysis));
  return 0;
}

async function load(source: string): Promise<{ html: string; url: string }> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return { html: await response.text(), url: response.url };
  }
  return { html: await readFile(source, 'utf8'), url: pathToFileURL(path.resolve(source)).href };
}

/** The analysis as a person reads it in a terminal. */
export function formatReport(analysis: Analysis): string {
  const { article } = analysis;
  const lines = [
    article.title || '(untitled)',
    [article.authors.join(', ') || 'no author', article.publisher ?? 'no publisher', article.published ?? 'no date'].join(' · '),
    article.url,
    '',
    analysis.isArticle ? `Summary: ${analysis.summary.text}` : 'This page does not look like an article.',
    '',
    'Key figures:',
    ...analysis.figures.map((f) => `  ${f.name}${f.role ? ` (${f.role})` : ''} — ${f.mentions} mentions, ${f.quoteCount} quotes`),
    '',
    'Key numbers:',
    ...analysis.numbers.map((n) => `  ${n.context}`),
    '',
    `Quotes (${analysis.quotes.length}):`,
    ...analysis.quotes.map((q) => `  “${q.text}” — ${q.speaker ?? 'unknown'}${q.partial ? ' (partial)' : ''} [${q.method}]`),
  ];
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
