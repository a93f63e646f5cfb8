import type { Person } from './people';
import type { Figure, Quote } from './types';

/** The popup shows this many people at most; the rest are minor mentions. */
const MAX_FIGURES = 8;
/** A quotation says more about who matters in a story than a passing mention. */
const QUOTE_WEIGHT = 2;

/** The people the story is about, most central first: quoted often, named often, named early. */
export function rankFigures(people: readonly Person[], quotes: readonly Quote[], textLength: number): Figure[] {
  const figures = people.map((person) => {
    const quoteCount = quotes.filter((quote) => quote.speaker === person.name).length;
    const firstAt = Math.min(...person.mentions.map((m) => m.start), textLength);
    const earliness = textLength > 0 ? 1 - firstAt / textLength : 0;
    return {
      figure: { name: person.name, role: person.role, aliases: person.aliases, mentions: person.mentions.length, quoteCount },
      score: person.mentions.length + QUOTE_WEIGHT * quoteCount + earliness,
    };
  });
  return figures
    .filter(({ figure }) => figure.mentions > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_FIGURES)
    .map(({ figure }) => figure);
}
