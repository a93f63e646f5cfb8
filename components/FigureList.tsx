import type { Figure } from '@/utils/analysis/types';

export interface FigureListProps {
  figures: Figure[];
}

/** The people the story is about, with their role and how often they are quoted. */
export default function FigureList({ figures }: FigureListProps) {
  if (figures.length === 0) return null;
  return (
    <section class="section" aria-labelledby="figures-heading">
      <h2 id="figures-heading" class="section-title">Key figures</h2>
      <ul class="figure-list">
        {figures.map((figure) => (
          <li key={figure.name} class="figure">
            <span class="figure-name">{figure.name}</span>
            {figure.role && <span class="figure-role">{figure.role}</span>}
            <span class="figure-count">{figure.quoteCount === 1 ? '1 quote' : `${figure.quoteCount} quotes`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
