import type { Mention } from './mentions';
import type { Person } from './people';
import { resolveName } from './people';
import type { Span } from './types';

/** Everything the resolver needs to know about the article: its people and every mention outside quotations, in order. */
export interface SpeakerContext {
  people: readonly Person[];
  /** Mentions outside quotations, in text order. */
  mentions: readonly Mention[];
  /** Sentences of the prose (not captions), in text order. */
  sentences: readonly Span[];
}

/** How many sentences back a pronoun or a role may reach for the person it stands for. */
const MAX_SENTENCES_BACK = 6;

/** A mention that may name a speaker: not a lone capitalised sentence opener that names nobody known. */
export function isUsableMention(mention: Mention, people: readonly Person[]): boolean {
  if (mention.kind !== 'name') return true;
  return !mention.isOpener || resolveName(mention.text, people) !== null;
}

/** Whether a mention names a known person. */
export function isPersonMention(mention: Mention, people: readonly Person[]): boolean {
  return mention.kind === 'name' && resolveName(mention.text, people) !== null;
}

/** Turns a mention into a speaker: a name to the full name, a pronoun or a definite role to the person meant. */
export function resolveMention(mention: Mention, context: SpeakerContext): string | null {
  switch (mention.kind) {
    case 'name':
      return resolveName(mention.text, context.people)?.name ?? cleanName(mention.text);
    case 'person-pronoun':
      return previousSubject(context, mention.start, 'person');
    case 'thing-pronoun':
      return previousSubject(context, mention.start, 'thing');
    case 'role':
      return mention.isDefinite ? (roleHolder(mention, context) ?? previousSubject(context, mention.start, 'person')) : describe(mention.text);
  }
}

/** The subject of the nearest earlier sentence that has one of the right kind: a person, or an organisation for "it". */
export function previousSubject(context: SpeakerContext, position: number, want: 'person' | 'thing'): string | null {
  const sentences = context.sentences.filter((s) => s.start < position);
  for (let i = sentences.length - 1, seen = 0; i >= 0 && seen < MAX_SENTENCES_BACK; i--, seen++) {
    const sentence = sentences[i]!;
    const end = Math.min(sentence.end, position);
    for (const mention of context.mentions) {
      if (mention.start < sentence.start || mention.end > end || mention.kind !== 'name') continue;
      const person = resolveName(mention.text, context.people);
      if (want === 'person' && person) return person.name;
      if (want === 'thing' && !person && !mention.isOpener) return cleanName(mention.text);
    }
  }
  return null;
}

/** The person whose role contains the role phrase's noun, named most recently before it. */
function roleHolder(mention: Mention, context: SpeakerContext): string | null {
  const words = mention.text.toLowerCase().split(/\s+/).slice(1);
  const noun = words[words.length - 1] ?? '';
  const holders = context.people.filter((person) => person.role?.toLowerCase().split(/\s+/).includes(noun));
  let best: Person | null = null;
  let bestAt = -1;
  for (const person of holders) {
    const at = Math.max(-1, ...person.mentions.filter((m) => m.start < mention.start).map((m) => m.start));
    if (at > bestAt) [best, bestAt] = [person, at];
  }
  return best?.name ?? null;
}

function cleanName(name: string): string {
  return name.replace(/^(?:the|The)\s+/, '').replace(/[.,;:]+$/, '');
}

/** An unnamed speaker is named by the article's own words: "a senior US official". */
function describe(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
