/** Nouns that make a role when they stand before or after a name ("Defense Minister", "opposition leader"). Sorted, lower case. */
export const ROLE_NOUNS = [
  'adviser', 'advisor', 'ambassador', 'analyst', 'attorney', 'author', 'ceo', 'chair', 'chairman', 'chairwoman', 'chancellor',
  'chief', 'coach', 'commander', 'commissioner', 'congressman', 'congresswoman', 'councillor', 'councilman', 'councilwoman',
  'diplomat', 'director', 'economist', 'editor', 'envoy', 'executive', 'founder', 'general', 'governor', 'head', 'judge',
  'king', 'lawmaker', 'lawyer', 'leader', 'manager', 'mayor', 'minister', 'official', 'owner', 'premier', 'president',
  'prime minister', 'prince', 'professor', 'prosecutor', 'queen', 'representative', 'researcher', 'scientist', 'secretary',
  'senator', 'sheriff', 'speaker', 'spokesman', 'spokesperson', 'spokeswoman', 'spokesperson', 'superintendent', 'teacher',
].filter((noun, index, all) => all.indexOf(noun) === index);

/** Honorifics written before a name that are not part of it. Sorted, lower case, without the full stop. */
export const HONORIFICS = ['dr', 'gen', 'gov', 'lt', 'madame', 'monsieur', 'mr', 'mrs', 'ms', 'prof', 'rep', 'rev', 'sen', 'sgt', 'sir'];

/** Lower-case particles that may sit inside a name (van, de, al-, bin). Sorted. */
export const NAME_PARTICLES = ['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'st', 'ten', 'ter', 'van', 'von', 'y'];
