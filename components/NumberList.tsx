import { aroundNumber } from '@/utils/analysis/number-context';
import type { KeyNumber } from '@/utils/analysis/types';
import { t } from '@/utils/i18n';

export interface NumberListProps {
  numbers: KeyNumber[];
}

/** "closures of the bridge rose to **214** last year": the number stands out in the words that say what it counts. */
function NumberInContext({ number }: { number: KeyNumber }) {
  const { before, after } = aroundNumber(number);
  return (
    <>
      {before && <span class="number-context">{before} </span>}
      <strong class="number-value">{number.text}</strong>
      {after && <span class="number-context"> {after}</span>}
    </>
  );
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
            <NumberInContext number={number} />
          </li>
        ))}
      </ul>
    </section>
  );
}
