/**
 * Nouns that make a role when they stand before or after a name ("Defense Minister", "opposition leader",
 * "député socialiste") or after a determiner ("the minister"). English, French, German, Spanish, Czech. Sorted, lower case.
 */
export const ROLE_NOUNS = [
  'actor', 'actress', 'adviser', 'advisor', 'ambassador', 'analyst', 'analytik', 'attorney', 'author', 'autor', 'bek',
  'candidate', 'ceo', 'chair', 'chairman', 'chairwoman', 'champion', 'chancellor', 'chef', 'chief', 'coach', 'columnist',
  'commander', 'commissioner', 'congressman', 'congresswoman', 'correspondent', 'councillor', 'councilman', 'councilwoman',
  'democrat', 'député', 'diputado', 'diplomat', 'director', 'directeur', 'directora', 'director', 'doctor', 'economist',
  'editor', 'elder', 'envoy', 'executive', 'expert', 'fellow', 'founder', 'general', 'generál', 'governor', 'guvernér',
  'head', 'historian', 'inspector', 'investor', 'journalist', 'judge', 'kanzler', 'kanzlerin', 'king', 'lawmaker', 'lawyer',
  'leader', 'líder', 'manager', 'manažer', 'mayor', 'minister', 'ministerin', 'ministr', 'ministre', 'ministro', 'mluvčí',
  'négociateur', 'officer', 'official', 'owner', 'partner', 'player', 'politician', 'porte-parole', 'portavoz', 'premier',
  'president', 'presidenta', 'presidente', 'prezident', 'prezidentka', 'prince', 'princess', 'professor', 'profesor',
  'prosecutor', 'präsident', 'präsidentin', 'queen', 'ranger', 'rector', 'representative', 'republican', 'reporter',
  'researcher', 'resident', 'scientist', 'secretary', 'senator', 'sénateur', 'sheriff', 'speaker', 'spokesman',
  'spokesperson', 'spokeswoman', 'sprecher', 'sprecherin', 'student', 'superintendent', 'teacher', 'trainer', 'trenér',
  'vice-president', 'writer', 'útočník',
].filter((noun, index, all) => all.indexOf(noun) === index);

/**
 * Nouns that name an unnamed speaker or a speaking body ("a senior US official", "the company", "her mother",
 * "una fuente"), which stand as the speaker when no person is named. Sorted, lower case.
 */
export const SOURCE_NOUNS = [
  'agency', 'authorities', 'board', 'brother', 'committee', 'company', 'daughter', 'department', 'father', 'firm', 'fuente',
  'fuentes', 'government', 'gouvernement', 'husband', 'informe', 'loi', 'ministry', 'mother', 'officials', 'police',
  'report', 'sister', 'son', 'source', 'sources', 'spokesperson', 'wife', 'witness', 'witnesses',
];

/** Honorifics written before a name that are not part of it. Sorted, lower case, without the full stop. */
export const HONORIFICS = [
  'dr', 'frau', 'gen', 'gov', 'herr', 'lt', 'madame', 'mme', 'monsieur', 'mr', 'mrs', 'ms', 'pan', 'paní', 'prof', 'rep',
  'rev', 'sen', 'señor', 'señora', 'sgt', 'sir',
];

/** Lower-case particles that may sit inside a name (van, de, al-, bin). Sorted. */
export const NAME_PARTICLES = [
  'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'ten', 'ter',
  'van', 'von', 'y',
];

/** Words that open a phrase naming someone by role ("the minister", "her mother", "una fuente"). Sorted, lower case. */
export const DETERMINERS = [
  'a', 'an', 'another', 'der', 'die', 'ein', 'eine', 'el', 'her', 'his', 'its', 'la', 'le', 'one', 'the', 'their', 'un',
  'una', 'une',
];
