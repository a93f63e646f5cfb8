/**
 * Verbs (in the forms news prose uses) that introduce reported speech or writing, so that the person next to them is
 * the speaker. English, French, German, Spanish, Czech. Sorted, lower case; a phrase may hold several words.
 */
export const SPEECH_VERBS = [
  'according to', 'accused', 'accuses', 'acknowledged', 'acknowledges', 'add', 'added', 'adding', 'adds', 'admits',
  'admitted', 'advierte', 'adviertió', 'advirtió', 'advised', 'advises', 'affirme', 'affirmed', 'affirment', 'affirms',
  'affirmé', 'afirma', 'afirmaron', 'afirmó', 'agreed', 'agrees', 'agregó', 'ajouta', 'ajoute', 'ajouté', 'annonce',
  'annoncé', 'announced', 'announces', 'answered', 'answers', 'antwortete', 'apologised', 'apologized', 'apuntó',
  'argued', 'argues', 'arguing', 'asegura', 'aseguraron', 'aseguró', 'asked', 'asking', 'asks', 'asserted', 'asserts',
  'assure', 'assured', 'assures', 'assuré', 'averti', 'añadió', 'barked', 'bemoaned', 'berichtet', 'berichtete',
  'beschreibt', 'beschrieb', 'bestätigt', 'bestätigte', 'betont', 'betonte', 'bezeichnete', 'blamed', 'blames',
  'blasted', 'blogged', 'boasted', 'boasts', 'bragged', 'brags', 'califica', 'calificó', 'called', 'calling', 'calls',
  'cautioned', 'cautions', 'chanted', 'chanting', 'chided', 'chimed in', 'claimed', 'claiming', 'claims', 'clarified',
  'comentó', 'commented', 'complained', 'complains', 'conceded', 'concedes', 'concluded', 'concludes', 'condemned',
  'condemns', 'confie', 'confirme', 'confirmed', 'confirms', 'confirmé', 'confié', 'considère', 'contended', 'contends',
  'continued', 'continues', 'countered', 'credited', 'cried', 'criticised', 'criticises', 'criticized', 'criticizes',
  'declara', 'declare', 'declared', 'declares', 'declaró', 'decried', 'decries', 'definió', 'demanded', 'demandé',
  'denied', 'denies', 'denounced', 'denounces', 'derided', 'described', 'describes', 'describing', 'dice', 'dijeron',
  'dijo', 'disent', 'dit', 'dodal', 'dodala', 'doplnil', 'doplnila', 'déclare', 'déclaré', 'dénonce', 'dénoncé',
  'echoed', 'elaborated', 'emailed', 'emphasised', 'emphasises', 'emphasized', 'emphasizes', 'ergänzt', 'ergänzte',
  'erklärt', 'erklärte', 'erklärten', 'erzählt', 'erzählte', 'estimated', 'estime', 'estiment', 'estimé', 'exclaimed',
  'exclaims', 'explained', 'explaining', 'explains', 'explica', 'explicaron', 'explicó', 'explique', 'expliquent',
  'expliqué', 'expresó', 'findet', 'fired back', 'fordert', 'forderte', 'fragt', 'fragte', 'fügte', 'griped', 'hailed',
  'hodnotí', 'indica', 'indicó', 'indique', 'indiqué', 'insisted', 'insisting', 'insistió', 'insists', 'insisté',
  'interjected', 'joked', 'jokes', 'juge', 'jugé', 'konstatoval', 'konstatovala', 'kritisiert', 'kritisierte',
  'lambasted', 'lamented', 'laments', 'lancé', 'lashed out', 'laut', 'llama', 'llamó', 'maintained', 'maintains',
  'manda', 'manifestó', 'martelé', 'meint', 'meinte', 'mentioned', 'mocked', 'mocks', 'mused', 'muses', 'míní',
  'nannte', 'napsal', 'napsala', 'nazval', 'nazvala', 'noted', 'notes', 'noting', 'observed', 'observes', 'opined',
  'opines', 'označil', 'označila', 'pleaded', 'pleads', 'pledged', 'podle', 'pointed out', 'posted', 'poznamenal',
  'poznamenala', 'praised', 'praises', 'predicted', 'predicts', 'preguntó', 'proclaimed', 'proclaims', 'prohlásil',
  'prohlásila', 'promised', 'protested', 'précise', 'précisé', 'prévenu', 'prévoit', 'put it', 'píše', 'přidal',
  'přidala', 'přidává', 'přirovnává', 'qualifie', 'qualifié', 'quipped', 'quips', 'raconte', 'raconté', 'rappelle',
  'rappelé', 'reads', 'recalled', 'recalls', 'reconnaît', 'reconnu', 'recounted', 'recounts', 'regrette', 'regretté',
  'reiterated', 'reiterates', 'relató', 'remarked', 'replied', 'replies', 'reported', 'reports', 'responded',
  'respondió', 'responds', 'retorted', 'retorts', 'retweeted', 'ridiculed', 'riffed', 'répond', 'répondu', 'sagt',
  'sagte', 'sagten', 'said', 'saying', 'says', 'schreibt', 'schrieb', 'scoffed', 'scolded', 'según', 'selon', 'señala',
  'señalaron', 'señaló', 'shot back', 'shouted', 'shouts', 'slammed', 'slams', 'snapped', 'sostiene', 'sostuvo',
  'souligne', 'soulignent', 'souligné', 'speak', 'stated', 'states', 'stressed', 'stresses', 'stressing', 'subrayó',
  'suggested', 'suggests', 'summed up', 'telling', 'tells', 'testified', 'testifies', 'texted', 'thanked', 'thundered',
  'told', 'touted', 'touts', 'tvrdil', 'tvrdila', 'tvrdí', 'tweeted', 'tweeting', 'tweets', 'tweeté', 'upozornil',
  'upozornila', 'urged', 'urges', 'uvedl', 'uvedla', 'uvádí', 'vowed', 'vows', 'warned', 'warning', 'warns', 'warnt',
  'warnte', 'whispered', 'whispers', 'wondered', 'wonders', 'writes', 'writing', 'wrote', 'yelled', 'yells',
  'zdůraznil', 'zdůraznila', 'zdůrazňuje', 'écrit', 'écrivait', 'řekl', 'řekla', 'říká',
] as const;

/** Speech verbs that are also plural nouns ("many states", "his remarks", "the claims"). */
export const SPEECH_VERB_NOUN_FORMS = [
  'answers', 'boasts', 'calls', 'cautions', 'claims', 'jokes', 'notes', 'praises', 'quips', 'recalls', 'recounts', 'replies', 'reports',
  'states', 'stresses', 'tweets', 'vows', 'whispers', 'yells',
] as const;

/** Words after which such a form is the noun: determiners, possessives, quantifiers. */
export const WORDS_BEFORE_NOUN = [
  'a', 'all', 'both', 'few', 'her', 'his', 'its', 'many', 'more', 'most', 'my', 'other', 'our', 'several', 'some', 'such',
  'the', 'their', 'these', 'those', 'three', 'two', 'your',
] as const;
