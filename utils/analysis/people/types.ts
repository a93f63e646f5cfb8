import type { Span } from '../types';
import type { Gender } from './gender';

/** A person found in the text, with every place they are named. */
export interface Person {
  name: string;
  /** The last word of the name, by which the article usually refers to them again. */
  surname: string;
  role: string | null;
  aliases: string[];
  mentions: Span[];
  /** The article's language declines names ("Moyes", "Moyese", "Moyesem"), so other endings still name this person. */
  isInflected: boolean;
  /** What the text shows of their gender (a title, a role, a given name), or null when it shows nothing. */
  gender?: Gender | null;
}
