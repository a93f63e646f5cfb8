/** Subject pronouns that stand for a person already named. English, French, German, Spanish, Czech. Sorted, lower case. */
export const PERSON_PRONOUNS = ['ella', 'elle', 'er', 'he', 'il', 'on', 'ona', 'she', 'sie', 'él'];

/** Subject pronouns that stand for an organisation or a document already named. Sorted, lower case. */
export const THING_PRONOUNS = ['it', 'they'];
