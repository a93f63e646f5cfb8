import type { SpeakerStyle } from '@/utils/highlight/types';
import './highlight.css';

export interface SpeakerSwatchProps {
  style: SpeakerStyle | undefined;
}

/** A small sample of how a speaker's quotes are marked on the page: the tint with the underline beneath it. */
export default function SpeakerSwatch({ style }: SpeakerSwatchProps) {
  if (!style) return null;
  return (
    <span
      class="speaker-swatch"
      aria-hidden="true"
      data-colour={style.colour}
      style={{ backgroundColor: style.tint, borderBottom: `3px ${style.line} ${style.colour}` }}
    />
  );
}
