import type { Article } from '../article/types';
import { rankFigures } from './figures';
import { findNameRuns } from './people/name-runs';
import { findKeyNumbers } from './numbers';
import { findPeople } from './people';
import type { SpeakerChoosing } from './quotes';
import { findQuotes } from './quotes';
import { summarise } from './summary';
import type { Analysis } from './types';

/** Analyses an article (`choosing` is for the script that fits the speaker weights): who is quoted saying what, who the story is about, its key numbers and its gist. Pure. */
export function analyseArticle(article: Article, choosing: SpeakerChoosing = {}): Analysis {
  const { text, blocks, metadata } = article;
  // Capitalised runs are read once: people are found among them, and quotations' speakers are matched against them.
  const nameRuns = findNameRuns(text);
  const people = findPeople(text, metadata.authors, metadata.lang, nameRuns);
  const quotes = findQuotes(text, blocks, people, nameRuns, choosing, metadata.lang);
  return {
    article: { ...metadata, dir: article.dir },
    isArticle: article.isArticle,
    summary: summarise(text, blocks, metadata.description, metadata.title, article.isArticle),
    figures: rankFigures(people, quotes, text.length),
    numbers: findKeyNumbers(text, quotes.map((quote) => quote.span), blocks),
    quotes,
    wordCount: countWords(text),
  };
}

/** Runs of non-space characters: one native match (a third faster over the corpus than splitting and filtering). */
function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export type * from './types';
