/** Subject pronouns that stand for a person already named. English, French, German, Spanish, Czech. Sorted, lower case. */
export const PERSON_PRONOUNS = ['ella', 'elle', 'er', 'he', 'il', 'on', 'ona', 'she', 'sie', 'él'];

/**
 * Words of PERSON_PRONOUNS that a language (by its primary subtag) writes as something else: Czech "on" is "he", but
 * English "on" is a preposition and French "on" is "one". Pages in other languages, or that do not say, keep them all,
 * so that a page whose language is mislabelled loses no pronoun of its own. Each list sorted, lower case.
 */
export const NOT_PRONOUNS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  en: ['on'],
  fr: ['on'],
};

/** Subject pronouns that stand for an organisation or a document already named. Sorted, lower case. */
export const THING_PRONOUNS = ['it', 'they'];
