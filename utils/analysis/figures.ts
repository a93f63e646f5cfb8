import type { Person } from './people';
import type { Figure, Quote } from './types';

/** The popup shows this many people at most; the rest are minor mentions. */
const MAX_FIGURES = 8;
/** A quotation says more about who matters in a story than a passing mention. */
const QUOTE_WEIGHT = 3;

/**
 * A run of capitals confirmed as a name only by its last word coming back alone ("Liquid Retina", "Mauna Kea") is as
 * often a product, a place or a heading as a person: it counts for half until something else shows a person.
 */
const UNEVIDENCED_WEIGHT = 0.5;

/** Whether the text shows a person: they hold a role, are quoted, or their title or given name says who they are. */
function isEvidentlyPerson(person: Person, quoteCount: number): boolean {
  return person.role !== null || quoteCount > 0 || (person.gender ?? null) !== null;
}

/** The people the story is about, most central first: quoted often, named often, named early. */
export function rankFigures(people: readonly Person[], quotes: readonly Quote[], textLength: number): Figure[] {
  const figures = people.map((person) => {
    const quoteCount = quotes.filter((quote) => quote.speaker === person.name).length;
    const firstAt = Math.min(...person.mentions.map((m) => m.start), textLength);
    const earliness = textLength > 0 ? 1 - firstAt / textLength : 0;
    return {
      figure: { name: person.name, role: person.role, aliases: person.aliases, mentions: person.mentions.length, quoteCount },
      score: (person.mentions.length + QUOTE_WEIGHT * quoteCount + earliness) * (isEvidentlyPerson(person, quoteCount) ? 1 : UNEVIDENCED_WEIGHT),
    };
  });
  return figures
    .filter(({ figure }) => figure.mentions > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_FIGURES)
    .map(({ figure }) => figure);
}
