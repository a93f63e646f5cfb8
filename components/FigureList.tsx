import type { Figure } from '@/utils/analysis/types';
import { styleOf } from '@/utils/highlight/palette';
import type { SpeakerStyle } from '@/utils/highlight/types';
import SpeakerSwatch from './SpeakerSwatch';
import { t } from '@/utils/i18n';

export interface FigureListProps {
  figures: Figure[];
  /** Each speaker's colour on the page, shown as a swatch. */
  styles?: SpeakerStyle[];
}

/** The people the story is about, with their role and how often they are quoted. */
export default function FigureList({ figures, styles = [] }: FigureListProps) {
  if (figures.length === 0) return null;
  return (
    <section class="section" aria-labelledby="figures-heading">
      <h2 id="figures-heading" class="section-title">{t('figuresHeading')}</h2>
      <ul class="figure-list">
        {figures.map((figure) => (
          <li key={figure.name} class="figure">
            <span class="figure-name">
              <SpeakerSwatch style={styleOf(styles, figure.name)} />
              {figure.name}
            </span>
            {figure.role && <span class="figure-role">{figure.role}</span>}
            <span class="figure-count">{figure.quoteCount === 1 ? t('quoteCountOne') : t('quoteCountMany', figure.quoteCount)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
