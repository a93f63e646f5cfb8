/**
 * Nouns that make a role when they stand before or after a name ("Defense Minister", "opposition leader",
 * "député socialiste") or after a determiner ("the minister"). English, French, German, Spanish, Czech. Sorted, lower case.
 */
export const ROLE_NOUNS = [
  'abgeordnete', 'abogado', 'activist', 'actor', 'actress', 'administrator', 'admiral', 'adviser', 'advisor',
  'advocate', 'aide', 'alcalde', 'alcaldesa', 'alderman', 'alderwoman', 'ambassador', 'analyst', 'analytik',
  'anchor', 'archbishop', 'architect', 'artist', 'assemblyman', 'assemblywoman', 'attorney', 'author', 'autor',
  'avocat', 'avocate', 'bek', 'billionaire', 'bishop', 'businessman', 'businesswoman', 'bürgermeister',
  'bürgermeisterin', 'campaigner', 'candidate', 'captain', 'ceo', 'cfo', 'chair', 'chairman',
  'chairwoman', 'champion', 'chancellor', 'chaplain', 'chef', 'chercheur', 'chercheuse', 'chief', 'co-founder',
  'coach', 'colonel', 'columnist', 'comedian', 'commander', 'commentator', 'commissioner', 'communist', 'communiste',
  'comunista', 'confidant', 'congressman', 'congresswoman', 'conservador', 'conservative', 'consultant', 'coo',
  'coordinator', 'correspondent', 'councillor', 'councilman', 'councilwoman', 'dean', 'defender', 'democrat',
  'designer', 'detective', 'diplomat', 'diputada', 'diputado', 'directeur', 'director', 'directora', 'directrice',
  'doctor', 'donor', 'député', 'députée', 'ecologist', 'economist', 'economista', 'editor', 'ekonom', 'elder',
  'engineer', 'envoy', 'escritor', 'executive', 'expert', 'fellow', 'filósofo', 'fiscal', 'forward', 'founder',
  'general', 'generál', 'goalkeeper', 'governor', 'guvernér', 'head', 'historiador', 'historian', 'historien',
  'imam', 'inspector', 'investor', 'journalist', 'journaliste', 'judge', 'juez', 'jueza', 'juge', 'jurist',
  'jurista', 'juriste', 'justice', 'kanzler', 'kanzlerin', 'king', 'lawmaker', 'lawyer', 'leader', 'liberal',
  'lieutenant', 'líder', 'maire', 'manager', 'manažer', 'marshal', 'mayor', 'mediator', 'midfielder', 'minister',
  'ministerin', 'ministr', 'ministra', 'ministre', 'ministro', 'ministryně', 'mluvčí', 'moderator', 'negotiator',
  'nominee', 'novelist', 'nurse', 'négociateur', 'officer', 'official', 'operative', 'organisateur', 'organiser', 'organizer',
  'owner', 'partner', 'pastor', 'periodista', 'philosophe', 'philosopher', 'physician', 'pilot', 'player', 'poet',
  'politician', 'politologue', 'politólogo', 'pollster', 'portavoz', 'porte-parole', 'poslanec', 'poslankyně', 'premier',
  'president', 'president-elect', 'presidenta', 'presidente', 'prezident', 'prezidentka', 'priest', 'prince', 'princess', 'profesor',
  'professor', 'prosecutor', 'provost', 'präsident', 'präsidentin', 'président', 'présidente', 'předseda',
  'předsedkyně', 'queen', 'rabbi', 'ranger', 'recorder', 'rector', 'reporter', 'representative', 'republican',
  'researcher', 'resident', 'scientist', 'secretaria', 'secretario', 'secretary', 'secrétaire',
  'senador', 'senadora', 'senator', 'sergeant', 'sheriff', 'singer', 'socialist', 'socialista', 'socialiste',
  'sociologist', 'sociologue', 'sociólogo', 'speaker', 'speechwriter', 'spokesman', 'spokesperson', 'spokeswoman',
  'sprecher', 'sprecherin', 'staffer', 'starosta', 'starostka', 'strategist', 'striker', 'student', 'superintendent',
  'surgeon', 'surrogate', 'syndicaliste', 'sénateur', 'sénatrice', 'teacher', 'trainer', 'treasurer', 'trenér',
  'trustee', 'vicar', 'vice-president', 'whip', 'writer', 'écologiste', 'économiste', 'écrivain', 'útočník',
].filter((noun, index, all) => all.indexOf(noun) === index);

/** Nouns of kin: their holder is someone's relative ("her mother", "his brother"). Sorted, lower case. */
export const KINSHIP_NOUNS = ['brother', 'daughter', 'father', 'husband', 'mother', 'sister', 'son', 'wife'];

/**
 * Nouns that name an unnamed speaker or a speaking body ("a senior US official", "the company", "her mother",
 * "una fuente"), which stand as the speaker when no person is named. Sorted, lower case.
 */
export const SOURCE_NOUNS = [
  ...KINSHIP_NOUNS, 'agency', 'attorneys', 'authorities', 'board', 'committee', 'company', 'department', 'firm',
  'fuente', 'fuentes', 'gouvernement', 'government', 'informe', 'lawyers', 'loi', 'ministry', 'office', 'officials', 'police',
  'report', 'source', 'sources', 'spokesperson', 'witness', 'witnesses',
].sort();

/** Honorifics written before a name that are not part of it. Sorted, lower case, without the full stop. */
export const HONORIFICS = [
  'adm', 'capt', 'cmdr', 'col', 'dr', 'frau', 'gen', 'gov', 'herr', 'lt', 'madame', 'maj', 'mme', 'monsieur', 'mr',
  'mrs', 'ms', 'pan', 'paní', 'prof', 'rep', 'rev', 'sen', 'señor', 'señora', 'sgt', 'sir',
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
