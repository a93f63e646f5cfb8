/** Words that mark a byline as an organisation, a wire service or a desk rather than a person (lower case, sorted). */
export const ORGANISATION_WORDS = [
  'afp', 'agence', 'agencia', 'agencies', 'agency', 'ap', 'associated press', 'bureau', 'channel', 'correspondent',
  'correspondents', 'desk', 'editorial', 'editors', 'foundation', 'group', 'licence', 'license', 'magazine', 'media',
  'network', 'news', 'newsroom', 'online', 'post', 'press', 'redacción', 'redaktion', 'reporters', 'reuters',
  'rédaction', 'service', 'staff', 'submissions', 'team', 'times', 'tribune', 'wire', 'writers', 'zone',
];

/** Values that stand in for an author without naming one (lower case, sorted). */
export const PLACEHOLDER_NAMES = [
  'admin', 'administrator', 'anonymous', 'editor', 'guest', 'null', 'undefined', 'unknown', 'webmaster',
];

/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Ibn Battuta" (sorted). */
export const NAME_PARTICLES = [
  'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn', 'la', 'le',
  'van', 'von', 'y',
];

/** Prepositions that follow the names in a byline: "… on Monday", "… in Politics", "… à Lyon", "… für die Zeitung" (sorted). */
export const BYLINE_PREPOSITIONS = ['am', 'at', 'aus', 'em', 'en', 'for', 'from', 'für', 'in', 'on', 'para', 'pour', 'via', 'à'];

/** Job words that begin a description after the name: "…, Senior Staff Technologist" (lower case, sorted). */
export const ROLE_WORDS = [
  'analyst', 'anchor', 'chief', 'columnist', 'contributor', 'correspondent', 'critic', 'editor', 'fellow', 'founder',
  'head', 'host', 'intern', 'journalist', 'manager', 'photographer', 'president', 'producer', 'professor',
  'reporter', 'researcher', 'senior', 'special', 'specialist', 'technologist', 'writer',
];

/**
 * Chinese and Japanese words that stand where an author's name would: "individual", "author", "anonymous", "editor",
 * "reporter", "this paper", "list of authors", and the profile-menu words beside a byline ("business card", "settings", "profile").
 */
export const CJK_PLACEHOLDERS = [
  '个人', '个人资料', '作者', '個人', '個人資料', '匿名', '名片', '小编', '本报', '筆者', '編輯', '编辑', '著者', '著者一覧', '記者', '設定', '记者', '设定',
];

/** Words of the page's interface that run into bylines: a "name" holding one is a button or a link. Not surnames such as More or Read (lower case, sorted). */
export const INTERFACE_WORDS = [
  'articles', 'bio', 'biography', 'click', 'comment', 'comments', 'contact', 'email', 'follow', 'login', 'menu',
  'newsletter', 'orcid', 'posts', 'profile', 'share', 'sign', 'stories', 'subscribe', 'view',
];
