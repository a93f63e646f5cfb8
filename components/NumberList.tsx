import type { KeyNumber } from '@/utils/analysis/types';
import { t } from '@/utils/i18n';

export interface NumberListProps {
  numbers: KeyNumber[];
}

/** The figures that matter in the story, each with what it counts. */
export default function NumberList({ numbers }: NumberListProps) {
  if (numbers.length === 0) return null;
  return (
    <section class="section" aria-labelledby="numbers-heading">
      <h2 id="numbers-heading" class="section-title">{t('numbersHeading')}</h2>
      <ul class="number-list">
        {numbers.map((number) => (
          <li key={number.span.start} class="number">
            <strong class="number-value">{number.text}</strong> <span class="number-context">{number.context.slice(number.text.length).trim()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
