import { speakerCertainty } from '../analysis/certainty';
import { aroundNumber } from '../analysis/number-context';
import type { Analysis, KeyNumber, Quote } from '../analysis/types';

/** What the Markdown needs besides the analysis: the formatted citation and a link to each quote's passage. */
export interface MarkdownContext {
  citation: string;
  quoteLink: (quote: Quote) => string;
}

/** The whole analysis as Markdown: title, citation, summary, people, numbers and quotes with links to each passage. */
export function analysisToMarkdown(analysis: Analysis, context: MarkdownContext): string {
  const { article } = analysis;
  const sections = [
    `# ${escapeMarkdown(article.title || article.url)}`,
    `> ${escapeMarkdown(context.citation)}`,
    analysis.isArticle && analysis.summary.text ? `## Summary\n\n${escapeMarkdown(analysis.summary.text)}` : '',
    analysis.figures.length ? `## Key figures\n\n${analysis.figures.map(figureLine).join('\n')}` : '',
    analysis.numbers.length ? `## Key numbers\n\n${analysis.numbers.map(numberLine).join('\n')}` : '',
    analysis.quotes.length ? `## Quotes\n\n${analysis.quotes.map((quote) => quoteLine(quote, context.quoteLink(quote))).join('\n')}` : '',
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

function figureLine(figure: Analysis['figures'][number]): string {
  const role = figure.role ? `, ${escapeMarkdown(figure.role)}` : '';
  const quotes = figure.quoteCount === 1 ? '1 quote' : `${figure.quoteCount} quotes`;
  return `- **${escapeMarkdown(figure.name)}**${role} (${quotes})`;
}

/** "- closures of the bridge rose to **214** last year". */
function numberLine(number: KeyNumber): string {
  const { before, after } = aroundNumber(number);
  return `- ${[escapeMarkdown(before), `**${escapeMarkdown(number.text)}**`, escapeMarkdown(after)].filter(Boolean).join(' ')}`;
}

/** The speaker as sure as the analysis is: a name, "probably …", "speaker unclear (perhaps …)", or unknown. */
function speakerText(quote: Quote): string {
  const name = escapeMarkdown(quote.speaker ?? '');
  switch (speakerCertainty(quote)) {
    case 'certain': return name;
    case 'probable': return `probably ${name}`;
    case 'unclear': return `speaker unclear (perhaps ${name})`;
    case 'unknown': return 'speaker unknown';
  }
}

function quoteLine(quote: Quote, link: string): string {
  const speaker = speakerText(quote);
  return `- “${escapeMarkdown(quote.text)}” — ${speaker} ([passage](${link.replace(/\)/g, '%29')}))`;
}

/** Page text must not turn into Markdown syntax (links, emphasis, headings, HTML) when pasted into a note. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}
