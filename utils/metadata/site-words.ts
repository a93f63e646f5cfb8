/**
 * News agencies and syndication lines: a page that carries their story is still published by the site that shows it,
 * so these name a publisher only when nothing else does (lower case, sorted).
 */
export const AGENCY_NAMES = [
  'afp', 'agence france-presse', 'agencia efe', 'ansa', 'ap', 'associated press', 'dpa', 'efe', 'pa', 'pa media',
  'press association', 'press trust of india', 'pti', 'reuters', 'the associated press', 'thomson reuters', 'upi',
];

/** Last words of an agency or desk line rather than a publication: "DH News Service", "Tribune Content Agency" (lower case, sorted). */
export const AGENCY_LINE_ENDINGS = ['content agency', 'news agency', 'news service', 'news services', 'newswire', 'wire service', 'wire services'];

/**
 * Platforms that host or syndicate other people's writing: they name the publisher only when nothing else does
 * (lower case, sorted).
 */
export const HOSTING_PLATFORMS = [
  'aol', 'blogger', 'blogspot', 'flipboard', 'ghost', 'hosted', 'livejournal', 'medium', 'msn', 'squarespace', 'substack',
  'tumblr', 'typepad', 'wix', 'wordpress', 'wordpress.com', 'yahoo', 'yahoo news',
];

/**
 * Section and desk names that sites put in og:site_name or beside the byline: never the publication (lower case,
 * sorted).
 */
export const SECTION_NAMES = [
  'arts', 'business', 'culture', 'economy', 'education', 'entertainment', 'health', 'home', 'lifestyle', 'local',
  'magazine', 'markets', 'news', 'opinion', 'politics', 'science', 'sport', 'sports', 'tech', 'technology', 'travel',
  'u.k.', 'u.s.', 'uk', 'us', 'world',
];

/** Japanese legal forms written before a name ("株式会社…", "特許業務法人…"): the name is what follows (sorted). */
export const LEGAL_FORM_PREFIXES = ['一般社団法人', '一般財団法人', '公益社団法人', '公益財団法人', '合同会社', '有限会社', '株式会社', '特定非営利活動法人', '特許業務法人'];

/**
 * Words an edition or a format adds after a publication's name ("Business Insider Deutschland", "pv magazine
 * International", "POPSUGAR Home"): dropped where the address spells the name without them (lower case, sorted).
 */
export const EDITION_WORDS = ['deutschland', 'edition', 'españa', 'france', 'home', 'india', 'international', 'italia', 'magazine', 'online', 'uk', 'us', 'usa'];
