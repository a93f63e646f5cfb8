/**
 * Verbs (in the forms news prose uses) that introduce reported speech or writing, so that the person next to them is
 * the speaker. English, French, German, Spanish, Czech. Sorted, lower case; a phrase may hold several words.
 */
export const SPEECH_VERBS = [
  'according to', 'acknowledged', 'acknowledges', 'add', 'added', 'adding', 'adds', 'admits', 'admitted', 'advierte',
  'adviertió', 'advirtió', 'advised', 'affirme', 'affirmed', 'affirmé', 'afirma', 'afirmó', 'agreed', 'agregó', 'ajouta',
  'ajoute', 'ajouté', 'annonce', 'annoncé', 'announced', 'announces', 'answered', 'antwortete', 'apuntó', 'argued',
  'argues', 'arguing', 'asegura', 'aseguró', 'asked', 'asking', 'asks', 'asserted', 'assure', 'assured', 'assuré',
  'averti', 'añadió', 'betont', 'betonte', 'bezeichnete', 'blogged', 'boasted', 'califica', 'calificó', 'called',
  'calling', 'calls', 'cautioned', 'chanted', 'chanting', 'claimed', 'claiming', 'claims', 'clarified', 'comentó',
  'commented', 'complained', 'conceded', 'concluded', 'condemned', 'confie', 'confirme', 'confirmed', 'confirmé',
  'confié', 'considère', 'contended', 'continued', 'countered', 'cried', 'declara', 'declare', 'declared', 'declares',
  'declaró', 'definió', 'demanded', 'demandé', 'denied', 'described', 'describes', 'describing', 'dice', 'dijo', 'dit',
  'dodal', 'dodala', 'doplnil', 'doplnila', 'déclare', 'déclaré', 'dénonce', 'dénoncé', 'emailed', 'emphasised',
  'emphasized', 'erklärt', 'erklärte', 'estimated', 'estime', 'estimé', 'exclaimed', 'explained', 'explaining',
  'explains', 'explica', 'explicó', 'explique', 'expliqué', 'expresó', 'fügte', 'hodnotí', 'indica', 'indicó', 'indique',
  'indiqué', 'insisted', 'insisting', 'insistió', 'insists', 'insisté', 'joked', 'juge', 'jugé', 'konstatoval',
  'konstatovala', 'lamented', 'lancé', 'laut', 'llama', 'llamó', 'maintained', 'manda', 'manifestó', 'martelé', 'meint',
  'meinte', 'mentioned', 'míní', 'nannte', 'napsal', 'napsala', 'nazval', 'nazvala', 'noted', 'notes', 'noting',
  'observed', 'označil', 'označila', 'pleaded', 'podle', 'pointed out', 'posted', 'poznamenal', 'poznamenala',
  'predicted', 'preguntó', 'proclaimed', 'prohlásil', 'prohlásila', 'promised', 'protested', 'précise', 'précisé',
  'prévenu', 'prévoit', 'put it', 'píše', 'přidal', 'přidala', 'přidává', 'přirovnává', 'qualifie', 'qualifié',
  'quipped', 'raconte', 'raconté', 'rappelle', 'rappelé', 'reads', 'recalled', 'recalls', 'reconnaît', 'reconnu',
  'recounted', 'regrette', 'regretté', 'reiterated', 'relató', 'remarked', 'replied', 'reported', 'responded',
  'respondió', 'retweeted', 'répond', 'répondu', 'sagt', 'sagte', 'said', 'saying', 'says', 'schreibt', 'schrieb',
  'según', 'selon', 'señala', 'señaló', 'shouted', 'sostiene', 'sostuvo', 'souligne', 'souligné', 'speak', 'stated',
  'states', 'stressed', 'stressing', 'subrayó', 'suggested', 'summed up', 'telling', 'tells', 'testified', 'texted',
  'told', 'tvrdil', 'tvrdila', 'tvrdí', 'tweeted', 'tweeting', 'tweeté', 'upozornil', 'upozornila', 'urged', 'uvedl',
  'uvedla', 'uvádí', 'vowed', 'warned', 'warning', 'warns', 'warnte', 'whispered', 'wondered', 'writes', 'writing',
  'wrote', 'yelled', 'zdůraznil', 'zdůraznila', 'zdůrazňuje', 'écrit', 'écrivait', 'řekl', 'řekla', 'říká',
] as const;
