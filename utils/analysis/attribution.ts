import type { Person } from './people';
import { resolveName } from './people';
import type { AttributionMethod } from './types';
import { SPEECH_VERBS } from './words/speech-verbs';
import { ROLE_NOUNS } from './words/person-titles';

/** Who a quotation's own sentence says spoke it, before pronouns and roles are resolved to people. */
export interface Cue {
  /** How the speaker is written: a name, a pronoun or a role phrase. */
  subject: string;
  kind: 'name' | 'pronoun' | 'role';
  method: AttributionMethod;
}

/**
 * Patterns are case-sensitive, since a capital letter is what tells a name; `anyCase` lets a word open a sentence.
 * (With the `i` flag, \p{Lu} would match lower-case letters too.)
 */
function anyCase(words: readonly string[]): string {
  return words.map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`).join('|');
}

const VERB = `(?:${anyCase([...SPEECH_VERBS].sort((a, b) => b.length - a.length))})`;
const NAME = String.raw`(?:\p{Lu}[\p{L}'’\-]*\.?(?: (?:(?:al|bin|de|del|der|di|du|el|ibn|la|le|van|von) )?\p{Lu}[\p{L}'’\-]*\.?){0,4})`;
const PRONOUN = `(?:${anyCase(['he', 'she', 'they', 'il', 'elle', 'ils', 'elles', 'er', 'sie', 'él', 'ella', 'ellos', 'on', 'ona', 'oni'])})`;
const ROLE = String.raw`(?:(?:${anyCase(['the', 'a', 'an', 'one', 'another', 'le', 'la', 'der', 'die', 'el'])})\s+(?:[\p{L}-]+\s+){0,3}(?:${ROLE_NOUNS.join('|')}|source|sources|statement|officials?|spokesperson))`;
const SUBJECT = `(${NAME}|${ROLE}|${PRONOUN})`;
const ADVERBS = String.raw`(?:\s+(?:also|later|then|once|further|previously|recently|earlier|on \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+day))?`;

/** “…,” Gallant said. / “…,” he added. / “…,” the minister said. */
const SUBJECT_THEN_VERB_AFTER = new RegExp(String.raw`^\s*[,.!?—–-]?\s*${SUBJECT}${ADVERBS}\s+(?:has\s+|had\s+)?${VERB}\b`, 'u');
/** “…,” said Lapid. / “…,” said the minister. */
const VERB_THEN_SUBJECT_AFTER = new RegExp(String.raw`^\s*[,.!?—–-]?\s*${VERB}\s+${SUBJECT}`, 'u');
/** “…,” according to Gallant. */
const ACCORDING_TO_AFTER = new RegExp(String.raw`^\s*[,.—–-]?\s*(?:according to|selon|laut|según|podle)\s+${SUBJECT}`, 'u');
/** Gallant said: “… / Gallant said that the “… */
const SUBJECT_THEN_VERB_BEFORE = new RegExp(String.raw`${SUBJECT}${ADVERBS}\s+(?:has\s+|had\s+)?${VERB}\b[^.!?“”"«»]*$`, 'u');
/** … said Lapid: “… */
const VERB_THEN_SUBJECT_BEFORE = new RegExp(String.raw`${VERB}\s+${SUBJECT}[^.!?“”"«»]*$`, 'u');
/** Gallant: “… */
const COLON_BEFORE = new RegExp(String.raw`(${NAME}|${ROLE})\s*:\s*$`, 'u');

/** Reads the attribution written around a quotation: `after` starts right after its closing mark, `before` ends at its opening mark. */
export function findCue(before: string, after: string): Cue | null {
  const tries: [RegExp, string, AttributionMethod][] = [
    [SUBJECT_THEN_VERB_AFTER, after, 'cue-verb'],
    [VERB_THEN_SUBJECT_AFTER, after, 'cue-verb'],
    [ACCORDING_TO_AFTER, after, 'according-to'],
    [COLON_BEFORE, before, 'colon'],
    [SUBJECT_THEN_VERB_BEFORE, before, 'cue-verb'],
    [VERB_THEN_SUBJECT_BEFORE, before, 'cue-verb'],
  ];
  for (const [pattern, context, method] of tries) {
    const subject = cleanSubject(context.match(pattern)?.[1] ?? '');
    if (subject && isSubject(subject)) return { subject, kind: kindOf(subject), method: refineMethod(subject, method) };
  }
  return null;
}

/** Capitalised sentence openers that the name pattern would otherwise take for a subject. */
const NOT_SUBJECTS = /^(but|and|the|this|that|it|we|i|you|they|there|in|on|as|so|then|when|what|which|who)$/i;

function isSubject(subject: string): boolean {
  return !NOT_SUBJECTS.test(subject);
}

function kindOf(subject: string): Cue['kind'] {
  if (new RegExp(`^${PRONOUN}$`, 'u').test(subject)) return 'pronoun';
  if (/^\p{Ll}/u.test(subject) || new RegExp(`^${ROLE}$`, 'u').test(subject)) return 'role';
  return 'name';
}

function refineMethod(subject: string, method: AttributionMethod): AttributionMethod {
  const kind = kindOf(subject);
  if (kind === 'pronoun') return 'pronoun';
  if (kind === 'role') return 'role-noun';
  return method;
}

/** Turns a cue into a speaker: a name to the full name, a pronoun to the person last named, a role to who holds it. */
export function resolveCue(cue: Cue, people: readonly Person[], position: number): string | null {
  if (cue.kind === 'name') return resolveName(cue.subject, people)?.name ?? cleanSubject(cue.subject);
  if (cue.kind === 'pronoun') return lastPersonBefore(people, position)?.name ?? null;
  const roleWords = cue.subject.toLowerCase().split(/\s+/).slice(1);
  const holder = lastPersonBefore(
    people.filter((person) => person.role && roleWords.some((word) => person.role!.toLowerCase().includes(word))),
    position,
  );
  return holder?.name ?? cue.subject.toLowerCase();
}

function cleanSubject(subject: string): string {
  return subject.trim().replace(/[.,;:]+$/, '').replace(/['’]s$/, '');
}

/** The person whose latest mention before `position` is the latest of all. */
export function lastPersonBefore(people: readonly Person[], position: number): Person | null {
  let best: Person | null = null;
  let bestAt = -1;
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.start < position && mention.start > bestAt) {
        best = person;
        bestAt = mention.start;
      }
    }
  }
  return best;
}
