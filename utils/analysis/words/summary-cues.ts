/**
 * Words that mark a sentence of a page as furniture around the story rather than the story: the summary line is never
 * one of these. English, French, German, Spanish, Portuguese, Italian, Czech, Dutch, Polish, Russian and the Nordic
 * languages. Each list sorted, lower case.
 */

/** What a label before a colon says when it opens a link to another page, a box, or a note about the article itself. */
export const FURNITURE_LABELS = [
  'achtung', 'advertisement', 'also read', 'also see', 'anzeige', 'atención', 'atenção', 'attention', 'aussi', 'avis',
  'aviso', 'bekijk ook', 'clarification', 'click here', 'correction', 'czytaj także', 'czytaj też', 'disclaimer',
  'disclosure', "editor's note", 'editors note', 'editor’s note', 'gallery', 'lea también', 'lee también', 'leer más',
  'lees ook', 'leggi anche', 'leia mais', 'leia também', 'les også', 'lesen sie auch', 'lesen sie mehr', 'lire aussi',
  'listen', 'läs också', 'læs også', 'mehr zum thema', 'more', 'more from', 'more on this', 'note', 'notice', 'photos',
  'podcast', 'pubblicità', 'publicidad', 'publicité', 'přečtěte si také', 'read', 'read also', 'read more',
  'recommended', 'related', 'related article', 'related articles', 'related content', 'related coverage',
  'related stories', 'related story', 'see also', 'see more', 'sponsored', 'subscribe', 'suggested', 'top stories',
  'trending', 'update', 'updated', 'updates', 'upozornění', 'vea también', 'vedi anche', 'veja também', 'ver más',
  'ver también', 'ver também', 'video', 'vidéo', 'voir aussi', 'warning', 'watch', 'watch live', 'watch now',
  'weiterlesen', 'zobacz też', 'à lire aussi', 'à lire également', 'à voir aussi', 'čtěte také', 'čtěte též',
  'смотрите также', 'читайте также',
];

/** Kickers set before the lead with a colon ("BREAKING: …"): dropped, and the sentence after them read on its own. */
export const KICKER_LABELS = [
  'analysis', 'breaking', 'breaking news', 'eilmeldung', 'exclusif', 'exclusiva', 'exclusive', 'live', 'opinion',
  'summary', 'urgent', 'última hora',
];

/**
 * Words by which a page addresses its reader ("you", "your") or speaks as itself ("our"): beside a pitch word, the
 * sentence is selling something to the reader, not telling the news. Words that are something else in another listed
 * language ("du" and "je" in French, "nos" and "onze" in Portuguese) are left out.
 */
export const ADDRESS_WORDS = [
  'dein', 'deine', 'deinem', 'deinen', 'deiner', 'jij', 'jouw', 'nasz', 'nasza', 'naše', 'nossa', 'nosso', 'nostra',
  'nostro', 'notre', 'nuestra', 'nuestro', 'nuestros', 'náš', 'our', 'te', 'tes', 'tu', 'tua', 'tuo', 'tus', 'twoja',
  'twój', 'unser', 'unsere', 'unserem', 'unseren', 'usted', 'ustedes', 'vaše', 'você', 'vocês', 'vos', 'vostra',
  'vostro', 'votre', 'vous', 'vám', 'vás', 'váš', 'you', "you'll", "you're", 'your', 'yours', 'you’ll', 'you’re', 'вас',
  'ваш', 'ваша', 'вы', 'наш',
];

/** Words of a pitch to the reader, beside a word addressing them: get our newsletter, download the app, accept cookies. */
export const PITCH_WORDS = [
  'abbonamento', 'abonnement', 'abonnements', 'abonné', 'abonnés', 'ads', 'alerts', 'app', 'apps', 'assinante',
  'assinantes', 'assinatura', 'boletín', 'browser', 'cookie', 'cookies', 'delivered', 'donate', 'download', 'e-mail',
  'email', 'emails', 'inbox', 'infolettre', 'javascript', 'newsletter', 'newsletters', 'notifications', 'odběr',
  'podcast', 'premium', 'předplatné', 'register', 'registrieren', 'sign', 'signup', 'sponsored', 'subscribe',
  'subscriber', 'subscribers', 'subscription', 'suscripción', 'unsubscribe', 'подписаться', 'подписка', 'рассылка',
];

/** Imperatives that open a pitch on their own ("Click here to …", "Abonnez-vous …", "Sign up …"). */
export const PITCH_VERBS = [
  'abbonati', 'abonnez', 'abonnieren', 'assine', 'baixe', 'clicca', 'click', 'clique', 'cliquez', 'descarga',
  'descargue', 'download', 'follow', 'inscreva', 'inscrivez', 'iscriviti', 'klicken', 'klikněte', 'předplaťte',
  'register', 'registrieren', 'scarica', 'sledujte', 'stáhněte', 'subscribe', 'suivez', 'suscríbete', 'téléchargez',
  'подпишитесь',
];

/** "Here" ending a sentence that addresses the reader ("You can read the full report here."): a pointer to a link. */
export const POINTER_WORDS = [
  'aqui', 'aquí', 'here', 'hier', 'ici', 'qui', 'tady', 'zde',
];

/** Words of a disclosure that the page is paid for what it shows ("affiliate links", "a commission for purchases"). */
export const DISCLOSURE_WORDS = [
  'affiliate', 'commission', 'compensated', 'referral', 'sponsored',
];

/** What such a disclosure is about: the page's links, its advertisers, the reader's purchases. */
export const DISCLOSED_THINGS = [
  'advertiser', 'advertisers', 'link', 'links', 'purchase', 'purchases',
];

/** Words a photo credit is made of, found beside a slash ("Coex/AFP/Getty Images"). */
export const CREDIT_WORDS = [
  'afp', 'alamy', 'ap', 'dpa', 'epa', 'foto', 'getty', 'images', 'istock', 'istockphoto', 'pa', 'photo', 'pool',
  'reuters', 'shutterstock', 'unsplash',
];

/** Photo agencies whose name in a short line below a paragraph makes that line a credit and the paragraph a caption. */
export const PHOTO_AGENCIES = [
  'alamy', 'getty', 'istock', 'istockphoto', 'shutterstock', 'unsplash',
];

/** Abbreviations that a number follows inside a sentence ("Boeing Co. 787", "No. 10", "Vol. 2"): their full stop ends none. */
export const NUMBERED_ABBREVIATIONS = [
  'art', 'co', 'corp', 'fig', 'inc', 'ltd', 'no', 'nos', 'nr', 'p', 'pp', 'vol',
];

/** Labels, written with a colon, that open a photo or image credit ("Photo: …", "Image: …"). */
export const CREDIT_LABELS = [
  'bild', 'credit', 'credits', 'crédit', 'crédits', 'foto', 'fotos', 'illustration', 'image', 'imagen', 'immagine',
  'photo', 'photograph', 'photos', 'picture', 'zdroj',
];

/** Words that open a sentence leaning on the one before it ("But …", "However, …"): not where a story starts. */
export const BACK_REFERRING_OPENERS = [
  'aber', 'also', 'and', 'but', 'doch', 'however', 'jedoch', 'mais', 'mas', 'meanwhile', 'pero', 'però', 'so', 'still',
  'yet',
];
